// The workbench's own commands: layout, tabs, palette and focus.
import { registerCommands } from './registry';
import {
  closeEditor,
  cycleEditor,
  notify,
  openPalette,
  reopenClosedEditor,
  toggleSideBar,
  useWorkbench,
} from './store';
import { focusEditor, focusSideBar } from './focus';
import { installEntryLinkOpener } from './entryLinks';

async function closeActiveEditor(): Promise<void> {
  const key = useWorkbench.getState().activeTab;
  if (!key) return;
  try {
    await closeEditor(key);
    focusEditor();
  } catch (error) {
    notify(
      'error',
      `The tab was kept open because it could not be saved: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

installEntryLinkOpener();

registerCommands([
  {
    id: 'workbench.toggleSideBar',
    title: 'View: Toggle Side Bar',
    keybinding: 'Ctrl+B',
    run: toggleSideBar,
  },
  {
    id: 'workbench.commandPalette',
    title: 'View: Command Palette',
    keybinding: 'Ctrl+Shift+P',
    alternativeKeybindings: ['F1'],
    run: () => openPalette('commands'),
  },
  {
    id: 'workbench.quickOpen',
    title: 'File: Quick Open',
    keybinding: 'Ctrl+P',
    run: () => openPalette('files'),
  },
  {
    id: 'workbench.closeEditor',
    title: 'View: Close Editor',
    keybinding: 'Ctrl+W',
    alternativeKeybindings: ['Ctrl+F4'],
    run: closeActiveEditor,
  },
  {
    id: 'workbench.reopenClosedEditor',
    title: 'View: Reopen Closed Editor',
    keybinding: 'Ctrl+Shift+T',
    run: reopenClosedEditor,
  },
  {
    id: 'workbench.nextEditor',
    title: 'View: Next Editor',
    keybinding: 'Ctrl+PageDown',
    alternativeKeybindings: ['Ctrl+Tab'],
    run: () => cycleEditor(1),
  },
  {
    id: 'workbench.previousEditor',
    title: 'View: Previous Editor',
    keybinding: 'Ctrl+PageUp',
    alternativeKeybindings: ['Ctrl+Shift+Tab'],
    run: () => cycleEditor(-1),
  },
  {
    id: 'workbench.focusSideBar',
    title: 'View: Focus Side Bar',
    keybinding: 'Ctrl+0',
    run: focusSideBar,
  },
  {
    id: 'workbench.focusEditor',
    title: 'View: Focus Editor',
    keybinding: 'Ctrl+1',
    run: focusEditor,
  },
]);
