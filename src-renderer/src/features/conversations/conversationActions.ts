// What the conversation commands do. Light on purpose: the contribution imports it at start-up.
import type { ConversationDoc } from '../../../../src-main/shared/conversations/conversations';
import { PAGE_SESSION } from '../../api/pageSession';
import {
  closeEditor,
  flushAll,
  notify,
  openEditor,
  showQuickPick,
  useWorkbench,
} from '../../workbench/store';
import { inputKey } from '../../workbench/types';
import { errorMessage } from '../../ui/errorMessage';
import {
  createConversation,
  docRead,
  linkItemEvidence,
  markHeldWrite,
  prefetchDoc,
  readDoc,
  saveAsTemplateWrite,
  templatesRead,
  trashConversationWrite,
} from './conversationQueries';
import { lastAgendaItem, requestConversationTitleFocus } from './focusRequests';
import { pickJournalEntry } from './panels/pickEntry';

const NO_ENTRIES: ReadonlySet<string> = new Set();

export const CONVERSATION_EDITOR = 'conversation';

export function conversationKey(id: string): string {
  return inputKey({ type: CONVERSATION_EDITOR, id });
}

/** Starts reading a conversation that is about to open (a no-op while a fresh copy is cached). */
export function prefetchConversation(id: string): void {
  prefetchDoc(id);
}

/** `title`: the conversation's title as the opener shows it, so the tab is named before the read. */
export function openConversation(id: string, title?: string): void {
  // The read starts before the tab renders, so the two overlap.
  prefetchConversation(id);
  openEditor({ type: CONVERSATION_EDITOR, id }, { title });
}

/** The conversation in the active tab, if the active tab is one. */
export function activeConversationId(): string | null {
  const s = useWorkbench.getState();
  const input = s.tabs.find((t) => t.key === s.activeTab)?.input;
  return input?.type === CONVERSATION_EDITOR ? input.id : null;
}

export async function newFromTemplate(): Promise<void> {
  let templates;
  try {
    templates = await templatesRead.fetch({});
  } catch (error) {
    notify('error', `The templates could not be loaded: ${errorMessage(error)}`);
    return;
  }
  const templateId = await showQuickPick(
    templates.map((t) => ({
      label: t.name,
      description: t.builtIn ? undefined : 'My template',
      detail: t.description,
      icon: t.builtIn ? 'symbol-structure' : 'account',
      value: t.id,
    })),
    'Choose a template for the conversation',
  );
  if (!templateId) return;
  const { askConversationBasics } = await import('./NewConversationDialog');
  const basics = await askConversationBasics();
  if (!basics) return;
  try {
    const doc = await createConversation({ templateId, ...basics });
    requestConversationTitleFocus(doc.conversation.id);
    openConversation(doc.conversation.id, doc.conversation.title.trim() || 'Untitled conversation');
    // Show where the new conversation is listed, unless the user keeps the side bar closed.
    if (useWorkbench.getState().sideBarVisible)
      useWorkbench.setState({ activeView: 'conversations' });
  } catch (error) {
    notify('error', `Could not create the conversation: ${errorMessage(error)}`);
  }
}

export async function markHeld(id: string | null = activeConversationId()): Promise<void> {
  if (!id) return;
  try {
    // Unsaved edits go first, so the status written by Mark as Held is the last word.
    await flushAll().catch(() => undefined);
    await markHeldWrite({ id, session: PAGE_SESSION });
    notify('info', 'Marked as held. Write down what was agreed while it is fresh.');
  } catch (error) {
    notify('error', `Could not mark the conversation as held: ${errorMessage(error)}`);
  }
}

/** Saves the conversation's shape as the user's own template; the main side leaves out its content. */
export async function saveAsTemplate(id: string | null = activeConversationId()): Promise<void> {
  if (!id) return;
  // Unsaved edits go first: the template is made from the stored agenda, and the title suggests its name.
  await flushAll().catch(() => undefined);
  const doc = readDoc(id) ?? (await docRead.fetch({ id }).catch(() => undefined));
  if (!doc) {
    notify('error', 'The conversation could not be read, so no template was saved.');
    return;
  }
  const { askTemplateDetails } = await import('./SaveTemplateDialog');
  const details = await askTemplateDetails(doc.conversation.title.trim());
  if (!details) return;
  try {
    const saved = await saveAsTemplateWrite({ conversationId: id, ...details });
    notify('info', `Saved as template “${saved.name}”. It is offered in New from Template.`);
  } catch (error) {
    notify('error', `Could not save the conversation as a template: ${errorMessage(error)}`);
  }
}

/** Closes the tab first (nothing left to save into a trashed conversation), then trashes it. */
export async function trashConversation(id: string | null = activeConversationId()): Promise<void> {
  if (!id) return;
  try {
    const key = conversationKey(id);
    if (useWorkbench.getState().tabs.some((t) => t.key === key)) await closeEditor(key);
    await trashConversationWrite({ id });
    notify('info', 'Conversation moved to the Trash.');
  } catch (error) {
    notify('error', `Could not move the conversation to the Trash: ${errorMessage(error)}`);
  }
}

/** Picks an agenda item of the open conversation: the one last worked in, else asks. */
async function targetItem(doc: ConversationDoc): Promise<string | undefined> {
  const last = lastAgendaItem(doc.conversation.id);
  if (last && doc.items.some((i) => i.id === last)) return last;
  if (doc.items.length === 1) return doc.items[0]!.id;
  return showQuickPick(
    doc.items.map((item, index) => ({
      label: item.title.trim() || `Item ${index + 1}`,
      description: `${item.minutes} min`,
      icon: 'list-ordered',
      value: item.id,
    })),
    'Add the evidence to which agenda item?',
  );
}

export async function addEvidence(
  conversationId: string | null = activeConversationId(),
  itemId?: string,
): Promise<void> {
  if (!conversationId) return;
  const doc =
    readDoc(conversationId) ?? (await docRead.fetch({ id: conversationId }).catch(() => undefined));
  if (!doc) return;
  if (doc.items.length === 0) {
    notify('info', 'Add an agenda item first, then link evidence to it.');
    return;
  }
  const entryId = await pickJournalEntry('Search the journal for evidence to link', NO_ENTRIES);
  if (!entryId) return;
  const target = itemId ?? (await targetItem(doc));
  if (!target) return;
  try {
    await linkItemEvidence({ itemId: target, entryId });
  } catch (error) {
    notify('error', `Could not link the entry: ${errorMessage(error)}`);
  }
}
