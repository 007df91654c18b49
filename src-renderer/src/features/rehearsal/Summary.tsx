// The end of a rehearsal: every question with time, grade and notes, the weakest three, and the
// conversation's progress. Closing it returns to the workbench.
import { useEffect, useRef } from 'react';
import type { RehearsalSession } from '../../../../src-main/shared/rehearsal/rehearsal';
import { gradeText } from './format';
import { combinedGrade } from '../../../../src-main/shared/rehearsal/probeTurns';
import { ProgressChart } from './ProgressChart';
import { SummaryTable } from './SummaryTable';
import { answersToPractise } from './weakest';
import { historyRead } from './rehearsalQueries';

export function Summary({
  session,
  title,
  onClose,
}: {
  session: RehearsalSession;
  title: string;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const history = historyRead.use(
    { conversationId: session.conversationId },
    { enabled: session.conversationId !== null },
  );
  const good = session.answers.filter((a) => a.grade === 'good' || a.grade === 'easy').length;
  // A question counts as weak as the weaker of its answer and its follow-up's, as it is scheduled.
  const weakest = answersToPractise(
    session.answers.map((a) =>
      a.grade ? { ...a, grade: combinedGrade(a.grade, a.probe?.grade ?? null) } : a,
    ),
  );
  const textOf = (questionId: string) =>
    session.questions.find((q) => q.id === questionId)?.text ?? 'A question no longer in the bank';
  return (
    <section
      className="rehearsal-summary"
      aria-labelledby="rehearsal-summary-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <h2 id="rehearsal-summary-title" ref={heading} tabIndex={-1}>
        Rehearsal summary: {title}
      </h2>
      <p>
        {session.answers.length} of {session.questions.length} questions answered; {good} graded
        Good or Easy.
      </p>
      <SummaryTable session={session} />
      {weakest.length === 0 && session.answers.length > 0 && (
        <p className="rehearsal-muted">
          Every answer was graded Good or Easy within its time: nothing stands out to practise next.
        </p>
      )}
      {weakest.length > 0 && (
        <>
          <h3>Practise these next</h3>
          <ol className="rehearsal-weakest">
            {weakest.map((a) => (
              <li key={a.position}>
                {textOf(a.questionId)}{' '}
                <span className="rehearsal-muted">
                  ({gradeText(a.grade)}
                  {a.timedOut ? ', time ran out' : ''})
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      {history.data && history.data.length > 0 && <ProgressChart sessions={history.data} />}
      <div className="rehearsal-actions">
        <button type="button" className="ladder-button ladder-button--primary" onClick={onClose}>
          Back to the workbench
        </button>
      </div>
    </section>
  );
}
