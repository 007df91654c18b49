// The meeting-script channels (conversations, agenda, anticipated questions, preparation, exports,
// templates): names and result types. Structural changes (add, remove, move, link) answer with the
// whole document; field updates answer with the row they changed.
import { returns } from '../channelParts';
import type {
  AgendaItem,
  AnticipatedQuestion,
  ChecklistStep,
  ConversationDoc,
  ConversationLists,
  SinceLastTime,
  TemplateInfo,
} from './conversations';

export const conversationChannels = {
  'conversations.list': returns<ConversationLists>(),
  'conversations.get': returns<ConversationDoc>(),
  'conversations.create': returns<ConversationDoc>(),
  'conversations.save': returns<ConversationDoc>(),
  'conversations.markHeld': returns<ConversationDoc>(),
  'conversations.trash': returns<null>(),
  'conversations.restore': returns<ConversationDoc>(),
  'conversations.sinceLastTime': returns<SinceLastTime>(),
  'conversations.checklist': returns<ChecklistStep[]>(),
  'conversations.exportMarkdown': returns<string>(),
  'conversations.exportText': returns<string>(),
  'conversations.exportIcs': returns<string>(),
  'agenda.addItem': returns<ConversationDoc>(),
  'agenda.updateItem': returns<AgendaItem>(),
  'agenda.removeItem': returns<ConversationDoc>(),
  'agenda.moveItem': returns<ConversationDoc>(),
  'agenda.linkEvidence': returns<ConversationDoc>(),
  'agenda.unlinkEvidence': returns<ConversationDoc>(),
  'anticipated.add': returns<ConversationDoc>(),
  'anticipated.update': returns<AnticipatedQuestion>(),
  'anticipated.remove': returns<ConversationDoc>(),
  'anticipated.move': returns<ConversationDoc>(),
  'anticipated.linkEvidence': returns<ConversationDoc>(),
  'anticipated.unlinkEvidence': returns<ConversationDoc>(),
  'templates.list': returns<TemplateInfo[]>(),
  'templates.saveFromConversation': returns<TemplateInfo>(),
};
