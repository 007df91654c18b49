// Small display helpers shared by the play-through, the summary and the history.
import type { Grade } from '../../../../src-main/shared/questions/questionBank';
import type { PlanMode, SessionSummary } from '../../../../src-main/shared/rehearsal/rehearsal';

export const GRADE_LABELS: Record<Grade, string> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
};
export const GRADE_ORDER: readonly Grade[] = ['again', 'hard', 'good', 'easy'];

/** `1:05`, `0:09`: minutes and seconds, rounded up so a countdown never shows 0:00 with time left. */
export function clockText(ms: number, roundUp = false): string {
  const total = Math.max(0, roundUp ? Math.ceil(ms / 1000) : Math.round(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** `2 minutes`, `1 minute 30 seconds`, `15 seconds`: for screen-reader announcements. */
export function spokenDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  if (seconds > 0 || minutes === 0) parts.push(`${seconds} second${seconds === 1 ? '' : 's'}`);
  return parts.join(' ');
}

export function dateTimeText(epochMs: number): string {
  return new Date(epochMs).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function gradeText(grade: Grade | null): string {
  return grade ? GRADE_LABELS[grade] : 'Not graded';
}

// Named after the choices that start a rehearsal, so a past one reads as the person started it.
const SOURCE_TEXT: Record<Exclude<PlanMode, 'conversation'>, string> = {
  surprise: 'Surprise me',
  due: 'Questions due for practice',
  filter: 'Questions by category or step',
};

/** What a past rehearsal practised: its conversation's title, or how it was started. */
export function sessionSourceText(
  s: Pick<SessionSummary, 'mode' | 'conversationId'>,
  conversationTitle: string | null,
): string {
  if (conversationTitle !== null) return conversationTitle;
  if (s.conversationId !== null || s.mode === 'conversation') return 'A removed conversation';
  // Sessions from before the mode was kept.
  return s.mode ? SOURCE_TEXT[s.mode] : 'From the question bank';
}
