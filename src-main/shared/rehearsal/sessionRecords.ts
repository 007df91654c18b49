// A stored session as the engine's records: each saved answer, with the follow-up it drew when that
// was asked as a turn, and each follow-up already answered. Used to take a session up again.
import type { AnswerRecord, ProbeRecord } from './rehearsalEngine';
import type { SessionAnswer, SessionProbe } from './rehearsal';

export function answerRecord(a: SessionAnswer): AnswerRecord {
  return {
    questionId: a.questionId,
    position: a.position,
    answer: a.answer,
    elapsedMs: a.timeMs,
    timedOut: a.timedOut,
    revealed: a.revealed,
    // Only a follow-up stored as a turn is asked again; older answers kept theirs as one line.
    followUp: a.probe?.text ?? null,
    followUpReason: a.probe?.reason ?? null,
    grade: a.grade,
    startedAtWall: a.startedAt,
    endedAtWall: a.endedAt,
  };
}

/** The follow-up's answer as the engine keeps it; null while it has not been answered. */
export function probeRecord(p: SessionProbe): ProbeRecord | null {
  if (p.timeMs === null) return null;
  return {
    questionId: p.questionId,
    position: p.position,
    text: p.text,
    reason: p.reason,
    answer: p.answer,
    elapsedMs: p.timeMs,
    timedOut: p.timedOut,
    revealed: p.revealed,
    grade: p.grade,
    startedAtWall: p.startedAt ?? p.endedAt ?? 0,
    endedAtWall: p.endedAt ?? p.startedAt ?? 0,
  };
}

export function sessionRecords(answers: readonly SessionAnswer[]): {
  answers: AnswerRecord[];
  probes: ProbeRecord[];
} {
  return {
    answers: answers.map(answerRecord),
    probes: answers.flatMap((a) => {
      const p = a.probe && probeRecord(a.probe);
      return p ? [p] : [];
    }),
  };
}
