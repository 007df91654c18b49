// What happens once at start: theme, remembered layout, first-start welcome, then layout sync.
import { call } from '../api/client';
import { fetchApi } from '../api/query';
import { restoreLayout, startLayoutSync } from './layoutPersistence';
import { notify, openEditor, useWorkbench } from './store';
import { applyTheme } from './theme';

export const WELCOME_INPUT = { type: 'welcome', id: 'welcome' } as const;

export async function startWorkbench(): Promise<() => void> {
  // The side bar's first reads go out together with the settings instead of after them.
  for (const read of [fetchApi('journal.list', {}), fetchApi('journal.counts', {}), fetchApi('journal.tags', {}), fetchApi('app.info', {})]) {
    read.catch(() => undefined);
  }
  try {
    const settings = await call('settings.get', {});
    applyTheme(settings.theme);
    await restoreLayout(settings.layout);
    if (!settings.welcomeSeen) {
      openEditor(WELCOME_INPUT);
      await call('settings.set', { welcomeSeen: true });
    }
  } catch (error) {
    notify('error', `Ladder could not read its settings: ${error instanceof Error ? error.message : String(error)}`);
  }
  useWorkbench.setState({ ready: true });
  return startLayoutSync();
}
