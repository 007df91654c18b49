// The window's layout: activity bar | side bar ‖ editor area, status bar below, overlays on top.
import { ActivityBar } from './ActivityBar';
import { EditorArea } from './EditorArea';
import { Notifications } from './Notifications';
import { QuickInput } from './QuickInput';
import { SideBar } from './SideBar';
import { SplitView } from './SplitView';
import { StatusBar } from './StatusBar';
import { setSideBarWidth, useWorkbench } from './store';

export function Workbench() {
  const sideBarVisible = useWorkbench((s) => s.sideBarVisible);
  const ready = useWorkbench((s) => s.ready);
  const width = useWorkbench((s) => s.sideBarWidth);
  return (
    <div className="workbench" aria-busy={!ready}>
      <div className="workbench-body">
        <ActivityBar />
        {/* The split mounts once the remembered side-bar width is known. */}
        {ready && (
          <SplitView
            side={sideBarVisible ? <SideBar /> : null}
            main={<EditorArea />}
            width={width}
            onWidthChange={setSideBarWidth}
          />
        )}
      </div>
      <StatusBar />
      <QuickInput />
      <Notifications />
    </div>
  );
}
