// The deadline rule of spaced practice: a question tied to a scheduled conversation is due at
// least once in the two days before the meeting, whatever FSRS would say.
export const DEADLINE_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/**
 * The due time to use for a question, given its FSRS due (null when never practised), when it was
 * last practised, the meeting's start and now, all in epoch ms.
 */
export function deadlineDue(
  due: number | null,
  lastReview: number | null,
  meeting: number,
  now: number,
): number | null {
  if (now >= meeting) return due;
  const windowStart = meeting - DEADLINE_WINDOW_MS;
  if (lastReview !== null && lastReview >= windowStart) return due;
  if (due !== null && due <= windowStart) return due;
  return Math.max(now, windowStart);
}
