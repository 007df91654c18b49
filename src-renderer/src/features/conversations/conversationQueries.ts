// The conversations' reads and writes, and what each write does to the cache. The open conversation
// lives in the query cache under its `conversations.get` key. Writes answer with the new document;
// putting it back through setQueryData keeps unchanged agenda items as the same objects (structural
// sharing), so only the items that changed render again. The lists and panels that summarise
// conversations are invalidated instead.
import { useQuery } from '@tanstack/react-query';
import type { Args } from '../../../../src-main/shared/contract';
import type {
  ActionItem,
  AgendaItem,
  AnticipatedQuestion,
  Conversation,
  ConversationDoc,
} from '../../../../src-main/shared/conversations/conversations';
import { call } from '../../api/client';
import { defineRead, defineWrite, queryClient } from '../../api/query';

export const docRead = defineRead('conversations.get');
export const listsRead = defineRead('conversations.list');
export const templatesRead = defineRead('templates.list');
/** What the pickers offer: journal entries as evidence (found as typed), bank questions as anticipated ones. */
export const journalFindRead = defineRead('journal.find');
export const bankRead = defineRead('questions.list');
/** Outputs are made fresh each time, never cached. */
export const markdownRead = defineRead('conversations.exportMarkdown');
export const textRead = defineRead('conversations.exportText');
export const icsRead = defineRead('conversations.exportIcs');

function docKey(id: string): readonly unknown[] {
  return docRead.key({ id });
}

export function readDoc(id: string): ConversationDoc | undefined {
  return docRead.peek({ id });
}

/** Starts reading a conversation that is about to open (a no-op while a fresh copy is cached). */
export function prefetchDoc(id: string): void {
  void queryClient.prefetchQuery({
    queryKey: docKey(id),
    queryFn: () => call('conversations.get', { id }),
  });
}

/** Fresh from the main side, and cached: an output must show what was last saved, not a cached copy. */
export async function reloadDoc(id: string): Promise<ConversationDoc> {
  await queryClient.invalidateQueries({ queryKey: docKey(id) });
  return docRead.fetch({ id });
}

export function putDoc(doc: ConversationDoc): void {
  queryClient.setQueryData(docKey(doc.conversation.id), doc);
}

/** The agenda as answered, under the cached details: the details form may hold newer edits. */
export function putItems(doc: ConversationDoc): void {
  const latest = readDoc(doc.conversation.id);
  putDoc(latest ? { ...doc, conversation: latest.conversation } : doc);
}

/** Applies local edits to the cached conversation at once, so the tab title and totals follow typing. */
export function patchConversation(id: string, patch: Partial<Conversation>): void {
  queryClient.setQueryData<ConversationDoc>(docKey(id), (doc) =>
    doc ? { ...doc, conversation: { ...doc.conversation, ...patch } } : doc,
  );
}

export function putItem(conversationId: string, item: AgendaItem): void {
  queryClient.setQueryData<ConversationDoc>(docKey(conversationId), (doc) =>
    doc ? { ...doc, items: doc.items.map((i) => (i.id === item.id ? item : i)) } : doc,
  );
}

export function putQuestion(conversationId: string, question: AnticipatedQuestion): void {
  queryClient.setQueryData<ConversationDoc>(docKey(conversationId), (doc) =>
    doc
      ? { ...doc, questions: doc.questions.map((q) => (q.id === question.id ? question : q)) }
      : doc,
  );
}

function putAction(action: ActionItem): void {
  queryClient.setQueryData<ConversationDoc>(docKey(action.conversationId), (doc) =>
    doc ? { ...doc, actions: doc.actions.map((a) => (a.id === action.id ? action : a)) } : doc,
  );
}

/**
 * After a text save was refused because another tab or window changed the record: the actions and
 * questions as stored now go into the cache (the next save is based on them).
 */
