// The journal could not be opened for a reason outside the file (a full disk, a permission, a folder
// at its path…): say why in plain words with the system's code, say the file was left alone, and let
// the person try again once they have dealt with the cause. Nothing here changes any file.
import { useEffect, useId, useRef, useState } from 'react';
import { retryOpen } from './lockQueries';
import type { AppState, UnavailableInfo } from '../../../../src-main/shared/lock/lock';

export function UnavailableScreen({ info }: { info: UnavailableInfo }) {
  const id = useId();
  const retry = useRef<HTMLButtonElement>(null);
  const [shown, setShown] = useState(info);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  useEffect(() => retry.current?.focus(), []);

  const tryAgain = async () => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    let next: AppState;
    try {
      next = await retryOpen({});
    } catch (err) {
      setOutcome(err instanceof Error ? err.message : 'That did not work.');
      setBusy(false);
      return;
    }
    if (next.state === 'unavailable' && next.unavailable) {
      setShown(next.unavailable);
      setOutcome(`Still not possible (${next.unavailable.code}). Nothing was changed.`);
      setBusy(false);
      return;
    }
    // Open, locked or waiting for a recovery choice: the app shows the screen for that state.
    window.location.reload();
  };

  return (
    <section className="lock-card" aria-labelledby={id}>
      <h1 id={id}>Ladder can&rsquo;t open your journal right now</h1>
      <p>{shown.reason}</p>
      <p>
        Your journal file was not changed, moved or renamed: once the cause is dealt with, it opens
        as it was.
      </p>
      <dl className="lock-details">
        <dt>File</dt>
        <dd>
          <code>{shown.path}</code>
        </dd>
        <dt>Error</dt>
        <dd>
          <code>{shown.code}</code>
        </dd>
      </dl>
      {outcome && (
        <p className="lock-error" role="alert">
          {outcome}
        </p>
      )}
      <div className="lock-buttons">
        <button
          ref={retry}
          type="button"
          className="lock-button lock-button--primary"
          aria-disabled={busy || undefined}
          onClick={() => void tryAgain()}
        >
          Try again
        </button>
      </div>
    </section>
  );
}
