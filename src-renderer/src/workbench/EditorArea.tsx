// Tabs and their panels. Every open tab stays mounted (hidden when inactive) so unsaved text survives.
import { Suspense, useRef } from 'react';
import { useFocusRescue } from '../ui/useFocusRescue';
import { getEditor } from './registry';
import { useWorkbench, type OpenTab } from './store';
import { TabBar } from './TabBar';
import { Watermark } from './Watermark';
import { EDITOR_AREA_ID, focusEditor } from './focus';
import { panelId, tabId } from './tabIds';

function Pane({ tab, active }: { tab: OpenTab; active: boolean }) {
  const editor = getEditor(tab.input.type);
  return (
    <div
      role="tabpanel"
      id={panelId(tab.key)}
      aria-labelledby={tabId(tab.key)}
      className="editor-pane"
      hidden={!active}
    >
      {editor ? (
        <Suspense fallback={<p className="ladder-pane-message">Opening…</p>}>
          <editor.component input={tab.input} active={active} reveal={tab.reveal} />
        </Suspense>
      ) : (
        <p className="editor-missing">
          This kind of tab cannot be shown in this version of Ladder.
        </p>
      )}
    </div>
  );
}

/** A tab closed with the focus in it or on it (Ctrl+W, Delete, Move to Trash, deleted elsewhere). */
function rescueClosedTab(_area: HTMLElement, lost: Element): void {
  if (lost.closest('[role="tabpanel"], [role="tab"]')) focusEditor();
}

export function EditorArea() {
  const tabs = useWorkbench((s) => s.tabs);
  const activeTab = useWorkbench((s) => s.activeTab);
  const area = useRef<HTMLElement>(null);
  // The focus goes on to the editor left active, never to the page's body.
  useFocusRescue(area, rescueClosedTab);
  return (
    // tabIndex -1: with no tab open, focusEditor() lands here rather than on the page's body.
    <main ref={area} className="editor-area" id={EDITOR_AREA_ID} aria-label="Editor" tabIndex={-1}>
      <TabBar />
      {tabs.length === 0 ? (
        <Watermark />
      ) : (
        <div className="editor-panes">
          {tabs.map((tab) => (
            <Pane key={tab.key} tab={tab} active={tab.key === activeTab} />
          ))}
        </div>
      )}
    </main>
  );
}
