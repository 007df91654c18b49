// A follow-up probe as a turn of its own: the "Follow-up" label with the question it follows in small
// print (and, once answered, why it was asked), and the views of a probe the ask and review screens
// show in place of a question. The turn itself (countdown, answer box, keys, grades) is theirs.
import type {
  RehearsalQuestion,
  SessionAnswer,
  SessionProbe,
} from '../../../../src-main/shared/rehearsal/rehearsal';
import type {
  AnswerRecord,
  ProbeRecord,
} from '../../../../src-main/shared/rehearsal/rehearsalEngine';
import { probeWhy, type ProbeSource } from '../../../../src-main/shared/rehearsal/probeTurns';

export interface ProbeTurnInfo {
  /** The question it follows. */
  parentText: string;
  reason: ProbeSource;
  /** The place of that question, 0-based. */
  position: number;
  total: number;
}

/** The lines above a follow-up: which turn it is and what it follows; `showWhy` after it is answered. */
export function ProbeTurnHeader({ info, showWhy }: { info: ProbeTurnInfo; showWhy: boolean }) {
  return (
    <div className="rehearsal-turn">
      <p className="rehearsal-progress">
        Follow-up · question {info.position + 1} of {info.total}
      </p>
      <p className="rehearsal-turn__parent">
        <span className="rehearsal-muted">Following up on: </span>
        {info.parentText}
      </p>
      {showWhy && (
        <p className="rehearsal-turn__why rehearsal-muted">
          Why it was asked: {probeWhy(info.reason)}
        </p>
      )}
    </div>
  );
}

/** The probe in the place of a question: its words are asked, the prepared answer still helps. */
export function probeAsQuestion(question: RehearsalQuestion, text: string): RehearsalQuestion {
  return { ...question, text };
}

/** The probe's answer in the shape the review screen reads. */
export function probeAsAnswerRecord(probe: ProbeRecord): AnswerRecord {
  return { ...probe, followUp: null, followUpReason: null };
}

/** The saved probe as the review reads a saved answer: its notes, once the analyser has them. */
export function probeAsSaved(
  parent: SessionAnswer | undefined,
  probe: SessionProbe | null | undefined,
): SessionAnswer | undefined {
  if (!parent || !probe?.feedback || probe.timeMs === null) return undefined;
  return { ...parent, answer: probe.answer, feedback: probe.feedback, grade: probe.grade };
}
