// How the side panels read and write a conversation. The document lives in the query cache under its
// `conversations.get` key (the pane reads the same key); a structural write answers with the whole
// document, which goes straight back into the cache, then the summaries it can change are refreshed.
import { useQuery } from '@tanstack/react-query';
import type { Args } from '../../../../../src-main/shared/contract';
import type { ActionItem, AnticipatedQuestion, ConversationDoc } from '../../../../../src-main/shared/conversations/conversations';
import { call } from '../../../api/client';
import { queryClient, useApi } from '../../../api/query';
import { notify } from '../../../workbench/store';
import { PAGE_SESSION } from '../../../api/pageSession';
import { errorCode, errorMessage, keptWordsNotice } from '../../../ui/errorMessage';

export const docKey = (id: string) => ['conversations.get', { id }] as const;

export function useConversationDoc(id: string) {
  return useApi('conversations.get', { id });
}

/** Live reads (checklist, since last time): always re-read when shown again or the window regains focus. */
export function useLiveRead<C extends 'conversations.checklist' | 'conversations.sinceLastTime'>(channel: C, id: string) {
  return useQuery({
    queryKey: [channel, { id }],
    queryFn: () => call(channel, { id } as Args<C>),
    staleTime: 0,
    refetchOnWindowFocus: true,
  });
}

/** Lists, checklists, "since last time" and follow-ups; the open document itself is put back by hand. */
export function refreshSummaries(): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (q) => {
      const channel = String(q.queryKey[0]);
      return channel !== 'conversations.get' && (channel.startsWith('conversations.') || channel === 'followups.list');
    },
  });
}

type DocChannel =
  | 'agenda.linkEvidence'
  | 'anticipated.add'
  | 'anticipated.remove'
  | 'anticipated.move'
  | 'anticipated.linkEvidence'
  | 'anticipated.unlinkEvidence'
  | 'actions.add'
  | 'actions.remove';

/** A structural write; on failure says what could not be done and resolves to null. */
export async function writeDoc<C extends DocChannel>(channel: C, args: Args<C>, failure: string): Promise<ConversationDoc | null> {
  try {
    const doc = (await call(channel, args)) as ConversationDoc;
    queryClient.setQueryData(docKey(doc.conversation.id), doc);
    await refreshSummaries();
    return doc;
  } catch (error) {
    notify('error', `${failure}: ${errorMessage(error)}`);
    return null;
  }
}

export function putQuestion(conversationId: string, question: AnticipatedQuestion): void {
  queryClient.setQueryData<ConversationDoc>(docKey(conversationId), (doc) =>
    doc ? { ...doc, questions: doc.questions.map((q) => (q.id === question.id ? question : q)) } : doc,
  );
}

export function putAction(action: ActionItem): void {
  queryClient.setQueryData<ConversationDoc>(docKey(action.conversationId), (doc) =>
    doc ? { ...doc, actions: doc.actions.map((a) => (a.id === action.id ? action : a)) } : doc,
  );
}

/**
 * After a text save was refused because another tab or window changed the record: the record as
 * stored now goes into the cache (the next save is based on it), while the box keeps the person's
 * words; the notice says so.
 */
async function takeTheirs(conversationId: string, what: string, error: unknown): Promise<void> {
  const fresh = await call('conversations.get', { id: conversationId }).catch(() => null);
  queryClient.setQueryData<ConversationDoc>(docKey(conversationId), (doc) =>
    doc && fresh
      ? {
          ...doc,
          actions: doc.actions.map((a) => fresh.actions.find((f) => f.id === a.id) ?? a),
          questions: doc.questions.map((q) => fresh.questions.find((f) => f.id === q.id) ?? q),
        }
      : doc,
  );
  notify('error', keptWordsNotice(error, what));
}

/** Saves the text of an anticipated question over the version this page showed. */
export async function updateQuestionText(conversationId: string, question: AnticipatedQuestion, text: string): Promise<void> {
  try {
    putQuestion(conversationId, await call('anticipated.update', { id: question.id, question: text, baseVersion: question.version, session: PAGE_SESSION }));
  } catch (error) {
    if (errorCode(error) === 'conflict') await takeTheirs(conversationId, 'question', error);
    else notify('error', `The question could not be saved: ${errorMessage(error)}`);
  }
}

/** Updates one action item; the follow-ups, the carried-over lists and the checklist follow. */
export async function updateAction(args: Args<'actions.update'>, failure: string, conversationId?: string): Promise<ActionItem | null> {
  try {
    const action = await call('actions.update', { ...args, session: PAGE_SESSION });
    putAction(action);
    // A carried-over item shows on later conversations too: their documents must read it again.
    await queryClient.invalidateQueries({
      predicate: (q) => q.queryKey[0] === 'conversations.get' && (q.queryKey[1] as { id?: string }).id !== action.conversationId,
    });
    await refreshSummaries();
    return action;
  } catch (error) {
    if (conversationId && errorCode(error) === 'conflict') await takeTheirs(conversationId, 'action', error);
    else notify('error', `${failure}: ${errorMessage(error)}`);
    return null;
  }
}
