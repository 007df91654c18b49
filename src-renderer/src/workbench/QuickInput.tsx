// One box for three jobs, as in VS Code: commands, quick open and the picks features ask for. The box
// itself (cmdk) loads after start; opened before that, a plain stand-in keeps what is typed.
import { Suspense, useEffect, type KeyboardEvent } from 'react';
import { lazyPart } from '../ui/lazyPart';
import { COMMAND_PREFIX, rememberAcceptWhileLoading, rememberTypedWhileLoading } from './quickInputText';
import { closePalette, settleQuickPick, takeFocusBeforeQuickInput, useWorkbench } from './store';

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
      <div className="quick-input" role="dialog" aria-modal="true" aria-label="Command Palette" onKeyDown={onKeyDown}>
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

export function QuickInput() {
  const paletteOpen = useWorkbench((s) => s.paletteOpen);
  const paletteMode = useWorkbench((s) => s.paletteMode);
  const quickPick = useWorkbench((s) => s.quickPick);
  const open = paletteOpen || quickPick !== null;
  if (!open) return null;
  const onClose = () => {
    closePalette();
    const target = takeFocusBeforeQuickInput();
    if (target?.isConnected) target.focus();
  };
  // A new request (another mode, another pick) starts a fresh box.
  const session = quickPick ? `pick-${quickPick.placeholder}` : paletteMode;
  const initial = paletteMode === 'commands' && !quickPick ? COMMAND_PREFIX : '';
  return (
    <Suspense fallback={<StandInBox initial={initial} onClose={onClose} />}>
      <QuickInputBox key={session} initial={initial} onClose={onClose} />
    </Suspense>
  );
}
