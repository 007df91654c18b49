// A small modal form (a title, one line of explanation, fields, Cancel and a submit button), as the
// dialogs mounted by showDialog use it: Escape, a click outside and Cancel all cancel; Tab stays inside.
import { useId, useRef, type FormEvent, type ReactNode, type Ref } from 'react';
import { dialogKeyDown } from './focusTrap';

interface Props {
  title: string;
  hint: ReactNode;
  submitLabel: string;
  submitDisabled?: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

export function FormDialog({
  title,
  hint,
  submitLabel,
  submitDisabled,
  onSubmit,
  onCancel,
  children,
}: Props) {
  const titleId = useId();
  const hintId = useId();
  const dialog = useRef<HTMLFormElement>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <div
      className="ladder-dialog-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && onCancel()}
    >
      <form
        ref={dialog}
        className="ladder-dialog ladder-conv-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={hintId}
        onKeyDown={(e) => dialogKeyDown(e, dialog.current, onCancel)}
        onSubmit={submit}
      >
        <h2 id={titleId} className="ladder-dialog__title">
          {title}
        </h2>
        <p id={hintId}>{hint}</p>
        {children}
        <div className="ladder-dialog__buttons">
          <button type="button" className="ladder-button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="submit"
            className="ladder-button ladder-button--primary"
            disabled={submitDisabled}
          >
            {submitLabel}
          </button>
        </div>
      </form>
    </div>
  );
}

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  placeholder?: string;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** One labelled line of text in a FormDialog, its direction following what is typed. */
export function FormField({
  label,
  value,
  onChange,
  maxLength,
  placeholder,
  required,
  inputRef,
}: FieldProps) {
  return (
    <label className="ladder-field">
      <span>{label}</span>
      <input
        ref={inputRef}
        className="ladder-input"
        value={value}
        dir="auto"
        required={required}
        maxLength={maxLength}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
