// The passphrase dialogs: protect (after saying plainly that a lost passphrase means lost data, with
// an offer to back up first), change and remove. Focus stays inside; Escape cancels; focus returns.
import {
  useLayoutEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { dialogKeyDown } from '../../ui/focusTrap';
import { showDialog } from '../../ui/showDialog';
import { backupBeforeChange, changePassphrase, protect, removeProtection } from './lockQueries';
import { MIN_PASSPHRASE } from '../../../../src-main/shared/lock/lock';
import { notify } from '../../workbench/store';
import { strengthHint } from './lockActions';
import './lock.css';

export type DialogMode = 'protect' | 'change' | 'remove';

/** `note`: a first paragraph saying why this dialog opened (e.g. Protect offered in place of Change). */
export function passphraseDialog(mode: DialogMode, note?: string): Promise<boolean> {
  return showDialog<boolean>((settle) => (
    <PassphraseDialog mode={mode} note={note} onSettle={settle} />
  ));
}

const TITLES: Record<DialogMode, string> = {
  protect: 'Protect the journal with a passphrase',
  change: 'Change the passphrase',
  remove: 'Remove passphrase protection',
};

function PassphraseDialog({
  mode,
  note,
  onSettle,
}: {
  mode: DialogMode;
  note?: string;
  onSettle: (done: boolean) => void;
}) {
  const titleId = useId();
  const ids = { current: useId(), next: useId(), again: useId(), hint: useId(), error: useId() };
  const box = useRef<HTMLFormElement>(null);
  const [warned, setWarned] = useState(mode !== 'protect');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // In the same commit as the dialog: a keystroke typed at once must not reach the opener.
  useLayoutEffect(() => {
    box.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, [warned]);

  const onKeyDown = (e: KeyboardEvent) => dialogKeyDown(e, box.current, () => onSettle(false));

  const backUpFirst = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const info = await backupBeforeChange({});
      notify('info', `Backup taken: ${info.name}. It will be encrypted together with the journal.`);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The backup failed.');
    } finally {
      setBusy(false);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (mode !== 'remove' && next !== again) {
      setError('The two passphrases are not the same.');
      return;
    }
    if (mode !== 'remove' && next.length < MIN_PASSPHRASE) {
      setError(`Use at least ${MIN_PASSPHRASE} characters.`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (mode === 'protect') await protect({ passphrase: next });
      else if (mode === 'change') await changePassphrase({ current, next });
      else await removeProtection({ passphrase: current });
      notify(
        'info',
        mode === 'remove'
          ? 'The journal is no longer encrypted.'
          : 'The journal is encrypted with your passphrase.',
      );
      onSettle(true);
    } catch (err) {
      setBusy(false);
      setError(err instanceof Error ? err.message : 'That did not work.');
      box.current?.querySelector<HTMLElement>('input')?.focus();
    }
  };

  const field = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    describedBy?: string,
  ) => (
    <div className="lock-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete="off"
        value={value}
        onChange={(e) => set(e.target.value)}
        aria-describedby={describedBy}
      />
    </div>
  );

  return (
    <div className="lock-backdrop">
      <form
        ref={box}
        className="lock-card"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
        onSubmit={submit}
      >
        <h2 id={titleId}>{TITLES[mode]}</h2>
        {!warned ? (
          <>
            {note && <p>{note}</p>}
            <p>
              Ladder will encrypt the whole journal, its search index and its backups with your
              passphrase. There is no back door: if you lose the passphrase, nobody can open the
              journal again, not even with the backups.
            </p>
            <p>You can take a backup now, before anything changes.</p>
            <div className="lock-buttons">
              <button type="button" className="lock-button" onClick={() => onSettle(false)}>
                Cancel
              </button>
              {/* aria-disabled, not disabled: a disabled button drops the focus out of the dialog. */}
              <button
                type="button"
                className="lock-button"
                aria-disabled={busy}
                onClick={() => void backUpFirst()}
              >
                Back Up Now
              </button>
              <button
                type="button"
                className="lock-button lock-button--primary"
                onClick={() => setWarned(true)}
              >
                I Understand, Continue
              </button>
            </div>
            {error && (
              <p className="lock-error" role="alert">
                {error}
              </p>
            )}
          </>
        ) : (
          <>
            {mode !== 'protect' && field(ids.current, 'Current passphrase', current, setCurrent)}
            {mode !== 'remove' && field(ids.next, 'New passphrase', next, setNext, ids.hint)}
            {mode !== 'remove' && field(ids.again, 'New passphrase again', again, setAgain)}
            {mode !== 'remove' && (
              <p id={ids.hint} className="lock-hint" aria-live="polite">
                {strengthHint(next)}
              </p>
            )}
            {mode === 'remove' && (
              <p>The journal and its backups will be stored without encryption again.</p>
            )}
            {error && (
              <p id={ids.error} className="lock-error" role="alert">
                {error}
              </p>
            )}
            <div className="lock-buttons">
              <button type="button" className="lock-button" onClick={() => onSettle(false)}>
                Cancel
              </button>
              <button type="submit" className="lock-button lock-button--primary" disabled={busy}>
                {mode === 'protect'
                  ? 'Encrypt'
                  : mode === 'change'
                    ? 'Change Passphrase'
                    : 'Remove Protection'}
              </button>
            </div>
          </>
        )}
      </form>
    </div>
  );
}
