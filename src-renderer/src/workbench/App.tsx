// The application root: starts the workbench once, wires shortcuts and the save-before-leaving hooks.
import { Suspense, useEffect, useState } from 'react';
import { bridge, onJournalClosed } from '../api/client';
import { lazyPart, preloadLazyParts, whenIdle } from '../ui/lazyPart';
import { installKeybindings } from './keybindings';
import { loadStartScreen } from './registry';
import { startWorkbench } from './startup';
import { peekStartGate, startGate, type StartGate } from './startupReads';
import { flushAll, notify } from './store';
import { Workbench } from './Workbench';

// Contributed by the lock feature, so the workbench does not import it.
const StartScreen = lazyPart(loadStartScreen);

/**
 * The start gate: a locked, damaged or unavailable journal, or a tab without browser mode's access
 * token, shows its start screen and nothing of the workbench.
 */
export function App() {
  const [state, setState] = useState<StartGate | null>(peekStartGate);
  useEffect(() => {
    if (!state) void startGate().then(setState);
  }, [state]);
  if (!state) return null;
  if (state === 'no-access' || state.state !== 'open') {
    return (
      <Suspense fallback={null}>
        <StartScreen state={state} />
      </Suspense>
    );
  }
  return <OpenApp />;
}

function OpenApp() {
  useEffect(() => {
    let stopSync: (() => void) | null = null;
    let stopped = false;
    void startWorkbench().then((stop) => {
      if (stopped) stop();
      else stopSync = stop;
      // The palette, other views and panes: fetched once the first editor is up, before they are asked for.
      whenIdle(preloadLazyParts);
    });
    const removeKeys = installKeybindings(window, (error) =>
      notify('error', error instanceof Error ? error.message : 'That command failed.'),
    );
    // Leaving: send the newest text at once instead of queueing behind a save the browser may cancel.
    const flush = () => void flushAll({ urgent: true });
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    const removeFlush = bridge.onDidRequestFlush(() => flushAll({ urgent: true }));
    // The journal closed under the page (found damaged after open, or locked): a reload shows the
    // gate's screen, and clears what this page holds of it.
    const removeClosed = onJournalClosed(() => window.location.reload());
    return () => {
      stopped = true;
      removeClosed();
      stopSync?.();
      removeKeys();
      removeFlush();
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
    };
  }, []);
  return <Workbench />;
}
