// The seam for other features (voice answers) to add controls to the answer screen and to the review.
// A light module: a contribution may import it without pulling the play-through into its chunk.
import type { ComponentType } from 'react';

export interface RehearsalExtraProps {
  sessionId: string;
  questionId: string;
  /** Place of the question in the session, 0-based: the key of its recorded answer. */
  position: number;
  /** 'asking' while the answer is being given; 'review' after it (review screen, summary, history). */
  phase: 'asking' | 'review';
  /** The session's time box per question, for feedback that weighs an answer's length against it. */
  timeBoxMs?: number;
}

export type RehearsalExtraSlot = 'answer-input' | 'answer-review';

const extras: Record<
  RehearsalExtraSlot,
  { id: string; component: ComponentType<RehearsalExtraProps> }[]
> = {
  'answer-input': [],
  'answer-review': [],
};

/** Adds a component under the answer box ('answer-input') or beside a recorded answer ('answer-review'). */
export function registerRehearsalExtra(
  slot: RehearsalExtraSlot,
  id: string,
  component: ComponentType<RehearsalExtraProps>,
): void {
  const list = extras[slot];
  const at = list.findIndex((e) => e.id === id);
  if (at >= 0) list.splice(at, 1);
  list.push({ id, component });
}

export function RehearsalExtras({
  slot,
  ...props
}: RehearsalExtraProps & { slot: RehearsalExtraSlot }) {
  const list = extras[slot];
  if (list.length === 0) return null;
  return (
    <div className={`rehearsal-extras rehearsal-extras--${slot}`}>
      {list.map(({ id, component: Extra }) => (
        <Extra key={id} {...props} />
      ))}
    </div>
  );
}
