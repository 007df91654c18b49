// `Ladder: Back Up Now` and `Ladder: Restore from Backup...` over the backup channels.
import { backupNow, backupsRead, restoreBackup } from './dataQueries';
import { notify, showQuickPick } from '../../workbench/store';
import { confirmDialog } from '../../ui/confirm';
import { errorMessage } from '../../ui/errorMessage';
import { sizeText, whenText } from './sizeText';

export async function backUpNow(): Promise<void> {
  try {
    const backup = await backupNow({});
    notify('info', `Backup saved: ${backup.name} (${sizeText(backup.size)}).`);
  } catch (error) {
    notify('error', `The backup did not complete: ${errorMessage(error)}`);
  }
}

export async function restoreFromBackup(): Promise<void> {
  try {
    const backups = await backupsRead.fresh({});
    if (backups.length === 0) {
      notify('info', 'There is no backup yet. Use "Ladder: Back Up Now" to take one.');
      return;
    }
    const sorted = [...backups].sort((a, b) => b.takenAt - a.takenAt);
    const name = await showQuickPick(
      sorted.map((b) => ({
        label: whenText(b.takenAt),
        description: sizeText(b.size),
        detail: b.name,
        icon: 'history',
        value: b.name,
      })),
      'Choose the backup to restore',
    );
    if (name === undefined) return;
    const chosen = sorted.find((b) => b.name === name);
    const ok = await confirmDialog({
      title: 'Restore this backup?',
      message:
        `Your journal will be replaced by the backup from ${chosen ? whenText(chosen.takenAt) : name}. ` +
        'The current database is kept aside first, so nothing is deleted. The restore finishes when Ladder restarts.',
      confirmLabel: 'Restore at Next Start',
      danger: true,
    });
    if (!ok) return;
    const plan = await restoreBackup({ name });
    notify(
      'warning',
      `The backup ${plan.name} will be restored when Ladder restarts. Restart Ladder to finish.`,
    );
  } catch (error) {
    notify('error', `The restore could not be prepared: ${errorMessage(error)}`);
  }
}
