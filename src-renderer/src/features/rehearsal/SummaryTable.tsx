// One row per question of a session: time, grade and the analyser's notes; a follow-up asked as a
// turn has its own row under its question.
import { Fragment } from 'react';
import type { RehearsalSession } from '../../../../src-main/shared/rehearsal/rehearsal';
import { FeedbackNotes } from './FeedbackNotes';
import { clockText, gradeText } from './format';
import { RehearsalExtras } from '../../workbench/rehearsalExtras';
import { ProbeSummaryRow } from './ProbeSummaryRow';

export function SummaryTable({
  session,
  showAnswers = false,
}: {
  session: RehearsalSession;
  showAnswers?: boolean;
}) {
  const byPosition = new Map(session.answers.map((a) => [a.position, a]));
  return (
    <table className="rehearsal-table">
      <caption>Each question of this rehearsal</caption>
      <thead>
        <tr>
          <th scope="col">Question</th>
          <th scope="col">Time</th>
          <th scope="col">Grade</th>
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody>
        {session.questions.map((q, position) => {
          const a = byPosition.get(position);
          return (
            <Fragment key={`${position}-${q.id}`}>
              <tr>
                <th scope="row">
                  {q.text}
                  {showAnswers && a && (
                    <>
                      <p className="rehearsal-pre rehearsal-table__answer">
                        {a.answer.trim() || 'Nothing typed.'}
                      </p>
                      <RehearsalExtras
                        slot="answer-review"
                        sessionId={session.id}
                        questionId={q.id}
                        position={position}
                        phase="review"
                        timeBoxMs={session.settings.timeBoxSec * 1000}
                      />
                    </>
                  )}
                </th>
                <td>
                  {a
                    ? `${clockText(a.timeMs)}${a.timedOut ? ' (time ran out)' : ''}`
                    : 'Not reached'}
                </td>
                <td>{a ? gradeText(a.grade) : '—'}</td>
                <td>{a ? <FeedbackNotes notes={a.feedback.notes} compact /> : null}</td>
              </tr>
              {a?.probe && (
                <ProbeSummaryRow
                  sessionId={session.id}
                  probe={a.probe}
                  timeBoxMs={session.settings.timeBoxSec * 1000}
                  showAnswers={showAnswers}
                />
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
