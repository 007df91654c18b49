// @vitest-environment jsdom
// Settings: Change Passphrase... and Remove Passphrase Protection... on a journal that has no
// passphrase: nothing asks for a current passphrase that does not exist; Protect is offered instead.
import { calls, hostState, notifications, useRealHost, call } from './realHost';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openPassphraseDialog } from '../../../src-renderer/src/features/lock/lockActions';

const PASS = 'seven quiet harbours at dawn';

beforeEach(() => {
  useRealHost();
  document.body.innerHTML = '';
});

describe('on an unprotected journal', () => {
  it('Change Passphrase offers Protect, says why, and protecting works from there', async () => {
    const user = userEvent.setup();
    const done = openPassphraseDialog('change');
    const dialog = await screen.findByRole('dialog', {
      name: 'Protect the journal with a passphrase',
    });
    expect(dialog.textContent).toContain(
      'The journal has no passphrase yet, so there is none to change. You can protect it with one now.',
    );
    expect(screen.queryByLabelText('Current passphrase')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'I Understand, Continue' }));
    expect(screen.queryByLabelText('Current passphrase')).toBeNull();
    await user.type(await screen.findByLabelText('New passphrase'), PASS);
    await user.type(screen.getByLabelText('New passphrase again'), `${PASS}{Enter}`);
    await done;
    expect((await call('app.state', {})).protected).toBe(true);
    expect(calls).not.toContain('lock.changePassphrase');
    expect(hostState()).toBe('open');
  });

  it('Remove Passphrase Protection says there is none and opens nothing', async () => {
    await openPassphraseDialog('remove');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() =>
      expect(notifications()).toContain(
        'The journal has no passphrase, so there is no protection to remove.',
      ),
    );
    expect(calls).not.toContain('lock.removeProtection');
  });
});

describe('on a protected journal', () => {
  it('Change Passphrase still asks for the current one', async () => {
    await call('lock.protect', { passphrase: PASS });
    void openPassphraseDialog('change');
    await screen.findByRole('dialog', { name: 'Change the passphrase' });
    expect(screen.getByLabelText('Current passphrase')).toBeTruthy();
  });
});
