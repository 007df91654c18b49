// Every rehearsal session, newest first, with the title of its conversation: one read of all
// sessions and one of the conversations, however many conversations there are.
import type { SessionSummary } from '../../../../src-main/shared/rehearsal/rehearsal';
import { conversationListRead, historyRead } from './rehearsalQueries';

export interface SessionRow extends SessionSummary {
  conversationTitle: string | null;
}

export function useAllSessions(): { rows: SessionRow[]; loading: boolean; error: unknown } {
  const lists = conversationListRead.use({});
  const sessions = historyRead.use({ all: true });
  const conversations = lists.data ? [...lists.data.upcoming, ...lists.data.past] : [];
  const titles = new Map(conversations.map((c) => [c.id, c.title || 'Untitled conversation']));
  const rows = (sessions.data ?? [])
    .map((s) => ({
      ...s,
      conversationTitle: s.conversationId ? (titles.get(s.conversationId) ?? null) : null,
    }))
    .sort((a, b) => b.startedAt - a.startedAt);
  return {
    rows,
    loading: lists.isPending || sessions.isPending,
    error: lists.error ?? sessions.error ?? null,
  };
}
