// A past rehearsal, read-only, in an editor tab: what was asked, answered, graded and noted.
import { useEffect, useId, useRef } from 'react';
import {
  conversationListRead,
  finishFromHistory,
  historyRead,
  sessionRead,
} from './rehearsalQueries';
import { ProgressChart } from './ProgressChart';
import type { EditorPaneProps } from '../../workbench/types';
import { inputKey } from '../../workbench/types';
import { notify, setTabMeta } from '../../workbench/store';
import { errorMessage } from '../../ui/errorMessage';
import { dateTimeText, sessionSourceText } from './format';
import { takeSessionFocus, useSessionFocus } from './sessionFocus';
import { SummaryTable } from './SummaryTable';
import { continueRehearsal } from './startFlow';
import type { RehearsalSession } from '../../../../src-main/shared/rehearsal/rehearsal';

const STATUS_TEXT = {
  active: 'not finished',
  finished: 'finished',
  left: 'left before the end',
} as const;

/** Not finished, and a question is still without a grade: it can go on where it stopped. */
function resumable(s: RehearsalSession): boolean {
  const graded = new Set(s.answers.filter((a) => a.grade !== null).map((a) => a.position));
  return s.status !== 'finished' && s.questions.some((_, position) => !graded.has(position));
}

/** Every question graded, but the window closed before Finish: nothing is left to play, only to close. */
function onlyFinishLeft(s: RehearsalSession): boolean {
  return s.status !== 'finished' && !resumable(s);
}

export function SessionPane({ input, active }: EditorPaneProps) {
  const key = inputKey(input);
  const session = sessionRead.use({ id: input.id });
  const conversations = conversationListRead.use({});
  const history = historyRead.use({ all: true });
  const started = session.data?.startedAt;
  useEffect(() => {
    setTabMeta(key, {
      title: started ? `Rehearsal ${dateTimeText(started)}` : 'Rehearsal',
      icon: 'mortar-board',
    });
  }, [key, started]);
  // Opened from the side bar: focus moves to the heading, so reading starts at the top of the pane.
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const focusRequest = useSessionFocus((f) => (f.id === input.id ? f.requests : 0));
  const loaded = session.data !== undefined;
  useEffect(() => {
    if (loaded && active && takeSessionFocus(focusRequest)) heading.current?.focus();
  }, [focusRequest, loaded, active]);
  if (session.isError)
    return (
      <p role="alert" className="rehearsal-pane">
        This rehearsal could not be opened: {errorMessage(session.error)}
      </p>
    );
  if (!session.data) return <p className="rehearsal-pane">Loading…</p>;
  const s = session.data;
  const all = conversations.data
    ? [...conversations.data.upcoming, ...conversations.data.past]
    : [];
  const conversation = s.conversationId ? all.find((c) => c.id === s.conversationId) : undefined;
  // Rehearsals like this one: of the same conversation, or started the same way without one.
  const alike = (history.data ?? []).filter((r) =>
    s.conversationId !== null
      ? r.conversationId === s.conversationId
      : r.conversationId === null && r.mode === s.mode,
  );
  // What was rehearsed names the rehearsal taken up again (its dialog and summary), as at its start.
  const source = sessionSourceText(
    s,
    conversation ? conversation.title || 'Untitled conversation' : null,
  );
  return (
    <article className="rehearsal-pane" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        Rehearsal of {dateTimeText(s.startedAt)}
      </h2>
      <p className="rehearsal-muted">
        {conversation ? `For “${source}”` : source} · {STATUS_TEXT[s.status]} · {s.answers.length}{' '}
        of {s.questions.length} answered · {Math.round(s.settings.timeBoxSec)} s per answer
      </p>
      {resumable(s) && (
        <p>
          <button
            type="button"
            className="ladder-button ladder-button--primary"
            onClick={() =>
              void continueRehearsal(s.id, s.mode === 'surprise' ? 'A surprise mix' : source)
            }
          >
            Resume rehearsal
          </button>
        </p>
      )}
      {onlyFinishLeft(s) && (
        <p>
          Every question has its grade; the rehearsal was closed before it was finished.{' '}
          <button
            type="button"
            className="ladder-button"
            onClick={() =>
              void finishFromHistory({ id: s.id }).catch((error: unknown) =>
                notify(
                  'error',
                  `The rehearsal could not be marked finished: ${errorMessage(error)}`,
                ),
              )
            }
          >
            Mark as finished
          </button>
        </p>
      )}
      <SummaryTable session={s} showAnswers />
      {alike.some((r) => r.answered > 0) && (
        <ProgressChart
          sessions={alike}
          caption={
            conversation
              ? `Rehearsals of “${source}” over time`
              : `Rehearsals of this kind (${source}) over time`
          }
        />
      )}
    </article>
  );
}
