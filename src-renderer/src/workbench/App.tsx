// The application root: starts the workbench once, wires shortcuts and the save-before-leaving hooks.
import { useEffect } from 'react';
import { bridge } from '../api/client';
import { preloadLazyParts, whenIdle } from '../ui/lazyPart';
import { installKeybindings } from './keybindings';
import { startWorkbench } from './startup';
import { flushAll, notify } from './store';
import { Workbench } from './Workbench';

export function App() {
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
    return () => {
      stopped = true;
      stopSync?.();
      removeKeys();
      removeFlush();
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
    };
  }, []);
  return <Workbench />;
}
