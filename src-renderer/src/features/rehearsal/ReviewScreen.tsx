// After an answer (to a question or to its follow-up): what was typed beside the prepared answer and
// evidence, the analyser's notes, and the self-rating that moves on.
import { useEffect, useRef } from 'react';
import type { Grade } from '../../../../src-main/shared/questions/questionBank';
import type {
  RehearsalQuestion,
  SessionAnswer,
} from '../../../../src-main/shared/rehearsal/rehearsal';
import type { AnswerRecord } from '../../../../src-main/shared/rehearsal/rehearsalEngine';
import { EvidenceList } from './EvidenceList';
import { FeedbackNotes } from './FeedbackNotes';
import { clockText } from './format';
import { GRADED_KEYS, GradeStep } from './GradeStep';
import { KeyLegend } from './KeyLegend';
import { RehearsalExtras } from '../../workbench/rehearsalExtras';
import { ProbeTurnHeader, type ProbeTurnInfo } from './ProbeTurn';

export interface ReviewScreenProps {
  sessionId: string;
  question: RehearsalQuestion;
  record: AnswerRecord;
  saved: SessionAnswer | undefined;
  total: number;
  timeBoxMs: number;
  onGrade: (grade: Grade) => void;
  onUndoGrade: () => void;
  onNext: () => void;
  onLeave: () => void;
  /** Set when the turn reviewed is a follow-up: `question` and `record` are then the probe's. */
  probe?: ProbeTurnInfo;
  /** Where this turn's recording is kept (the question's place unless a probe). */
  audioPlace?: number;
}

const REVIEW_KEYS: [string, string][] = [
  ['1', 'Again'],
  ['2', 'Hard'],
  ['3', 'Good'],
  ['4', 'Easy'],
  ['Escape', 'Leave the rehearsal'],
];

export function ReviewScreen({
  sessionId,
  question,
  record,
  saved,
  total,
  timeBoxMs,
  onGrade,
  onUndoGrade,
  onNext,
  onLeave,
  probe,
  audioPlace,
}: ReviewScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [record.position, probe]);
  const timing = record.timedOut ? 'time ran out' : `answered in ${clockText(record.elapsedMs)}`;
  return (
    <section className="rehearsal-review" aria-labelledby="rehearsal-review-title">
      {probe ? (
        <>
          <ProbeTurnHeader info={probe} showWhy />
          <p className="rehearsal-progress">{timing}</p>
        </>
      ) : (
        <p className="rehearsal-progress">
          Question {record.position + 1} of {total} · {timing}
        </p>
      )}
      <h2
        id="rehearsal-review-title"
        ref={heading}
        tabIndex={-1}
        className="rehearsal-question rehearsal-question--small"
      >
        {question.text}
      </h2>
      {record.timedOut && (
        <p className="rehearsal-muted">The time box ran out; the answer was saved as it stood.</p>
      )}
      <div className="rehearsal-compare">
        <div className="rehearsal-compare__side">
          <h3>Your answer</h3>
          <p className="rehearsal-pre">{record.answer.trim() || 'Nothing typed.'}</p>
          <RehearsalExtras
            slot="answer-review"
            sessionId={sessionId}
            questionId={question.id}
            position={audioPlace ?? record.position}
            phase="review"
            timeBoxMs={timeBoxMs}
          />
        </div>
        <div className="rehearsal-compare__side">
          <h3>Prepared answer</h3>
          <p className="rehearsal-pre">
            {question.preparedAnswer ||
              'No prepared answer yet. Write one in the conversation to compare next time.'}
          </p>
          {question.tip && (
            <p className="rehearsal-muted">What a strong answer holds: {question.tip}</p>
          )}
          <h4>Evidence</h4>
          <EvidenceList ids={question.evidenceIds} />
        </div>
      </div>
      <h3>Notes on this answer</h3>
      {saved ? (
        <FeedbackNotes notes={saved.feedback.notes} />
      ) : (
        <p className="rehearsal-muted">Saving and reading the answer…</p>
      )}
      <GradeStep
        questionId={question.id}
        position={record.position}
        graded={record.grade}
        last={record.position + 1 >= total}
        onGrade={onGrade}
        onUndo={onUndoGrade}
        onNext={onNext}
        followUpNext={!probe && !!record.followUp}
        probeOf={probe ? sessionId : undefined}
      />
      <div className="rehearsal-actions">
        <button type="button" className="ladder-button" onClick={onLeave}>
          Leave rehearsal
        </button>
      </div>
      <KeyLegend keys={record.grade ? GRADED_KEYS : REVIEW_KEYS} />
    </section>
  );
}
