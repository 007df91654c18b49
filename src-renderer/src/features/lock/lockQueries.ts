// The lock's reads and writes. None is cached: the lock's state is read fresh at each use, and
// unlocking, locking or starting over reloads the page, which starts the cache anew.
import { defineRead, defineWrite } from '../../api/query';

export const lockSettingsRead = defineRead('lock.settings');

export const unlock = defineWrite('lock.unlock');
export const lockWrite = defineWrite('lock.lock');
export const setAutoLock = defineWrite('lock.setAutoLock');
export const protect = defineWrite('lock.protect');
export const changePassphrase = defineWrite('lock.changePassphrase');
export const removeProtection = defineWrite('lock.removeProtection');
/** A backup before the passphrase changes, so a forgotten new one loses nothing. */
export const backupBeforeChange = defineWrite('backup.now');
export const retryOpen = defineWrite('app.retryOpen');
export const restoreNewestBackup = defineWrite('app.restoreNewestBackup');
export const startEmpty = defineWrite('app.startEmpty');
