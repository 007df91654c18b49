// A follow-up's row in a session's table, right under the question it follows: its words, why it was
// asked, time, grade and notes (and, in the history, what was answered and its recording).
import type { SessionProbe } from '../../../../src-main/shared/rehearsal/rehearsal';
import { probeAudioPlace } from '../../../../src-main/shared/rehearsal/probeTurns';
import { RehearsalExtras } from '../../workbench/rehearsalExtras';
import { FeedbackNotes } from './FeedbackNotes';
import { clockText, gradeText } from './format';

export function ProbeSummaryRow({
  sessionId,
  probe,
  timeBoxMs,
  showAnswers,
}: {
  sessionId: string;
  probe: SessionProbe;
  timeBoxMs: number;
  showAnswers: boolean;
}) {
  const answered = probe.timeMs !== null;
  return (
    <tr className="rehearsal-table__probe">
      <th scope="row">
        <span className="rehearsal-turn__label">Follow-up: </span>
        {probe.text}
        <p className="rehearsal-muted rehearsal-turn__why">Why it was asked: {probe.why}</p>
        {showAnswers && answered && (
          <>
            <p className="rehearsal-pre rehearsal-table__answer">
              {probe.answer.trim() || 'Nothing typed.'}
            </p>
            <RehearsalExtras
              slot="answer-review"
              sessionId={sessionId}
              questionId={probe.questionId}
              position={probeAudioPlace(probe.position)}
              phase="review"
              timeBoxMs={timeBoxMs}
            />
          </>
        )}
      </th>
      <td>
        {probe.timeMs !== null
          ? `${clockText(probe.timeMs)}${probe.timedOut ? ' (time ran out)' : ''}`
          : 'Not answered'}
      </td>
      <td>{answered ? gradeText(probe.grade) : '—'}</td>
      <td>{probe.feedback ? <FeedbackNotes notes={probe.feedback.notes} compact /> : null}</td>
    </tr>
  );
}
