// When a question comes up for practice next, in words: "due now", "due in 3 days". Shown beside
// each question in the Questions view, so spaced practice is something a person can see coming.
import { GRADES, type Grade } from '../questions/questionBank';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const GRADE_WORDS: Record<Grade, string> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
};

export interface DueLabel {
  /** For a row: "due now", "due in 3 days". */
  short: string;
  /** For the question itself: "Next practice in 3 days (last rated Good)". */
  long: string;
}

/** Plain words for a span of time ahead: "5 minutes", "3 hours", "1 day", "2 months". */
export function spanText(ms: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (ms < HOUR) return plural(Math.max(1, Math.round(ms / MINUTE)), 'minute');
  if (ms < DAY) return plural(Math.round(ms / HOUR), 'hour');
  if (ms < 60 * DAY) return plural(Math.round(ms / DAY), 'day');
  return plural(Math.round(ms / (30 * DAY)), 'month');
}

/** Null for a question never practised: nothing is scheduled yet. */
export function practiceDue(
  due: number | null,
  lastGrade: Grade | null,
  now: number,
): DueLabel | null {
  if (due === null) return null;
  const rated =
    lastGrade && GRADES.includes(lastGrade) ? ` (last rated ${GRADE_WORDS[lastGrade]})` : '';
  if (due <= now) return { short: 'due now', long: `Due for practice now${rated}` };
  const span = spanText(due - now);
  return { short: `due in ${span}`, long: `Next practice in ${span}${rated}` };
}
