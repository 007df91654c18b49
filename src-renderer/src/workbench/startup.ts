// What happens once at start: theme, remembered layout, first-start welcome, then layout sync.
import { saveSettings } from './workbenchQueries';
import { loadPart } from '../ui/lazyPart';
import { getEditor } from './registry';
import { restoreLayout, startLayoutSync } from './layoutPersistence';
import { takeStartupSettings } from './startupReads';
import { notify, openEditor, useWorkbench } from './store';
import { applyTheme } from './theme';

export const WELCOME_INPUT = { type: 'welcome', id: 'welcome' } as const;

let preparing: Promise<void> | null = null;

/**
 * Settings, theme, restored tabs and their panes' chunks, then `ready`. main.tsx runs it before the
 * first render, so the window's first frame already holds the restored editor (one render, not two).
 */
export function prepareWorkbench(): Promise<void> {
  preparing ??= prepare();
  return preparing;
}

async function prepare(): Promise<void> {
  try {
    // Usually already answered: boot.ts sent it before the renderer finished evaluating.
    const settings = await takeStartupSettings();
    applyTheme(settings.theme);
    await restoreLayout(settings.layout);
    if (!settings.welcomeSeen) {
      openEditor(WELCOME_INPUT);
      await saveSettings({ welcomeSeen: true });
    }
  } catch (error) {
    notify(
      'error',
      `Ladder could not read its settings: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  // Panes of restored tabs that live in their own chunks load first: once the workbench says it is
  // ready, the restored tabs show their content, not a loading line.
  const types = new Set(useWorkbench.getState().tabs.map((t) => t.input.type));
  await Promise.allSettled(
    [...types].map((type) => {
      const editor = getEditor(type);
      return editor ? loadPart(editor.component) : undefined;
    }),
  );
  useWorkbench.setState({ ready: true });
}

/** Finishes the preparation begun before the first render (or runs it), then keeps the layout saved. */
export async function startWorkbench(): Promise<() => void> {
  const prepared = prepareWorkbench();
  preparing = null; // each start takes it once, as takeStartupSettings does
  await prepared;
  return startLayoutSync();
}
