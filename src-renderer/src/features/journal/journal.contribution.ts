// The journal feature's one entry point: its commands, side-bar views and editor types.
// The entry pane and the journal view are in the first chunk: a restored window shows them first
// (the view is the default side bar's, drawn in the first frame from reads sent at boot).
import { registerCommands, registerEditor, registerView } from '../../workbench/registry';
import { lazyPart } from '../../ui/lazyPart';
import { journalCommands } from './journalCommands';
import { EntryPane } from './EntryPane';
import { JournalView } from './JournalView';
import './journal.css';

const TrashView = lazyPart(() => import('./TrashView').then((m) => m.TrashView));
const ProfilePane = lazyPart(() => import('./ProfilePane').then((m) => m.ProfilePane));
const HistoryPane = lazyPart(() => import('./HistoryPane').then((m) => m.HistoryPane));

registerCommands(journalCommands());
registerView({
  id: 'journal',
  title: 'Journal',
  icon: 'notebook',
  order: 10,
  component: JournalView,
});
registerView({ id: 'trash', title: 'Trash', icon: 'trash', order: 90, component: TrashView });
registerEditor({ type: 'entry', label: 'Entry', component: EntryPane });
registerEditor({ type: 'profile', label: 'Profile page', component: ProfilePane });
registerEditor({ type: 'history', label: 'History', component: HistoryPane });
