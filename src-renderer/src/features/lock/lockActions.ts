// Locking from the renderer: save what is pending, lock the main side, then reload so nothing
// decrypted survives in this page's memory; the reload lands on the unlock screen.
import { lockSettingsRead, lockWrite } from './lockQueries';
import { flushAll, notify } from '../../workbench/store';

/**
 * Opens the passphrase dialog that fits the journal: with no passphrase yet there is none to change
 * (Protect is offered instead) and none to remove (said so, nothing opens). Resolves once it closed.
 */
export async function openPassphraseDialog(mode: 'protect' | 'change' | 'remove'): Promise<void> {
  let shown = mode;
  let note: string | undefined;
  if (mode !== 'protect' && !(await lockSettingsRead.fresh({})).protected) {
    if (mode === 'remove') {
      notify('info', 'The journal has no passphrase, so there is no protection to remove.');
      return;
    }
    shown = 'protect';
    note =
      'The journal has no passphrase yet, so there is none to change. You can protect it with one now.';
  }
  const { passphraseDialog } = await import('./passphraseDialog');
  await passphraseDialog(shown, note);
}

export async function lockNow(): Promise<void> {
  await flushAll({ urgent: true });
  try {
    await lockWrite({});
  } catch (error) {
    notify('error', error instanceof Error ? error.message : 'Ladder could not lock the journal.');
    return;
  }
  window.location.reload();
}

/** A rough guide shown while typing a new passphrase; the only hard rule is the minimum length. */
export function strengthHint(passphrase: string): string {
  const words = passphrase.trim().split(/\s+/).filter(Boolean).length;
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^\w\s]/].filter((r) => r.test(passphrase)).length;
  if (passphrase.length < 8) return 'Too short: use at least 8 characters.';
  if (passphrase.length >= 20 || words >= 4) return 'Strong: a long phrase is hard to guess.';
  if (passphrase.length >= 12 && kinds >= 3) return 'Good.';
  return 'Fair: a longer phrase of several words is stronger.';
}
