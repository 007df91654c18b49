// The meeting-script channels (conversations, agenda, anticipated questions, preparation, exports,
// templates) → their services.
import type { conversationChannels } from '../../shared/conversations/conversationChannels';
import type { Handlers } from '../../shared/contract';
import type { AgendaService } from './agendaService';
import type { AnticipatedService } from './anticipatedService';
import type { ConversationExportService } from './conversationExport';
import type { ConversationsService } from './conversationsService';
import type { PreparationService } from './preparation';
import type { TemplatesService } from './templates';

export interface ConversationServices {
  conversations: ConversationsService;
  agenda: AgendaService;
  anticipated: AnticipatedService;
  preparation: PreparationService;
  templates: TemplatesService;
  conversationExport: ConversationExportService;
}

export function conversationHandlers(
  s: ConversationServices,
): Handlers<keyof typeof conversationChannels> {
  return {
    'conversations.list': s.conversations.list,
    'conversations.get': s.conversations.get,
    'conversations.create': s.conversations.create,
    'conversations.save': s.conversations.save,
    'conversations.markHeld': s.conversations.markHeld,
    'conversations.trash': s.conversations.trash,
    'conversations.restore': s.conversations.restore,
    'conversations.sinceLastTime': s.preparation.sinceLastTime,
    'conversations.checklist': s.preparation.checklist,
    'conversations.exportMarkdown': s.conversationExport.markdown,
    'conversations.exportText': s.conversationExport.text,
    'conversations.exportIcs': s.conversationExport.ics,
    'agenda.addItem': s.agenda.addItem,
    'agenda.updateItem': s.agenda.updateItem,
    'agenda.removeItem': s.agenda.removeItem,
    'agenda.moveItem': s.agenda.moveItem,
    'agenda.linkEvidence': s.agenda.linkEvidence,
    'agenda.unlinkEvidence': s.agenda.unlinkEvidence,
    'anticipated.add': s.anticipated.add,
    'anticipated.update': s.anticipated.update,
    'anticipated.remove': s.anticipated.remove,
    'anticipated.move': s.anticipated.move,
    'anticipated.linkEvidence': s.anticipated.linkEvidence,
    'anticipated.unlinkEvidence': s.anticipated.unlinkEvidence,
    'templates.list': s.templates.list,
    'templates.saveFromConversation': s.templates.saveFromConversation,
  };
}
