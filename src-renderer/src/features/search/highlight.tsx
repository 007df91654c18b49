// Turns HIT_START/HIT_END markers into <mark> elements, as React text nodes (never as HTML).
import type { ReactNode } from 'react';
import { HIT_END, HIT_START } from '../../../../src-main/shared/domain';

export interface Segment {
  text: string;
  hit: boolean;
}

export function segments(marked: string): Segment[] {
  const out: Segment[] = [];
  let hit = false;
  let buffer = '';
  const push = () => {
    if (buffer) out.push({ text: buffer, hit });
    buffer = '';
  };
  for (const ch of marked) {
    if (ch === HIT_START || ch === HIT_END) {
      push();
      hit = ch === HIT_START;
    } else buffer += ch;
  }
  push();
  return out;
}

/** The first highlighted term, for the editor to scroll to; null when nothing is marked. */
export function firstHit(marked: string): string | null {
  return (
    segments(marked)
      .find((s) => s.hit && s.text.trim())
      ?.text.trim() ?? null
  );
}

export function Highlighted({ text }: { text: string }): ReactNode {
  return segments(text).map((s, i) =>
    s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
  );
}
