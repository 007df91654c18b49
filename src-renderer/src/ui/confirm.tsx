// An accessible confirmation: role="alertdialog", focus kept inside, Escape cancels, focus returns.
import { useLayoutEffect, useId, useRef, type KeyboardEvent } from 'react';
import { dialogKeyDown } from './focusTrap';
import { showDialog } from './showDialog';

export interface ConfirmOptions {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel?: string;
  /** Marks the confirm button as destructive (styling only). */
  danger?: boolean;
}

/** Resolves true when the user confirms; false on cancel, Escape or a click outside. */
export function confirmDialog(options: ConfirmOptions): Promise<boolean> {
  return showDialog<boolean>((settle) => <ConfirmDialog {...options} onSettle={settle} />);
}

function ConfirmDialog(props: ConfirmOptions & { onSettle: (value: boolean) => void }) {
  const titleId = useId();
  const messageId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // The safe choice has focus first: Enter by reflex never destroys anything.
  useLayoutEffect(() => cancel.current?.focus(), []);

  const onKeyDown = (e: KeyboardEvent) =>
    dialogKeyDown(e, dialog.current, () => props.onSettle(false));

  return (
    <div
      className="ladder-dialog-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && props.onSettle(false)}
    >
      <div
        ref={dialog}
        className="ladder-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={messageId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="ladder-dialog__title">
          {props.title}
        </h2>
        <p id={messageId}>{props.message}</p>
        <div className="ladder-dialog__buttons">
          <button
            ref={cancel}
            type="button"
            className="ladder-button"
            onClick={() => props.onSettle(false)}
          >
            {props.cancelLabel ?? 'Cancel'}
          </button>
          <button
            type="button"
            className={`ladder-button ladder-button--primary${props.danger ? ' ladder-button--danger' : ''}`}
            onClick={() => props.onSettle(true)}
          >
            {props.confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
