// Where the journal lives: the same folder Electron's app.getPath('userData') gives for "Ladder",
// so the desktop app and browser mode share one database.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'Ladder';

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_DIR_NAME);
}
