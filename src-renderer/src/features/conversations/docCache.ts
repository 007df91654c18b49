// The open conversation lives in the query cache under its `conversations.get` key. Writes answer
// with the new document; putting it back through setQueryData keeps unchanged agenda items as the
// same objects (structural sharing), so only the items that changed render again.
import type { AgendaItem, Conversation, ConversationDoc } from '../../../../src-main/shared/conversations/conversations';
import { queryClient } from '../../api/query';

export function docKey(id: string): readonly unknown[] {
  return ['conversations.get', { id }];
}

export function readDoc(id: string): ConversationDoc | undefined {
  return queryClient.getQueryData<ConversationDoc>(docKey(id));
}

export function putDoc(doc: ConversationDoc): void {
  queryClient.setQueryData(docKey(doc.conversation.id), doc);
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

/** Lists and panels that summarise conversations; the open document itself is updated by hand. */
export function invalidateSummaries(): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (q) => {
      const channel = String(q.queryKey[0]);
      return channel !== 'conversations.get' && (channel.startsWith('conversations.') || channel === 'followups.list');
    },
  });
}
