// Whether the desktop app may offer "remember the passphrase on this device": only when Electron's
// safeStorage encrypts with a real keyring. On Linux without one it falls back to `basic_text`, a
// hard-coded key, which would leave the passphrase readable on disk; then the offer is not made.
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  /** Linux only in Electron; other platforms have no such method (Keychain, DPAPI are real keyrings). */
  getSelectedStorageBackend?: () => string;
}

export function canRememberPassphrase(storage: SafeStorageLike, platform: NodeJS.Platform): boolean {
  if (!storage.isEncryptionAvailable()) return false;
  if (platform !== 'linux') return true;
  const backend = storage.getSelectedStorageBackend?.() ?? 'unknown';
  return backend !== 'basic_text' && backend !== 'unknown';
}
