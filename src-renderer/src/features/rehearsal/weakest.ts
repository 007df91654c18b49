// Which answers need the most work: lowest grade first, then the longest time, then untimed ones.
import type { SessionAnswer } from '../../../../src-main/shared/rehearsal/rehearsal';
import { GRADE_ORDER } from './format';

function gradeRank(answer: SessionAnswer): number {
  // An ungraded answer ranks with "Again": the user did not claim it went well.
  return answer.grade ? GRADE_ORDER.indexOf(answer.grade) : 0;
}

export function weakestAnswers(answers: readonly SessionAnswer[], count = 3): SessionAnswer[] {
  return [...answers]
    .sort(
      (a, b) =>
        gradeRank(a) - gradeRank(b) ||
        Number(b.timedOut) - Number(a.timedOut) ||
        b.timeMs - a.timeMs ||
        a.position - b.position,
    )
    .slice(0, count);
}

/** An answer graded Good or Easy within its time is not weak: it never fills a "practise next" slot. */
export function isWeakAnswer(answer: SessionAnswer): boolean {
  return (
    answer.timedOut || answer.grade === null || answer.grade === 'again' || answer.grade === 'hard'
  );
}

/** The summary's "practise these next": the weakest three among the answers that are weak at all. */
export function answersToPractise(answers: readonly SessionAnswer[], count = 3): SessionAnswer[] {
  return weakestAnswers(answers.filter(isWeakAnswer), count);
}
