// The search feature's one entry point: the Search view and the command that focuses it.
import { registerCommands } from '../../workbench/registry';
import { setActiveView } from '../../workbench/store';
import { requestSearchFocus } from '../journal/focusRequests';

registerCommands([
  {
    id: 'search.focus',
    title: 'Search: Find in Journal',
    keybinding: 'Ctrl+Shift+F',
    run: () => {
      setActiveView('search');
      requestSearchFocus();
    },
  },
]);
