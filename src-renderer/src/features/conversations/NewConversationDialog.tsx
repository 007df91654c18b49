// The small form after a template is chosen: who the conversation is with, and its title.
import { useLayoutEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { dialogKeyDown } from '../../ui/focusTrap';
import { showDialog } from '../../ui/showDialog';

export interface ConversationBasics {
  personName: string;
  title?: string;
}

/** Resolves with the answers, or null on Cancel, Escape or a click outside. */
export function askConversationBasics(): Promise<ConversationBasics | null> {
  // Once created, the conversation's title takes the focus; only a cancel gives it back.
  return showDialog<ConversationBasics | null>((settle) => <BasicsDialog onSettle={settle} />, (value) => value !== null);
}

function BasicsDialog({ onSettle }: { onSettle: (value: ConversationBasics | null) => void }) {
  const titleId = useId();
  const hintId = useId();
  const [personName, setPersonName] = useState('');
  const [title, setTitle] = useState('');
  const dialog = useRef<HTMLFormElement>(null);
  const first = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => first.current?.focus(), []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const t = title.trim();
    onSettle({ personName: personName.trim(), ...(t ? { title: t } : {}) });
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
          New conversation
        </h2>
        <p id={hintId}>Who is it with? You can change both later in the conversation's details.</p>
        <label className="ladder-field">
          <span>With whom (name)</span>
          <input
            ref={first}
            className="ladder-input"
            value={personName}
            dir="auto"
            maxLength={500}
            onChange={(e) => setPersonName(e.target.value)}
          />
        </label>
        <label className="ladder-field">
          <span>Title (optional)</span>
          <input
            className="ladder-input"
            value={title}
            dir="auto"
            maxLength={2000}
            placeholder="Left empty, the kind and the name make the title"
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <div className="ladder-dialog__buttons">
          <button type="button" className="ladder-button" onClick={() => onSettle(null)}>
            Cancel
          </button>
          <button type="submit" className="ladder-button ladder-button--primary">
            Create
          </button>
        </div>
      </form>
    </div>
  );
}
