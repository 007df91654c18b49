// Pure rules of the agenda: reordering, totals, and when removing an item needs a confirmation.
import type { AgendaItem } from '../../../../src-main/shared/conversations/conversations';
import { plainTextFromLexical } from '../../../../src-main/shared/journal/plainText';

/** The list with the item at `from` moved to `to` (both clamped), positions renumbered. */
export function reorder(items: readonly AgendaItem[], from: number, to: number): AgendaItem[] {
  const next = [...items];
  const target = Math.max(0, Math.min(items.length - 1, to));
  const [moved] = next.splice(from, 1);
  if (!moved) return [...items];
  next.splice(target, 0, moved);
  return next.map((item, position) => (item.position === position ? item : { ...item, position }));
}

export function totalMinutes(
  items: readonly AgendaItem[],
  live: Readonly<Record<string, number>>,
): number {
  return items.reduce((sum, item) => sum + (live[item.id] ?? item.minutes), 0);
}

export interface ItemText {
  talkingPoints: string;
  privateNotes: string;
  questions: string;
}

/** Something the user wrote or linked would be lost with the item. */
export function hasContent(text: ItemText, evidenceCount: number): boolean {
  return (
    evidenceCount > 0 ||
    text.privateNotes.trim() !== '' ||
    text.questions.trim() !== '' ||
    plainTextFromLexical(text.talkingPoints).trim() !== ''
  );
}
