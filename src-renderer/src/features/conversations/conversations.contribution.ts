// The conversations feature's one entry point: its commands, side-bar view, editor type and the
// pane's own sections. Everything visible loads in its own chunk.
import { registerCommands, registerEditor, registerView } from '../../workbench/registry';
import { lazyPart } from '../../ui/lazyPart';
import { conversationCommands } from './conversationCommands';
import { CONVERSATION_EDITOR } from './conversationActions';
import { registerConversationSection } from './sections';
import './conversations.css';
import './panels/panels.contribution';

const ConversationsView = lazyPart(() =>
  import('./ConversationsView').then((m) => m.ConversationsView),
);
const ConversationPane = lazyPart(() =>
  import('./ConversationPane').then((m) => m.ConversationPane),
);
const DetailsSection = lazyPart(() => import('./DetailsSection').then((m) => m.DetailsSection));
const AgendaSection = lazyPart(() => import('./AgendaSection').then((m) => m.AgendaSection));
const AfterSection = lazyPart(() => import('./AfterSection').then((m) => m.AfterSection));

registerCommands(conversationCommands());
registerView({
  id: 'conversations',
  title: 'Conversations',
  icon: 'comment-discussion',
  order: 20,
  component: ConversationsView,
});
registerEditor({ type: CONVERSATION_EDITOR, label: 'Conversation', component: ConversationPane });
registerConversationSection({
  id: 'details',
  title: 'Details',
  order: 10,
  component: DetailsSection,
});
registerConversationSection({ id: 'agenda', title: 'Agenda', order: 20, component: AgendaSection });
registerConversationSection({
  id: 'after',
  title: 'After the meeting',
  order: 70,
  component: AfterSection,
});
