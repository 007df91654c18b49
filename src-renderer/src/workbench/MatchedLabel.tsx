// A row's label with the letters the typed words matched marked, as VS Code's quick open does. Plain
// spans (no <mark>, which some screen readers announce): the row's accessible name stays its text.
import type { ReactNode } from 'react';
import type { MatchRange } from '../../../src-main/shared/journal/matchRanges';

export function MatchedLabel({ text, ranges }: { text: string; ranges: readonly MatchRange[] }) {
  if (ranges.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <span key={start} className="quick-item-match">
        {text.slice(start, end)}
      </span>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
