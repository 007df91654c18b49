// The follow-ups command: data for the palette, shared with the status-bar item that runs it.
import type { Command } from '../../workbench/types';
import { setActiveView } from '../../workbench/store';
import { focusSideBar } from '../../workbench/focus';

export const FOLLOWUPS_VIEW_ID = 'followups';
export const SHOW_FOLLOWUPS_COMMAND = 'followups.show';

export function followupsCommands(): Command[] {
  return [
    {
      id: SHOW_FOLLOWUPS_COMMAND,
      title: 'Follow-ups: Show Open Items',
      run: () => {
        setActiveView(FOLLOWUPS_VIEW_ID);
        focusSideBar();
      },
    },
  ];
}
