// Hands a saver's status on to React (or the workbench store). 'Unsaved' comes from a keystroke, and
// a render started inside the keystroke's input event is run synchronously by React (a discrete
// event), delaying that key's frame; it is shown after the next frame instead. Any other status
// (saving, saved, an error) is shown at once, replacing an 'unsaved' still waiting.
import type { AutosaveStatus } from './autosaver';

export interface StatusRelay {
  relay(status: AutosaveStatus): void;
  cancel(): void;
}

export function createStatusRelay(show: (status: AutosaveStatus) => void): StatusRelay {
  let waiting: AutosaveStatus | null = null;
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = timer = null;
    waiting = null;
  };
  const showWaiting = () => {
    frame = timer = null;
    const status = waiting;
    waiting = null;
    if (status) show(status);
  };
  return {
    relay(status) {
      if (status.saveState !== 'unsaved') {
        cancel();
        show(status);
        return;
      }
      waiting = status;
      if (frame !== null || timer !== null) return;
      // After the frame: a task posted from the next animation frame runs once it is painted.
      if (typeof requestAnimationFrame === 'function')
        frame = requestAnimationFrame(() => {
          frame = null;
          timer = setTimeout(showWaiting, 0);
        });
      else timer = setTimeout(showWaiting, 0);
    },
    cancel,
  };
}
