// Shown where a save was refused for good: the record was changed in another tab or window, or
// deleted there. The person's unsaved text stays in view (and can be copied) until they choose what
// to keep; nothing is sent meanwhile. Announced as an alert, reachable and usable from the keyboard.
import { useId, useState } from 'react';
import { copyText } from './clipboard';

export interface FieldChange {
  label: string;
  theirs: string;
  mine: string;
}

export interface SaveProblem {
  kind: 'conflict' | 'gone';
  /** What the record is, as a sentence starts: "This conversation", "This agenda item". */
  what: string;
  /** Conflict: the fields that differ, theirs (now stored) against mine (unsaved). */
  changes?: FieldChange[];
  /** Everything the person typed, as plain text: kept in view and what Copy copies. */
  mine: string;
}

export interface SaveProblemActions {
  onUseMine?: () => void;
  onKeepTheirs?: () => void;
  onSaveAsNew?: () => void;
  onDiscard?: () => void;
  /** The label of Save as new ("Save as a new item"). */
  saveAsNewLabel?: string;
  /** The label of Keep theirs, where another says it better ("Continue from what was saved"). */
  keepTheirsLabel?: string;
}

export function SaveProblemNotice({
  problem,
  ...actions
}: { problem: SaveProblem } & SaveProblemActions) {
  const ids = useId();
  const [copied, setCopied] = useState<string>('');
  const heading =
    problem.kind === 'conflict'
      ? `${problem.what} was changed in another tab or window.`
      : `${problem.what} was deleted in another tab or window.`;
  const copy = async () =>
    setCopied(
      (await copyText(problem.mine))
        ? 'Copied.'
        : 'Copying was refused: select the text below and copy it.',
    );
  return (
    <section className="save-problem" role="alert" aria-labelledby={`${ids}-heading`}>
      <p id={`${ids}-heading`} className="save-problem__heading">
        <span className="codicon codicon-warning" aria-hidden="true" /> {heading}
      </p>
      <p className="save-problem__hint">
        {problem.kind === 'conflict'
          ? actions.onUseMine
            ? 'Your text was not saved over that change. It is kept below: choose which version to keep.'
            : 'Your text was not saved over that change. It is kept below to copy.'
          : 'Your text was not saved. It is kept below: copy it, or save it as a new one.'}
      </p>
      {problem.changes && problem.changes.length > 0 && (
        <dl className="save-problem__changes" aria-label="What differs">
          {problem.changes.map((c) => (
            <div key={c.label} className="save-problem__change">
              <dt>{c.label}</dt>
              <dd>
                <span className="save-problem__side">Theirs:</span> {c.theirs || '(empty)'}
              </dd>
              <dd>
                <span className="save-problem__side">Yours:</span> {c.mine || '(empty)'}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <label className="save-problem__mine">
        <span>Your unsaved text</span>
        <textarea
          className="ladder-input"
          readOnly
          rows={Math.min(8, Math.max(2, problem.mine.split('\n').length))}
          value={problem.mine}
        />
      </label>
      <div className="save-problem__buttons">
        <button type="button" className="ladder-button" onClick={() => void copy()}>
          Copy my text
        </button>
        {actions.onUseMine && (
          <button
            type="button"
            className="ladder-button ladder-button--primary"
            onClick={actions.onUseMine}
          >
            Use mine
          </button>
        )}
        {actions.onKeepTheirs && (
          <button type="button" className="ladder-button" onClick={actions.onKeepTheirs}>
            {actions.keepTheirsLabel ?? 'Keep theirs'}
          </button>
        )}
        {actions.onSaveAsNew && (
          <button
            type="button"
            className="ladder-button ladder-button--primary"
            onClick={actions.onSaveAsNew}
          >
            {actions.saveAsNewLabel ?? 'Save as new'}
          </button>
        )}
        {actions.onDiscard && (
          <button type="button" className="ladder-button" onClick={actions.onDiscard}>
            Discard my text
          </button>
        )}
        <span className="save-problem__status" aria-live="polite">
          {copied}
        </span>
      </div>
    </section>
  );
}
