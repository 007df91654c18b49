// The search feature's one entry point: the Search view and the command that focuses it.
import { registerCommands, registerView } from '../../workbench/registry';
import { setActiveView } from '../../workbench/store';
import { requestSearchFocus } from './searchFocus';
// Not lazy (it is 4 KB): Ctrl+Shift+F must put the caret in the box at once, or the first
// keystrokes typed after it would go nowhere while a chunk loads.
import { SearchView } from './SearchView';

registerView({ id: 'search', title: 'Search', icon: 'search', order: 20, component: SearchView });
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