export async function takeStoredTexts(conversationId: string): Promise<void> {
  const fresh = await docRead.fresh({ id: conversationId }).catch(() => null);
  queryClient.setQueryData<ConversationDoc>(docKey(conversationId), (doc) =>
    doc && fresh
      ? {
          ...doc,
          actions: doc.actions.map((a) => fresh.actions.find((f) => f.id === a.id) ?? a),
          questions: doc.questions.map((q) => fresh.questions.find((f) => f.id === q.id) ?? q),
        }
      : doc,
  );
}

/** Lists, checklists, "since last time" and follow-ups; the open document itself is put back by hand. */
export function invalidateSummaries(): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (q) => {
      const channel = String(q.queryKey[0]);
      return (
        channel !== 'conversations.get' &&
        (channel.startsWith('conversations.') || channel === 'followups.list')
      );
    },
  });
}

/** Live reads (checklist, since last time): always re-read when shown again or the window regains focus. */
export function useLiveRead<C extends 'conversations.checklist' | 'conversations.sinceLastTime'>(
  channel: C,
  id: string,
) {
  return useQuery({
    queryKey: [channel, { id }],
    queryFn: () => call(channel, { id } as Args<C>),
    staleTime: 0,
    refetchOnWindowFocus: true,
  });
}

async function putDocAndSummaries(doc: ConversationDoc): Promise<void> {
  putDoc(doc);
  await invalidateSummaries();
}

export const createConversation = defineWrite('conversations.create', {
  patch: putDocAndSummaries,
});
export const markHeldWrite = defineWrite('conversations.markHeld', { patch: putDocAndSummaries });
/** Each caller puts back what it may: the details form can hold newer edits than the answer. */
export const saveConversation = defineWrite('conversations.save');
export const trashConversationWrite = defineWrite('conversations.trash', {
  invalidates: ['conversations.', 'followups.'],
  patch: (_, { id }) => queryClient.removeQueries({ queryKey: docKey(id) }),
});
/** New from Template reads the list through the cache: refreshed so the new one is offered at once. */
export const saveAsTemplateWrite = defineWrite('templates.saveFromConversation', {
  invalidates: ['templates.'],
});

export const linkItemEvidence = defineWrite('agenda.linkEvidence', { patch: putDoc });
export const unlinkItemEvidence = defineWrite('agenda.unlinkEvidence', { patch: putItems });
export const removeAgendaItem = defineWrite('agenda.removeItem', { patch: putItems });
/** Its caller decides what goes back: a new item's focus, or a kept text saved into it first. */
export const addAgendaItem = defineWrite('agenda.addItem');
/** Moves are shown at once; the caller puts back only the last answer. */
export const moveAgendaItem = defineWrite('agenda.moveItem');
/** The item is put back by its caller, which knows it is still based on this version. */
export const updateAgendaItem = defineWrite('agenda.updateItem');
/** The question is put back by its caller (its conversation is not in the answer). */
export const updateAnticipated = defineWrite('anticipated.update');

export type DocChannel =
  | 'agenda.linkEvidence'
  | 'anticipated.add'
  | 'anticipated.remove'
  | 'anticipated.move'
  | 'anticipated.linkEvidence'
  | 'anticipated.unlinkEvidence'
  | 'actions.add'
  | 'actions.remove';

/** A structural write of the side panels: the whole document goes straight back, then the summaries. */
export function writeDocChannel<C extends DocChannel>(
  channel: C,
  args: Args<C>,
): Promise<ConversationDoc> {
  return defineWrite(channel, { patch: (doc) => putDocAndSummaries(doc as ConversationDoc) })(
    args,
  ) as Promise<ConversationDoc>;
}

/** Follow-ups, carried-over lists and the checklist follow an action's change. */
export const updateActionWrite = defineWrite('actions.update', {
  patch: async (action) => {
    putAction(action);
    // A carried-over item shows on later conversations too: their documents must read it again.
    await queryClient.invalidateQueries({
      predicate: (q) =>
        q.queryKey[0] === 'conversations.get' &&
        (q.queryKey[1] as { id?: string }).id !== action.conversationId,
    });
    await invalidateSummaries();
  },
});
