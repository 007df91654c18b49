// A past rehearsal, read-only, in an editor tab: what was asked, answered, graded and noted.
import { useEffect } from 'react';
import { useApi } from '../../api/query';
import type { EditorPaneProps } from '../../workbench/types';
import { inputKey } from '../../workbench/types';
import { setTabMeta } from '../../workbench/store';
import { errorMessage } from '../journal/errorMessage';
import { dateTimeText } from './format';
import { SummaryTable } from './SummaryTable';

const STATUS_TEXT = { active: 'not finished', finished: 'finished', left: 'left before the end' } as const;

export function SessionPane({ input }: EditorPaneProps) {
  const key = inputKey(input);
  const session = useApi('rehearsal.get', { id: input.id });
  const conversations = useApi('conversations.list', {});
  const started = session.data?.startedAt;
  useEffect(() => {
    setTabMeta(key, { title: started ? `Rehearsal ${dateTimeText(started)}` : 'Rehearsal', icon: 'mortar-board' });
  }, [key, started]);
  if (session.isError) return <p role="alert" className="rehearsal-pane">This rehearsal could not be opened: {errorMessage(session.error)}</p>;
  if (!session.data) return <p className="rehearsal-pane">Loading…</p>;
  const s = session.data;
  const all = conversations.data ? [...conversations.data.upcoming, ...conversations.data.past] : [];
  const conversation = s.conversationId ? all.find((c) => c.id === s.conversationId) : undefined;
  return (
    <article className="rehearsal-pane" aria-labelledby="rehearsal-pane-title">
      <h2 id="rehearsal-pane-title">Rehearsal of {dateTimeText(s.startedAt)}</h2>
      <p className="rehearsal-muted">
        {conversation ? `For “${conversation.title || 'Untitled conversation'}”` : s.conversationId ? 'For a removed conversation' : 'From the question bank'} ·{' '}
        {STATUS_TEXT[s.status]} · {s.answers.length} of {s.questions.length} answered · {Math.round(s.settings.timeBoxSec)} s per answer
      </p>
      <SummaryTable session={s} showAnswers />
    </article>
  );
}
