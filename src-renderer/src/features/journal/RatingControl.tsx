// A 1-5 self-rating as a radio group: arrows move and rate, as native radios do.
import { useRef, type KeyboardEvent } from 'react';

interface Props {
  name: string;
  value: number | null;
  onRate: (rating: number) => void;
}

export function RatingControl({ name, value, onRate }: Props) {
  const group = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const delta = e.key === 'ArrowRight' || e.key === 'ArrowUp' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowDown' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = Math.min(5, Math.max(1, (value ?? 0) + delta));
    onRate(next);
    group.current?.querySelector<HTMLElement>(`[data-rating="${next}"]`)?.focus();
  };
  return (
    <div ref={group} role="radiogroup" aria-label={`Rate ${name}`} className="ladder-rating" onKeyDown={onKeyDown}>
      {[1, 2, 3, 4, 5].map((n) => (
        <button
          key={n}
          type="button"
          role="radio"
          data-rating={n}
          aria-checked={value === n}
          aria-label={`${n} of 5`}
          tabIndex={value === n || (value === null && n === 1) ? 0 : -1}
          className="ladder-rating__option"
          onClick={() => onRate(n)}
        >
          {n}
        </button>
      ))}
    </div>
  );
}
