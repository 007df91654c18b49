// The layout survives restarts: restored from settings on start, written back (debounced) on change.
import type { Layout } from '../../../src-main/shared/domain';
import { LadderError } from '../../../src-main/shared/errors';
import { entryRead, saveSettings } from './workbenchQueries';
import { getEditor } from './registry';
import { restoreTabs, useWorkbench, type WorkbenchState } from './store';
import type { EditorInput } from './types';

export function layoutOf(s: WorkbenchState): Layout {
  return {
    sideBarVisible: s.sideBarVisible,
    sideBarWidth: Math.round(Math.min(100, Math.max(0, s.sideBarWidth)) * 10) / 10,
    activeView: s.activeView,
    openTabs: s.tabs.map((t) => ({ type: t.input.type, id: t.input.id })),
    activeTab: s.activeTab,
  };
}

/** Entry tabs (and their history) need the entry still there and out of the trash. */
async function stillExists(input: EditorInput): Promise<boolean> {
  if (!getEditor(input.type)) return false;
  if (input.type !== 'entry' && input.type !== 'history') return true;
  try {
    // Through the cache: the entry pane that opens next reads the same answer, not a second request.
    const entry = await entryRead.fetch({ id: input.id });
    return entry.deletedAt === null;
  } catch (error) {
    // Only a definite "gone" closes the tab; any other trouble keeps it, and the pane reports it.
    return !(error instanceof LadderError && error.code === 'not-found');
  }
}

export async function restoreLayout(layout: Layout | null): Promise<void> {
  if (!layout) return;
  useWorkbench.setState({
    sideBarVisible: layout.sideBarVisible,
    sideBarWidth:
      layout.sideBarWidth > 0 ? layout.sideBarWidth : useWorkbench.getState().sideBarWidth,
    activeView: layout.activeView,
  });
  const checks = await Promise.all(layout.openTabs.map(stillExists));
  restoreTabs(
    layout.openTabs.filter((_, i) => checks[i]),
    layout.activeTab,
  );
}

const RETRY_MS = 2000;
const MAX_RETRIES = 5;

/** Writes the layout ~`delay` ms after the last change; returns a stop function that writes any pending change. */
export function startLayoutSync(delay = 500): () => void {
  let last = JSON.stringify(layoutOf(useWorkbench.getState()));
  let timer: ReturnType<typeof setTimeout> | null = null;
  let retries = 0;
  const write = () => {
    timer = null;
    const layout = layoutOf(useWorkbench.getState());
    const json = JSON.stringify(layout);
    if (json === last) return;
    last = json;
    saveSettings({ layout }).then(
      () => (retries = 0),
      () => {
        // Tried again shortly, a few times (the store may be busy re-encrypting); a lost layout is
        // not worth interrupting the user for, and the next change tries again anyway.
        last = '';
        if (retries < MAX_RETRIES) {
          retries += 1;
          timer ??= setTimeout(write, RETRY_MS);
        }
      },
    );
  };
  const unsubscribe = useWorkbench.subscribe((state) => {
    if (JSON.stringify(layoutOf(state)) === last) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(write, delay);
  });
  const writePending = () => {
    if (timer) {
      clearTimeout(timer);
      write();
    }
  };
  // A tab opened just before the window goes away is still there next time (the request outlives the page).
  window.addEventListener('pagehide', writePending);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', writePending);
    writePending();
  };
}
