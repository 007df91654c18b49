// The agenda's printing and sharing commands, as data. Titles are part of the product: keep them exact.
// Each run loads the actions on first use, so nothing heavy rides in the start-up chunk.
import type { Command } from '../../../workbench/types';

const actions = () => import('./agendaActions');

export function printCommands(): Command[] {
  return [
    {
      id: 'conversation.printAgenda',
      title: 'Conversation: Print Agenda...',
      run: () => actions().then((m) => void m.openPrintPreview()),
    },
    {
      id: 'conversation.exportAgendaPdf',
      title: 'Conversation: Export Agenda as PDF',
      run: () => actions().then((m) => m.exportPdf()),
    },
    {
      id: 'conversation.emailAgenda',
      title: 'Conversation: Email Agenda...',
      run: () => actions().then((m) => m.emailAgenda()),
    },
    {
      id: 'conversation.copyAgendaMarkdown',
      title: 'Conversation: Copy Agenda as Markdown',
      run: () => actions().then((m) => m.copyMarkdown()),
    },
    {
      id: 'conversation.copyAgendaText',
      title: 'Conversation: Copy Agenda as Plain Text',
      run: () => actions().then((m) => m.copyPlainText()),
    },
    {
      id: 'conversation.exportAgendaMarkdown',
      title: 'Conversation: Export Agenda as Markdown...',
      run: () => actions().then((m) => m.exportMarkdown()),
    },
    {
      id: 'conversation.addToCalendar',
      title: 'Conversation: Add to Calendar (.ics)',
      run: () => actions().then((m) => m.addToCalendar()),
    },
  ];
}
