// A 1-5 self-rating as a radio group. Every save becomes a permanent history entry, so arrows
// and Home/End only move the selection; the choice is saved once the person settles (a pause
// or focus leaving). A click, Space/Enter (a click on a button) or a digit saves at once.
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

/** How long the selection must rest before an arrow-key choice is saved. */
const SETTLE_MS = 800;

interface Props {
  name: string;
  value: number | null;
  onRate: (rating: number) => void;
  /** Whether picking the already-saved value on purpose saves it again (e.g. to record a note). */
  allowSameRating?: boolean;
}

export function RatingControl({ name, value, onRate, allowSameRating = false }: Props) {
  const group = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState(value);
  // Refs, not state: key presses faster than a re-render must build on the previous press.
  const current = useRef(value);
  const saved = useRef(value);
  const pending = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The timer and the unmount cleanup must call the latest onRate (it closes over the note).
  const latest = useRef({ onRate, allowSameRating });
  useEffect(() => {
    latest.current = { onRate, allowSameRating };
  });

  const select = (n: number) => {
    current.current = n;
    setSelected(n);
  };

  const commit = (explicit: boolean) => {
    clearTimeout(timer.current);
    const n = pending.current;
    pending.current = null;
    if (n === null) return;
    if (n === saved.current && !(explicit && latest.current.allowSameRating)) return;
    saved.current = n;
    latest.current.onRate(n);
  };
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });

  // Picks up ratings saved elsewhere, unless the person is mid-choice here.
  useEffect(() => {
    saved.current = value;
    if (pending.current === null) {
      current.current = value;
      setSelected(value);
    }
  }, [value]);

  // Unmounting with a choice still waiting saves it rather than losing it.
  useEffect(() => () => commitRef.current(false), []);

  const pick = (n: number) => {
    select(n);
    pending.current = n;
    commit(true);
  };

  const move = (n: number) => {
    select(n);
    pending.current = n;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => commitRef.current(false), SETTLE_MS);
    group.current?.querySelector<HTMLElement>(`[data-rating="${n}"]`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (/^[1-5]$/.test(e.key)) {
      e.preventDefault();
      pick(Number(e.key));
      group.current?.querySelector<HTMLElement>(`[data-rating="${e.key}"]`)?.focus();
      return;
    }
    // Unrated, the step starts from the focused star (the "1" that holds the Tab stop).
    const from = current.current ?? (Number((e.target as HTMLElement).dataset.rating) || 0);
    const next =
      e.key === 'ArrowRight' || e.key === 'ArrowUp'
        ? from + 1
        : e.key === 'ArrowLeft' || e.key === 'ArrowDown'
          ? from - 1
          : e.key === 'Home'
            ? 1
            : e.key === 'End'
              ? 5
              : null;
    if (next === null) return;
    e.preventDefault();
    move(Math.min(5, Math.max(1, next)));
  };

  const onBlur = (e: FocusEvent) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) commit(false);
  };

  return (
    <div
      ref={group}
      role="radiogroup"
      aria-label={`Rate ${name}`}
      className="ladder-rating"
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      {[1, 2, 3, 4, 5].map((n) => (
        <button
          key={n}
          type="button"
          role="radio"
          data-rating={n}
          aria-checked={selected === n}
          aria-label={`${n} of 5`}
          tabIndex={selected === n || (selected === null && n === 1) ? 0 : -1}
          className="ladder-rating__option"
          onClick={() => pick(n)}
        >
          {n}
        </button>
      ))}
    </div>
  );
}
