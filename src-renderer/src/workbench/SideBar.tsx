// The side bar: the active view's title and its component. Views stay mounted once visited, so a
// half-typed search survives a trip to another view.
import { useState } from 'react';
import { getViews } from './registry';
import { useWorkbench } from './store';
import { SIDEBAR_CONTENT_ID } from './focus';

export function SideBar() {
  const activeView = useWorkbench((s) => s.activeView);
  const views = getViews();
  const view = views.find((v) => v.id === activeView) ?? views[0];
  const [visited, setVisited] = useState<string[]>([]);
  if (view && !visited.includes(view.id)) setVisited([...visited, view.id]);
  if (!view) return <aside className="side-bar" aria-label="Side bar" />;
  const headingId = `sidebar-title-${view.id}`;
  return (
    <aside className="side-bar" aria-labelledby={headingId}>
      <h2 className="side-bar-title" id={headingId}>
        {view.title}
      </h2>
      <div className="side-bar-content" id={SIDEBAR_CONTENT_ID}>
        {views
          .filter((v) => v.id === view.id || visited.includes(v.id))
          .map((v) => (
            <div key={v.id} className="side-bar-view" hidden={v.id !== view.id}>
              <v.component />
            </div>
          ))}
      </div>
    </aside>
  );
}
