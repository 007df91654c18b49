// What shows instead of the workbench when the journal is not open: the unlock screen for a
// protected journal, a plain account of a damaged (or missing, or empty) one with the way out, or why
// it cannot be opened right now. Nothing else renders.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { restoreNewestBackup, startEmpty, unlock } from './lockQueries';
import type { AppState } from '../../../../src-main/shared/lock/lock';
import { NoAccessScreen } from './NoAccessScreen';
import { UnavailableScreen } from './UnavailableScreen';
import './lock.css';

/** `'no-access'`: browser mode refused this tab's token, so nothing of the journal can be read. */
export function StartScreen({ state }: { state: AppState | 'no-access' }) {
  return (
    <main className="lock-screen">
      {state === 'no-access' ? (
        <NoAccessScreen />
      ) : state.state === 'damaged' ? (
        <DamagedScreen state={state} />
      ) : state.state === 'unavailable' && state.unavailable ? (
        <UnavailableScreen info={state.unavailable} />
      ) : (
        <UnlockScreen />
      )}
    </main>
  );
}

/** The heading and the account of what was found, for a damaged, a missing or an empty journal file. */
function whatWasFound(state: AppState): { title: string; account: ReactNode } {
  const found = state.damaged?.found ?? 'damaged';
  if (found === 'missing') {
    return {
      title: 'Your journal file is missing',
      account:
        'Ladder found backups of your journal (or a file it kept aside earlier), but no journal file. It did not start ' +
        'a new, empty journal in its place: choose below.',
    };
  }
  if (found === 'empty') {
    return {
      title: 'Your journal file is empty',
      account:
        'The journal file holds nothing, while backups of your journal exist. Ladder left the empty file as it is and did ' +
        'not start a new journal over it: choose below.',
    };
  }
  return {
    title: 'Your journal file is damaged',
    account: (
      <>
        When Ladder opened the journal, its check of the file found damage. Ladder did not change or
        delete it: the file was kept beside the journal as{' '}
        <strong>{state.damaged?.keptAs ?? 'a separate file'}</strong>.
      </>
    ),
  };
}

function UnlockScreen() {
  const id = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => input.current?.focus(), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!passphrase) return;
    setBusy(true);
    try {
      await unlock({ passphrase });
      window.location.reload();
    } catch (err) {
      const code = (err as { code?: string }).code;
      setError(
        code === 'wrong-passphrase'
          ? 'Wrong passphrase. Try again.'
          : err instanceof Error
            ? err.message
            : 'Ladder could not unlock.',
      );
      setPassphrase('');
      setBusy(false);
      input.current?.focus();
    }
  };

  return (
    <form className="lock-card" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Ladder is locked</h1>
      <p>Your journal is encrypted. Enter its passphrase to open it.</p>
      <div className="lock-field">
        <label htmlFor={id}>Passphrase</label>
        <input
          ref={input}
          id={id}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
      </div>
      {error && (
        <p id={errorId} className="lock-error" role="alert">
          {error}
        </p>
      )}
      <div className="lock-buttons">
        <button type="submit" className="lock-button lock-button--primary" disabled={busy}>
          Unlock
        </button>
      </div>
    </form>
  );
}

function DamagedScreen({ state }: { state: AppState }) {
  const id = useId();
  const first = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);
  const backup = state.damaged?.newestBackup ?? null;
  const passedOver = state.damaged?.passedOver ?? [];
  const found = whatWasFound(state);
  useEffect(() => first.current?.focus(), []);

  const run = async (channel: 'app.restoreNewestBackup' | 'app.startEmpty') => {
    try {
      await (channel === 'app.restoreNewestBackup' ? restoreNewestBackup : startEmpty)({});
      window.location.reload();
    } catch (err) {
      setError(err instanceof Error ? err.message : 'That did not work.');
    }
  };

  return (
    <section className="lock-card" aria-labelledby={id}>
      <h1 id={id}>{found.title}</h1>
      <p>{found.account}</p>
      <p>
        {backup
          ? `The newest sound backup is from ${new Date(backup.takenAt).toLocaleString()}.`
          : 'There is no sound backup to restore.'}
      </p>
      {passedOver.length > 0 && (
        <>
          <p>
            {passedOver.length === 1
              ? 'A newer backup was passed over:'
              : `${passedOver.length} newer backups were passed over:`}
          </p>
          <ul className="lock-passed-over">
            {passedOver.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
          <p>
            {passedOver.length === 1 ? 'It stays' : 'They stay'} in the backups folder: once the
            journal is open again, you can restore {passedOver.length === 1 ? 'it' : 'them'} as
            said.
          </p>
        </>
      )}
      {error && (
        <p className="lock-error" role="alert">
          {error}
        </p>
      )}
      <div className="lock-buttons">
        {backup && (
          <button
            ref={first}
            type="button"
            className="lock-button lock-button--primary"
            onClick={() => void run('app.restoreNewestBackup')}
          >
            Restore the backup from{' '}
            {new Date(backup.takenAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}
          </button>
        )}
        <button
          ref={backup ? undefined : first}
          type="button"
          className="lock-button"
          onClick={() => void run('app.startEmpty')}
        >
          Start with an empty journal
        </button>
      </div>
    </section>
  );
}
