// The journal feature's one entry point: its commands, side-bar views and editor types.
import { registerCommands, registerEditor, registerView } from '../../workbench/registry';
import { journalCommands } from './journalCommands';
import { JournalView } from './JournalView';
import { TrashView } from './TrashView';
import { EntryPane } from './EntryPane';
import { ProfilePane } from './ProfilePane';
import { HistoryPane } from './HistoryPane';
import './journal.css';

registerCommands(journalCommands());
registerView({ id: 'journal', title: 'Journal', icon: 'notebook', order: 10, component: JournalView });
registerView({ id: 'trash', title: 'Trash', icon: 'trash', order: 90, component: TrashView });
registerEditor({ type: 'entry', component: EntryPane });
registerEditor({ type: 'profile', component: ProfilePane });
registerEditor({ type: 'history', component: HistoryPane });
