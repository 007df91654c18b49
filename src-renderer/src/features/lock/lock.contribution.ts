// App lock: commands to protect the journal with a passphrase, change or remove it, choose the
// auto-lock time and lock now. The dialogs load on first use; the idle timer starts with the app.
import { lockSettingsRead, setAutoLock } from './lockQueries';
import { registerCommands, registerStartScreen } from '../../workbench/registry';
import { notify, showQuickPick } from '../../workbench/store';
import { startupState } from '../../workbench/startupReads';
import { AUTO_LOCK_CHOICES } from '../../../../src-main/shared/lock/lock';
import { startIdleLock } from './idleLock';
import { lockNow, openPassphraseDialog } from './lockActions';

const dialog = (mode: 'protect' | 'change' | 'remove') => () =>
  openPassphraseDialog(mode).then(() => startIdleLock());

async function pickAutoLock(): Promise<void> {
  const settings = await lockSettingsRead.fresh({});
  if (!settings.protected) {
    notify(
      'info',
      'Auto-lock needs a passphrase: run "Settings: Protect with Passphrase..." first.',
    );
    return;
  }
  const items = [
    ...AUTO_LOCK_CHOICES.map((m) => ({
      label: `${m} minutes`,
      value: m as number | null,
      description: settings.autoLockMinutes === m ? 'current' : undefined,
    })),
    {
      label: 'Never',
      value: null as number | null,
      description: settings.autoLockMinutes === null ? 'current' : undefined,
    },
  ];
  const picked = await showQuickPick(
    items.map((i) => ({ ...i, value: { minutes: i.value } })),
    'Lock Ladder after this long without activity',
  );
  if (!picked) return;
  await setAutoLock({ minutes: picked.minutes as 5 | 15 | 30 | 60 | null });
  notify(
    'info',
    picked.minutes === null
      ? 'Ladder will not lock on its own.'
      : `Ladder will lock after ${picked.minutes} minutes without activity.`,
  );
  await startIdleLock();
}

registerStartScreen(() => import('./StartScreen').then((m) => m.StartScreen));

registerCommands([
  { id: 'lock.protect', title: 'Settings: Protect with Passphrase...', run: dialog('protect') },
  { id: 'lock.change', title: 'Settings: Change Passphrase...', run: dialog('change') },
  { id: 'lock.remove', title: 'Settings: Remove Passphrase Protection...', run: dialog('remove') },
  { id: 'lock.autoLock', title: 'Settings: Auto-Lock After...', run: pickAutoLock },
  { id: 'lock.now', title: 'Ladder: Lock Now', run: lockNow },
]);

// The idle timer runs only in an open journal (a locked one is already on its unlock screen).
void startupState().then((s) => {
  if (s.state !== 'open') return;
  if (s.restoreSkipped) {
    const date = new Date(s.restoreSkipped.takenAt).toISOString().slice(0, 10);
    notify(
      'warning',
      `The backup from ${date} was not restored: it needs the passphrase the journal had on that day. ` +
        'Your journal is as it was, and the backup is still in the backups folder.',
    );
  }
  // Auto-lock needs a passphrase: an unprotected journal asks for nothing more while it starts.
  return s.protected ? startIdleLock() : undefined;
});
