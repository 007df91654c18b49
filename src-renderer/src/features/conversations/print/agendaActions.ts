// What the agenda commands do: open the print preview, print or export it as PDF, email, copy and save
// the agenda. Loaded on first use, so the contribution stays light.
import type {
  AgendaVariant,
  ConversationDoc,
} from '../../../../../src-main/shared/conversations/conversations';
import { documentTitle, mailtoLink } from '../../../../../src-main/shared/conversations/agendaText';
import { bridge } from '../../../api/client';
import { icsRead, markdownRead, reloadDoc, textRead } from '../conversationQueries';
import { notify, openEditor, showQuickPick } from '../../../workbench/store';
import { confirmDialog } from '../../../ui/confirm';
import { errorMessage } from '../../../ui/errorMessage';
import { copyText } from '../../../ui/clipboard';
import { markAgendaShared } from './markShared';
import { safeFileName } from './fileName';
import { pdfPageSize } from './paper';
import { printOptionsFor } from './printOptions';
import { whenPrintReady } from './printReady';
import { saveTextFile } from './saveFile';
import { PRINT_EDITOR, targetConversation } from './targetConversation';

async function loadDoc(id: string): Promise<ConversationDoc | null> {
  try {
    // Fresh from the main side: an output must show what was last saved, not a cached copy.
    return await reloadDoc(id);
  } catch (error) {
    notify('error', `Could not open the conversation: ${errorMessage(error)}`);
    return null;
  }
}

export async function openPrintPreview(id?: string): Promise<string | undefined> {
  const target = id ?? (await targetConversation('Print the agenda of which conversation?'));
  if (target) openEditor({ type: PRINT_EDITOR, id: target });
  return target;
}

/** The browser's (or Electron's) print dialog for the preview on screen; a printed manager copy counts as shared. */
export function printNow(id?: string): void {
  window.print();
  if (id) void markAgendaShared(id, printOptionsFor(id).variant);
}

export async function exportPdf(): Promise<void> {
  const id = await targetConversation('Export the agenda of which conversation as PDF?');
  if (!id) return;
  await openPrintPreview(id);
  const ready = await whenPrintReady(id);
  if (!ready) {
    notify(
      'error',
      'The agenda could not be prepared for printing. Open the print preview and try again.',
    );
    return;
  }
  const printToPdf = bridge.printToPdf;
  if (!printToPdf) {
    notify(
      'info',
      'In the print dialog, choose "Save as PDF" as the destination to keep the agenda as a PDF file.',
    );
    printNow(id);
    return;
  }
  const doc = await loadDoc(id);
  if (!doc) return;
  const options = printOptionsFor(id);
  try {
    const result = await printToPdf({
      pageSize: pdfPageSize(options.paper),
      suggestedName: safeFileName(documentTitle(doc), 'pdf'),
    });
    if (result.saved) {
      notify('info', `Saved the agenda as a PDF${result.path ? `: ${result.path}` : '.'}`);
      await markAgendaShared(id, options.variant);
    }
  } catch (error) {
    notify('error', `Could not save the PDF: ${errorMessage(error)}`);
  }
}

/** True where the desktop shell asks before any link leaves the app; asking twice helps nobody. */
function shellConfirmsLinks(): boolean {
  return typeof bridge.printToPdf === 'function';
}

export async function emailAgenda(): Promise<void> {
  const id = await targetConversation('Email the agenda of which conversation?');
  if (!id) return;
  const doc = await loadDoc(id);
  if (!doc) return;
  const link = mailtoLink(doc);
  if (link.tooLong) {
    const copied = await copyText(`${link.subject}\n\n${link.text}`);
    if (copied) await markAgendaShared(id);
    notify(
      copied ? 'info' : 'error',
      copied
        ? 'This agenda is too long for an email link, so the manager copy is on your clipboard instead: paste it into a new message.'
        : 'This agenda is too long for an email link, and copying it failed. Use "Conversation: Export Agenda as Markdown..." instead.',
    );
    return;
  }
  if (shellConfirmsLinks()) {
    // The desktop shell turns every window.open into its own confirmation, then the system's mail app.
    window.open(link.url);
    await markAgendaShared(id);
    return;
  }
  const ok = await confirmDialog({
    title: 'Email the agenda',
    message:
      'Open your mail app with the manager copy? Private notes, prepared answers and evidence stay out.',
    confirmLabel: 'Open mail app',
  });
  if (!ok) return;
  await markAgendaShared(id);
  window.location.href = link.url;
}

async function copyAs(
  channel: 'conversations.exportMarkdown' | 'conversations.exportText',
  what: string,
): Promise<void> {
  const id = await targetConversation(`Copy the agenda of which conversation as ${what}?`);
  if (!id) return;
  let text: string;
  try {
    text = await (channel === 'conversations.exportMarkdown' ? markdownRead : textRead).fresh({
      id,
      variant: 'manager',
    });
  } catch (error) {
    notify('error', `Could not prepare the agenda: ${errorMessage(error)}`);
    return;
  }
  if (await copyText(text)) {
    notify('info', `Copied the manager copy of the agenda as ${what}.`);
    await markAgendaShared(id);
  } else
    notify(
      'error',
      'Could not copy to the clipboard. Click into the window and try again, or export the agenda as a file.',
    );
}

export const copyMarkdown = () => copyAs('conversations.exportMarkdown', 'Markdown');
export const copyPlainText = () => copyAs('conversations.exportText', 'plain text');

export async function exportMarkdown(): Promise<void> {
  const id = await targetConversation('Export the agenda of which conversation as Markdown?');
  if (!id) return;
  const variant = await showQuickPick<AgendaVariant>(
    [
      {
        label: 'Manager copy',
        description: 'to share: no private notes, answers or evidence',
        icon: 'person',
        value: 'manager',
      },
      {
        label: 'My copy',
        description: 'everything, including private notes',
        icon: 'lock',
        value: 'mine',
      },
    ],
    'Which copy of the agenda?',
  );
  if (!variant) return;
  const doc = await loadDoc(id);
  if (!doc) return;
  try {
    const text = await markdownRead.fresh({ id, variant });
    const suffix = variant === 'mine' ? ' (my copy)' : '';
    saveTextFile(safeFileName(`${documentTitle(doc)}${suffix}`, 'md'), 'text/markdown', text);
    await markAgendaShared(id, variant);
  } catch (error) {
    notify('error', `Could not export the agenda: ${errorMessage(error)}`);
  }
}

export async function addToCalendar(): Promise<void> {
  const id = await targetConversation('Add which conversation to your calendar?');
  if (!id) return;
  const doc = await loadDoc(id);
  if (!doc) return;
  try {
    const text = await icsRead.fresh({ id });
    saveTextFile(safeFileName(documentTitle(doc), 'ics'), 'text/calendar', text);
  } catch (error) {
    notify('error', `Could not make the calendar event: ${errorMessage(error)}`);
  }
}
