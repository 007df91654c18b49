// The window's layout: activity bar | side bar ‖ editor area, status bar below, overlays on top.
import { Group, Panel, Separator } from 'react-resizable-panels';
import { ActivityBar } from './ActivityBar';
import { EditorArea } from './EditorArea';
import { Notifications } from './Notifications';
import { QuickInput } from './QuickInput';
import { SideBar } from './SideBar';
import { StatusBar } from './StatusBar';
import { setSideBarWidth, useWorkbench } from './store';

const SIDEBAR = 'sidebar';
const EDITOR = 'editor';

export function Workbench() {
  const sideBarVisible = useWorkbench((s) => s.sideBarVisible);
  const ready = useWorkbench((s) => s.ready);
  // Read once per show: the panel owns its size while the user drags.
  const width = useWorkbench.getState().sideBarWidth;
  return (
    <div className="workbench" aria-busy={!ready}>
      <div className="workbench-body">
        <ActivityBar />
        {/* The split mounts once the remembered side-bar width is known: its default size is read on mount. */}
        {ready && (
          <Group
            className="workbench-split"
            orientation="horizontal"
            onLayoutChanged={(layout) => {
              const size = layout[SIDEBAR];
              if (size !== undefined && size > 0) setSideBarWidth(size);
            }}
          >
            {sideBarVisible && (
              <>
                <Panel
                  id={SIDEBAR}
                  defaultSize={`${width}%`}
                  minSize="160px"
                  maxSize="60%"
                  className="panel-side"
                >
                  <SideBar />
                </Panel>
                <Separator className="split-handle" aria-label="Resize side bar" />
              </>
            )}
            <Panel id={EDITOR} minSize="240px" className="panel-editor">
              <EditorArea />
            </Panel>
          </Group>
        )}
      </div>
      <StatusBar />
      <QuickInput />
      <Notifications />
    </div>
  );
}
