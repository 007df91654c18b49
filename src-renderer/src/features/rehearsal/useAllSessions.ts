// Every rehearsal session, newest first: those without a conversation and those of each conversation.
import { useQueries } from '@tanstack/react-query';
import { call } from '../../api/client';
import { useApi } from '../../api/query';
import type { SessionSummary } from '../../../../src-main/shared/rehearsal';

export interface SessionRow extends SessionSummary {
  conversationTitle: string | null;
}

export function useAllSessions(): { rows: SessionRow[]; loading: boolean; error: unknown } {
  const lists = useApi('conversations.list', {});
  const conversations = lists.data ? [...lists.data.upcoming, ...lists.data.past] : [];
  const ids: (string | null)[] = [null, ...conversations.map((c) => c.id)];
  const results = useQueries({
    queries: ids.map((conversationId) => ({
      queryKey: ['rehearsal.history', { conversationId }],
      queryFn: () => call('rehearsal.history', { conversationId }),
      enabled: lists.isSuccess,
    })),
  });
  const titles = new Map(conversations.map((c) => [c.id, c.title || 'Untitled conversation']));
  const rows = results
    .flatMap((r) => r.data ?? [])
    .map((s) => ({ ...s, conversationTitle: s.conversationId ? (titles.get(s.conversationId) ?? null) : null }))
    .sort((a, b) => b.startedAt - a.startedAt);
  return {
    rows,
    loading: lists.isPending || results.some((r) => r.isPending),
    error: lists.error ?? results.find((r) => r.error)?.error ?? null,
  };
}
