// @vitest-environment jsdom
// The passphrase dialogs on a real store host: the plain warning and the backup offer before
// protecting, checks of the two entries, change and remove, Escape, and the focus kept inside.
import { call, calls, hostState, notifications, restartHost, useRealHost } from './realHost';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { passphraseDialog } from '../../../src-renderer/src/features/lock/passphraseDialog';

const PASS = 'seven quiet harbours at dawn';
const NEXT = 'a newer phrase of five words';

let opener: HTMLButtonElement;

beforeEach(() => {
  useRealHost();
  document.body.innerHTML = '';
  opener = document.createElement('button');
  opener.textContent = 'Opener';
  document.body.appendChild(opener);
  opener.focus();
});

const focused = () =>
  (document.activeElement as HTMLElement | null)?.textContent ||
  (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent;

async function unlocksWith(passphrase: string): Promise<boolean> {
  await call('lock.lock', {});
  const answer = await call('lock.unlock', { passphrase }).then(
    () => true,
    () => false,
  );
  return answer;
}

describe('protect', () => {
  it('says plainly that a lost passphrase means lost data and offers a backup before anything changes', async () => {
    const user = userEvent.setup();
    const done = passphraseDialog('protect');
    const dialog = await screen.findByRole('dialog', {
      name: 'Protect the journal with a passphrase',
    });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain(
      'There is no back door: if you lose the passphrase, nobody can open the journal again',
    );
    expect(screen.queryByLabelText('New passphrase')).toBeNull();
    await waitFor(() => expect(focused()).toBe('Cancel'));
    await user.tab();
    expect(focused()).toBe('Back Up Now');
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(notifications().some((m) => m.startsWith('Backup taken: ladder-'))).toBe(true),
    );
    expect(await call('backup.list', {})).toHaveLength(1);
    // The focus stays on the button (it is never disabled out from under it).
    expect(focused()).toBe('Back Up Now');
    expect((await call('app.state', {})).protected).toBe(false);

    await user.tab();
    await user.keyboard('{Enter}');
    const first = await screen.findByLabelText('New passphrase');
    expect(document.activeElement).toBe(first);
    await user.keyboard(`${PASS}{Tab}${PASS}{Enter}`);
    expect(await done).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(await call('app.state', {})).toMatchObject({ state: 'open', protected: true });
    expect(await unlocksWith(PASS)).toBe(true);
  });

  it('refuses two different entries and a short one, sending nothing, and shows a strength hint', async () => {
    const user = userEvent.setup();
    void passphraseDialog('protect');
    await user.click(await screen.findByRole('button', { name: 'I Understand, Continue' }));
    const first = screen.getByLabelText('New passphrase');
    await user.type(first, 'short');
    expect(screen.getByText('Too short: use at least 8 characters.')).toBeTruthy();
    expect(first.getAttribute('aria-describedby')).toBe(
      screen.getByText('Too short: use at least 8 characters.').id,
    );
    await user.type(screen.getByLabelText('New passphrase again'), 'short{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Use at least 8 characters.');
    await user.clear(first);
    await user.type(first, PASS);
    expect(screen.getByText('Strong: a long phrase is hard to guess.')).toBeTruthy();
    await user.type(screen.getByLabelText('New passphrase again'), '{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The two passphrases are not the same.',
    );
    expect(calls).not.toContain('lock.protect');
    expect((await call('app.state', {})).protected).toBe(false);
  });

  it('Escape cancels, changes nothing and gives the focus back', async () => {
    const user = userEvent.setup();
    const done = passphraseDialog('protect');
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(await done).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect((await call('app.state', {})).protected).toBe(false);
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const user = userEvent.setup();
    void passphraseDialog('protect');
    await screen.findByRole('dialog');
    expect(focused()).toBe('Cancel');
    await user.tab({ shift: true });
    expect(focused()).toBe('I Understand, Continue');
    await user.tab();
    expect(focused()).toBe('Cancel');
  });
});

describe('change and remove', () => {
  beforeEach(async () => {
    await call('lock.protect', { passphrase: PASS });
  });

  it('change: a wrong current passphrase is refused with the focus back in the form; the right one changes it', async () => {
    const user = userEvent.setup();
    const done = passphraseDialog('change');
    const current = await screen.findByLabelText('Current passphrase');
    expect(document.activeElement).toBe(current);
    await user.keyboard(`wrong passphrase{Tab}${NEXT}{Tab}${NEXT}{Enter}`);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'That passphrase does not open this journal.',
    );
    expect(document.activeElement).toBe(current);
    await user.clear(current);
    await user.type(current, `${PASS}{Enter}`);
    expect(await done).toBe(true);
    expect(notifications()).toContain('The journal is encrypted with your passphrase.');
    expect(await unlocksWith(PASS)).toBe(false);
    expect(await unlocksWith(NEXT)).toBe(true);
  });

  it('remove: after the passphrase the journal is plain again and starts without one', async () => {
    const user = userEvent.setup();
    const done = passphraseDialog('remove');
    const dialog = await screen.findByRole('dialog', { name: 'Remove passphrase protection' });
    expect(dialog.textContent).toContain('will be stored without encryption again');
    await user.keyboard(`${PASS}{Enter}`);
    expect(await done).toBe(true);
    expect(notifications()).toContain('The journal is no longer encrypted.');
    restartHost();
    expect(await call('app.state', {})).toMatchObject({ state: 'open', protected: false });
    expect(hostState()).toBe('open');
  });
});
