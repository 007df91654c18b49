// Agenda outputs as strings; the shell or renderer saves or copies them.
import { agendaIcs } from '../../shared/conversations/agendaIcs';
import { agendaMarkdown, agendaPlainText } from '../../shared/conversations/agendaText';
import type { ParsedArgs } from '../../shared/contract';
import type { ServiceContext } from '../common/context';
import { readDoc } from './conversationDoc';

export function createConversationExportService(ctx: ServiceContext) {
  const { db } = ctx;
  return {
    markdown: (args: ParsedArgs<'conversations.exportMarkdown'>): string =>
      agendaMarkdown(readDoc(db, args.id), args.variant),
    text: (args: ParsedArgs<'conversations.exportText'>): string =>
      agendaPlainText(readDoc(db, args.id), args.variant),
    ics: (args: ParsedArgs<'conversations.exportIcs'>): string =>
      agendaIcs(readDoc(db, args.id), ctx.now()),
  };
}

export type ConversationExportService = ReturnType<typeof createConversationExportService>;
