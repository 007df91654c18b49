// The start gate's channels (names and result types): answered by the store host in every state.
import { returns } from '../channelParts';
import type { AppState, LockSettings } from './lock';

export const lockChannels = {
  'app.state': returns<AppState>(),
  'lock.unlock': returns<AppState>(),
  'lock.lock': returns<AppState>(),
  'lock.protect': returns<AppState>(),
  'lock.changePassphrase': returns<AppState>(),
  'lock.removeProtection': returns<AppState>(),
  'lock.settings': returns<LockSettings>(),
  'lock.setAutoLock': returns<LockSettings>(),
  'app.restoreNewestBackup': returns<AppState>(),
  'app.startEmpty': returns<AppState>(),
  'app.retryOpen': returns<AppState>(),
};
