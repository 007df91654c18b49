// The full-window rehearsal: settings, then the play-through, then the summary, in one modal layer.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { beginSession } from './rehearsalQueries';
import type {
  RehearsalSession,
  RehearsalSettings,
} from '../../../../src-main/shared/rehearsal/rehearsal';
import { errorMessage } from '../../ui/errorMessage';
import { EmptyPlan } from './EmptyPlan';
import { trapTab } from '../../ui/focusTrap';
import { PlayThrough } from './PlayThrough';
import { realClock, type Clock } from './clock';
import { MARK_CONFIRM, type RehearsalRequest } from './request';
import { SettingsDialog } from './SettingsDialog';
import { Summary } from './Summary';

type Screen =
  | { name: 'settings'; error: string | null }
  | { name: 'busy' }
  | { name: 'empty'; message: string }
  | { name: 'play'; session: RehearsalSession }
  | { name: 'summary'; session: RehearsalSession };

export interface RehearsalOverlayProps {
  request: RehearsalRequest;
  /** A session taken up again: played from where it stopped, without the settings. */
  resumed?: RehearsalSession;
  onClose: () => void;
  clock?: Clock;
}

export function RehearsalOverlay({
  request,
  resumed,
  onClose,
  clock = realClock,
}: RehearsalOverlayProps) {
  const [reloads, setReloads] = useState(0);
  const [screen, setScreen] = useState<Screen>(
    resumed ? { name: 'play', session: resumed } : { name: 'settings', error: null },
  );
  const layer = useRef<HTMLDivElement>(null);
  // A screen that goes away takes focus with it (to the body, outside the layer, where no key of
  // ours is heard). The layer catches it in the same commit, so a key pressed between two screens,
  // such as Escape as the summary appears, still lands here.
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (layer.current && (!active || active === document.body || !layer.current.contains(active)))
      layer.current.focus();
  });
  // Inside the play-through, a question or review that goes away drops focus to the body before the
  // next one takes it. A key pressed in that gap (a grade typed at once) is handed to the screen
  // on show instead of being lost.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const root = layer.current;
      if (!root || e.target !== document.body) return;
      e.preventDefault();
      e.stopPropagation();
      const stage = root.querySelector<HTMLElement>('h2[tabindex="-1"]') ?? root;
      stage.focus();
      const { key, code, ctrlKey, shiftKey, altKey, metaKey } = e;
      stage.dispatchEvent(
        new KeyboardEvent('keydown', {
          key,
          code,
          ctrlKey,
          shiftKey,
          altKey,
          metaKey,
          bubbles: true,
          cancelable: true,
        }),
      );
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, []);

  const begin = async (settings: RehearsalSettings) => {
    performance.mark(MARK_CONFIRM);
    setScreen({ name: 'busy' });
    try {
      // One request plans and starts: the first question waits for a single answer from the main side.
      const begun = await beginSession({
        mode: request.mode,
        conversationId: request.conversationId,
        filter: request.filter,
        settings,
      });
      if (begun.session) setScreen({ name: 'play', session: begun.session });
      else setScreen({ name: 'empty', message: begun.empty.message });
    } catch (error) {
      setScreen({
        name: 'settings',
        error: `Could not start the rehearsal: ${errorMessage(error)}`,
      });
    }
  };

  return (
    <div
      ref={layer}
      className="rehearsal-overlay"
      role="dialog"
      aria-modal="true"
      aria-label={`Rehearsal: ${request.title}`}
      tabIndex={-1}
      onKeyDown={(e) => {
        trapTab(e, layer.current);
        // The summary and the empty screen close on Escape wherever focus sits in the layer.
        if (
          e.key === 'Escape' &&
          !e.defaultPrevented &&
          (screen.name === 'summary' || screen.name === 'empty')
        ) {
          e.preventDefault();
          onClose();
        }
        // Workbench shortcuts stay behind the rehearsal: nothing reaches the window's dispatcher.
        e.stopPropagation();
      }}
    >
      {screen.name === 'settings' && (
        <SettingsDialog
          request={request}
          error={screen.error}
          onConfirm={(s) => void begin(s)}
          onCancel={onClose}
        />
      )}
      {screen.name === 'busy' && (
        <p className="rehearsal-busy" role="status">
          Preparing the questions…
        </p>
      )}
      {screen.name === 'empty' && <EmptyPlan message={screen.message} onClose={onClose} />}
      {screen.name === 'play' && (
        <PlayThrough
          key={`${screen.session.id}:${reloads}`}
          session={screen.session}
          clock={clock}
          onFinished={(session) => setScreen({ name: 'summary', session })}
          onLeft={onClose}
          onReload={(session) => {
            setReloads((n) => n + 1);
            setScreen({ name: 'play', session });
          }}
        />
      )}
      {screen.name === 'summary' && (
        <Summary session={screen.session} title={request.title} onClose={onClose} />
      )}
    </div>
  );
}
