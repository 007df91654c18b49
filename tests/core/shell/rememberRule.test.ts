import { describe, expect, it } from 'vitest';
import { canRememberPassphrase } from '../../../src-main/electron/rememberRule';

const storage = (available: boolean, backend?: string) => ({
  isEncryptionAvailable: () => available,
  ...(backend === undefined ? {} : { getSelectedStorageBackend: () => backend }),
});

describe('remember the passphrase on this device', () => {
  it('is offered only with a real keyring', () => {
    expect(canRememberPassphrase(storage(true, 'gnome_libsecret'), 'linux')).toBe(true);
    expect(canRememberPassphrase(storage(true, 'kwallet6'), 'linux')).toBe(true);
    expect(canRememberPassphrase(storage(true, 'basic_text'), 'linux')).toBe(false);
    expect(canRememberPassphrase(storage(true), 'linux')).toBe(false);
    expect(canRememberPassphrase(storage(false, 'gnome_libsecret'), 'linux')).toBe(false);
    expect(canRememberPassphrase(storage(true), 'darwin')).toBe(true);
    expect(canRememberPassphrase(storage(true), 'win32')).toBe(true);
    expect(canRememberPassphrase(storage(false), 'win32')).toBe(false);
  });
});
