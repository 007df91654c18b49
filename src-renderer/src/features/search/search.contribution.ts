// The search feature's one entry point: the Search view and the command that focuses it.
import { registerCommands, registerView } from '../../workbench/registry';
import { setActiveView } from '../../workbench/store';
import { requestSearchFocus } from '../journal/focusRequests';
import { lazyPart } from '../../ui/lazyPart';

const SearchView = lazyPart(() => import('./SearchView').then((m) => m.SearchView));

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
