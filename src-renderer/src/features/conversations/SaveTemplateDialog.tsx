// Asks for the name (and an optional description) of a template saved from a conversation.
import { useLayoutEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { dialogKeyDown } from '../../ui/focusTrap';
import { showDialog } from '../../ui/showDialog';

export interface TemplateDetails {
  name: string;
  description?: string;
}

/** The limits of `templates.saveFromConversation`, so the form never sends what it would refuse. */
const NAME_MAX = 200;
const DESCRIPTION_MAX = 2000;

/** Resolves with the answers, or null on Cancel, Escape or a click outside. */
export function askTemplateDetails(defaultName: string): Promise<TemplateDetails | null> {
  return showDialog<TemplateDetails | null>((settle) => <SaveTemplateDialog defaultName={defaultName} onSettle={settle} />);
}

function SaveTemplateDialog({ defaultName, onSettle }: { defaultName: string; onSettle: (value: TemplateDetails | null) => void }) {
  const titleId = useId();
  const hintId = useId();
  const [name, setName] = useState(defaultName.slice(0, NAME_MAX));
  const [description, setDescription] = useState('');
  const dialog = useRef<HTMLFormElement>(null);
  const first = useRef<HTMLInputElement>(null);
  // The suggested name is selected, so typing replaces it and Enter keeps it.
  useLayoutEffect(() => {
    first.current?.focus();
    first.current?.select();
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    const d = description.trim();
    onSettle({ name: name.trim(), ...(d ? { description: d } : {}) });
  };
  const onKeyDown = (e: KeyboardEvent) => dialogKeyDown(e, dialog.current, () => onSettle(null));

  return (
    <div className="ladder-dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onSettle(null)}>
      <form
        ref={dialog}
        className="ladder-dialog ladder-conv-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
        onSubmit={submit}
      >
        <h2 id={titleId} className="ladder-dialog__title">
          Save as template
        </h2>
        <p id={hintId}>
          The template keeps the agenda items with their time boxes and hints, and the anticipated questions. Talking
          points, private notes, prepared answers and evidence stay in this conversation.
        </p>
        <label className="ladder-field">
          <span>Template name</span>
          <input
            ref={first}
            className="ladder-input"
            value={name}
            dir="auto"
            required
            maxLength={NAME_MAX}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="ladder-field">
          <span>Description (optional)</span>
          <input
            className="ladder-input"
            value={description}
            dir="auto"
            maxLength={DESCRIPTION_MAX}
            placeholder="When this template is the right one"
            onChange={(e) => setDescription(e.target.value)}
          />
        </label>
        <div className="ladder-dialog__buttons">
          <button type="button" className="ladder-button" onClick={() => onSettle(null)}>
            Cancel
          </button>
          <button type="submit" className="ladder-button ladder-button--primary" disabled={!name.trim()}>
            Save template
          </button>
        </div>
      </form>
    </div>
  );
}
