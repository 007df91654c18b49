// The side bar: the active view's title and its component. Views stay mounted once visited, so a
// half-typed search survives a trip to another view.
import { Suspense, useDeferredValue, useEffect, useState } from 'react';
import { isLazyPart } from '../ui/lazyPart';
import { getViews } from './registry';
import { useWorkbench } from './store';
import { SIDEBAR_CONTENT_ID } from './focus';

// Only the page's first side bar waits: one shown again later (Ctrl+B, Ctrl+0) must have its view at once.
let shownBefore = false;

export function SideBar() {
  const activeView = useWorkbench((s) => s.activeView);
  const views = getViews();
  const view = views.find((v) => v.id === activeView) ?? views[0];
  const [visited, setVisited] = useState<string[]>([]);
  if (view && !visited.includes(view.id)) setVisited([...visited, view.id]);
  // With no restored editor to show first, a view in the start-up chunk (the journal) is in the
  // first frame; with one, it comes just after the first paint, so the editor is not kept waiting
  // (side by side, drawing both in one frame made the first editable editor later). A view in its
  // own chunk always comes after the first paint: a Suspense fallback in the first frame would make
  // React hold back every later reveal until 300 ms after it.
  const editorFirst = useWorkbench((s) => s.tabs.length > 0);
  const afterFirstPaint = useDeferredValue(true, shownBefore);
  const inFirstFrame = (v: { component: object }) => !editorFirst && !isLazyPart(v.component);
  useEffect(() => {
    shownBefore = true;
  }, []);
  if (!view) return <aside className="side-bar" aria-label="Side bar" />;
  const headingId = `sidebar-title-${view.id}`;
  return (
    <aside className="side-bar" aria-labelledby={headingId}>
      <h2 className="side-bar-title" id={headingId}>
        {view.title}
      </h2>
      <div className="side-bar-content" id={SIDEBAR_CONTENT_ID}>
        {views
          .filter((v) => visited.includes(v.id) && (afterFirstPaint || inFirstFrame(v)))
          .map((v) => (
            <div key={v.id} className="side-bar-view" hidden={v.id !== view.id}>
              <Suspense fallback={null}>
                <v.component />
              </Suspense>
            </div>
          ))}
      </div>
    </aside>
  );
}
