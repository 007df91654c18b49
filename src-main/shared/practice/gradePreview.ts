// What each grade button would schedule, as Anki shows it: "Again 1 min … Easy 8 days". The
// intervals come from the same FSRS scheduling the grade applies (core/practice/fsrsScheduling.ts).
import type { Grade } from '../questions/questionBank';

export interface GradePreview {
  questionId: string;
  /** Milliseconds from now until the question is due again, if given each grade now. */
  intervals: Record<Grade, number>;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** One decimal below ten ("1.5 mo"), none above or when whole ("3 mo", "12 mo"). */
function amount(n: number): string {
  const r = n < 10 ? Math.round(n * 10) / 10 : Math.round(n);
  return String(r);
}

/** A short interval for a grade button: "1 min", "10 min", "5 h", "1 day", "8 days", "3 mo", "1.2 yr". */
export function intervalText(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))} min`;
  if (ms < DAY) return `${Math.round(ms / HOUR)} h`;
  if (ms < MONTH) {
    const days = Math.round(ms / DAY);
    return `${days} day${days === 1 ? '' : 's'}`;
  }
  if (ms < YEAR) return `${amount(ms / MONTH)} mo`;
  return `${amount(ms / YEAR)} yr`;
}
