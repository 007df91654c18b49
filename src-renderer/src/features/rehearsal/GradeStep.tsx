// Rating an answer, as Anki does: each grade button says when the question comes back if given that
// grade (read from the same FSRS step the grade applies), and a grade can be taken back until the
// next question is shown.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { intervalText, type GradePreview } from '../../../../src-main/shared/practice/gradePreview';
import type { Grade } from '../../../../src-main/shared/questions/questionBank';
import { GRADE_LABELS, GRADE_ORDER } from './format';
import { gradePreviewRead, probePreviewRead } from './rehearsalQueries';
import './practiceControls.css';

const GRADE_HINTS: Record<Grade, string> = {
  again: 'I could not answer it',
  hard: 'Got there, with effort',
  good: 'A sound answer',
  easy: 'Confident and crisp',
};

/** The keys once an answer is graded, for the key legend. */
export const GRADED_KEYS: [string, string][] = [
  ['Enter', 'Go on'],
  ['U', 'Undo the grade (also Ctrl+Z)'],
  ['Escape', 'Leave the rehearsal'],
];

/** What a key does once an answer is graded: undo (U, Ctrl+Z), go on (Enter), or nothing. */
export function gradedKey(e: KeyboardEvent): 'undo' | 'next' | null {
  const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
  if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'z')
    return 'undo';
  if (plain && !e.shiftKey && e.key.toLowerCase() === 'u') return 'undo';
  // On a button, Enter presses that button.
  if (plain && e.key === 'Enter' && !(e.target instanceof HTMLButtonElement)) return 'next';
  return null;
}

/**
 * The intervals each grade would schedule now, read once per turn shown. A follow-up's grade joins
 * its question's (the lower counts), so its buttons show the question's interval for that pair.
 */
function useGradePreview(
  questionId: string,
  position: number,
  probeOf: string | undefined,
): GradePreview | null {
  const [preview, setPreview] = useState<GradePreview | null>(null);
  useEffect(() => {
    let live = true;
    setPreview(null);
    const read = probeOf
      ? probePreviewRead.fresh({ sessionId: probeOf, position })
      : gradePreviewRead.fresh({ questionId });
    // Without the schedule the buttons still grade; they only lack their intervals.
    read.then(
      (p) => live && setPreview(p),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [questionId, position, probeOf]);
  return preview;
}

export interface GradeStepProps {
  questionId: string;
  position: number;
  /** The grade given to this answer, once given; null while it waits for one. */
  graded: Grade | null;
  /** The last question of the rehearsal: going on shows the summary. */
  last: boolean;
  /** A follow-up was drawn by this answer: going on asks it. */
  followUpNext?: boolean;
  onGrade: (grade: Grade) => void;
  onUndo: () => void;
  onNext: () => void;
  /** On a follow-up turn: the session, whose question's schedule the follow-up's grade joins. */
  probeOf?: string;
}

export function GradeStep(props: GradeStepProps) {
  const preview = useGradePreview(props.questionId, props.position, props.probeOf);
  const next = useRef<HTMLButtonElement>(null);
  const buttons = useRef<Partial<Record<Grade, HTMLButtonElement | null>>>({});
  const shown = useRef<Grade | null>(null);
  // Graded: Enter on the focused Next goes on. Undone: back on the grade that was taken back.
  useEffect(() => {
    const undone = shown.current;
    shown.current = props.graded;
    if (props.graded) next.current?.focus();
    else if (undone) buttons.current[undone]?.focus();
  }, [props.graded]);

  if (props.graded) {
    const interval = preview?.intervals[props.graded];
    return (
      <div className="rehearsal-graded" role="group" aria-label="Graded">
        <p role="status">
          Rated {GRADE_LABELS[props.graded]}
          {interval !== undefined ? `: next practice in ${intervalText(interval)}.` : '.'}
        </p>
        <div className="rehearsal-actions">
          <button
            type="button"
            className="ladder-button"
            aria-keyshortcuts="U Control+Z"
            onClick={props.onUndo}
          >
            Undo grade
          </button>
          <button
            ref={next}
            type="button"
            className="ladder-button ladder-button--primary"
            aria-keyshortcuts="Enter"
            onClick={props.onNext}
          >
            {props.followUpNext
              ? 'On to the follow-up'
              : props.last
                ? 'See the summary'
                : 'Next question'}
          </button>
        </div>
      </div>
    );
  }
  return (
    <fieldset className="rehearsal-grades">
      <legend>
        How did that go? Rate it to go on; each grade says when the question comes back.
      </legend>
      {GRADE_ORDER.map((g, i) => {
        const interval = preview?.intervals[g];
        return (
          <button
            key={g}
            ref={(el) => {
              buttons.current[g] = el;
            }}
            type="button"
            className="ladder-button rehearsal-grade"
            aria-keyshortcuts={String(i + 1)}
            onClick={() => props.onGrade(g)}
          >
            <span className="rehearsal-grade__head">
              <span>
                <span className="rehearsal-grade__key" aria-hidden="true">
                  {i + 1}
                </span>{' '}
                {GRADE_LABELS[g]}
              </span>
              {interval !== undefined && (
                <span className="rehearsal-grade__interval">{intervalText(interval)}</span>
              )}
            </span>
            <span className="rehearsal-grade__hint">{GRADE_HINTS[g]}</span>
          </button>
        );
      })}
    </fieldset>
  );
}
