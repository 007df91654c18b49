// One box for three jobs, as in VS Code: commands, quick open and the picks features ask for. The box
// itself (cmdk) loads after start; opened before that, a plain stand-in keeps what is typed.
import { Suspense, useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { lazyPart } from '../ui/lazyPart';
import {
  COMMAND_PREFIX,
  rememberAcceptWhileLoading,
  rememberTypedWhileLoading,
} from './quickInputText';
import {
  closePalette,
  endCommandHold,
  heldFocusTarget,
  returnFocusFromQuickInput,
  settleQuickPick,
  useWorkbench,
} from './store';

const QuickInputBox = lazyPart(() => import('./QuickInputBox').then((m) => m.QuickInputBox));

function StandInBox({ initial, onClose }: { initial: string; onClose: () => void }) {
  useEffect(() => rememberTypedWhileLoading(initial), [initial]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      rememberAcceptWhileLoading();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      if (useWorkbench.getState().quickPick) settleQuickPick(undefined);
    }
  };
  return (
    <div className="quick-input-backdrop">
      <div
        className="quick-input"
        role="dialog"
        aria-modal="true"
        aria-label="Command Palette"
        onKeyDown={onKeyDown}
      >
        <input
          autoFocus
          className="quick-input-box"
          aria-label="Command Palette"
          defaultValue={initial}
          onChange={(event) => rememberTypedWhileLoading(event.target.value)}
        />
      </div>
    </div>
  );
}

/**
 * Shown while a palette command runs (say, reading the entries its pick will offer): it takes the
 * keys typed meanwhile, which the pick then starts with. Drawn only if the wait is long enough to see.
 */
function RunningBox({ title }: { title: string }) {
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    // Drawn after the command already moved the focus (a new entry's title): leave it there.
    const active = document.activeElement;
    if (active && active !== document.body && active !== heldFocusTarget()) {
      endCommandHold({ returnFocus: false });
      return;
    }
    input.current?.focus();
  }, []);
  useEffect(() => {
    // The command moved the focus itself (a dialog, a new entry): the keys typed belong there.
    const onFocusIn = (event: FocusEvent) => {
      const box = document.querySelector('.quick-input-running');
      if (box && event.target instanceof Node && !box.contains(event.target))
        endCommandHold({ returnFocus: false });
    };
    document.addEventListener('focusin', onFocusIn, true);
    return () => document.removeEventListener('focusin', onFocusIn, true);
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      rememberAcceptWhileLoading();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      rememberTypedWhileLoading('');
      endCommandHold({ returnFocus: true });
    }
  };
  return (
    <div
      className="quick-input-backdrop quick-input-running"
      onMouseDown={(e) => e.target === e.currentTarget && endCommandHold({ returnFocus: true })}
    >
      <div
        className="quick-input"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        aria-busy="true"
        onKeyDown={onKeyDown}
      >
        <input
          ref={input}
          className="quick-input-box"
          aria-label={title}
          onChange={(event) => rememberTypedWhileLoading(event.target.value)}
        />
      </div>
    </div>
  );
}

/**
 * The box is modal: while it is open, focus that lands outside it (an editor putting its selection
 * back after an update, say) returns to the box, so the next keys go there and never into the page.
 * The returned function stops the guard, called before the box hands the focus back as it closes.
 */
function useFocusStaysInBox(session: string | null): () => void {
  const release = useRef<() => void>(() => undefined);
  useEffect(() => {
    if (session === null) return;
    const onFocusIn = (event: FocusEvent) => {
      const dialog = document.querySelector('.quick-input');
      if (!dialog || !(event.target instanceof Node) || dialog.contains(event.target)) return;
      dialog.querySelector('input')?.focus();
    };
    document.addEventListener('focusin', onFocusIn, true);
    release.current = () => document.removeEventListener('focusin', onFocusIn, true);
    return () => release.current();
  }, [session]);
  return () => release.current();
}

export function QuickInput() {
  const paletteOpen = useWorkbench((s) => s.paletteOpen);
  const paletteMode = useWorkbench((s) => s.paletteMode);
  const quickPick = useWorkbench((s) => s.quickPick);
  const commandRunning = useWorkbench((s) => s.commandRunning);
  const open = paletteOpen || quickPick !== null;
  // A new request (another mode, another pick) starts a fresh box.
  const session = !open ? null : quickPick ? `pick-${quickPick.placeholder}` : paletteMode;
  const releaseFocus = useFocusStaysInBox(session);
  if (!open && commandRunning !== null) return <RunningBox title={commandRunning} />;
  if (!open || session === null) return null;
  const onClose = () => {
    releaseFocus();
    closePalette();
    returnFocusFromQuickInput();
  };
  const initial = paletteMode === 'commands' && !quickPick ? COMMAND_PREFIX : '';
  return (
    <Suspense fallback={<StandInBox initial={initial} onClose={onClose} />}>
      <QuickInputBox key={session} initial={initial} onClose={onClose} />
    </Suspense>
  );
}
