// Auto-lock: no keyboard or mouse activity for the chosen minutes locks the journal. Time is taken
// from the monotonic clock (performance.now), so changing the system clock neither hastens nor delays it.
import { lockSettingsRead } from './lockQueries';
import { lockNow } from './lockActions';

const EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
let stop: (() => void) | null = null;

/** (Re)starts the idle timer from the stored setting; nothing runs when auto-lock is off. */
export async function startIdleLock(): Promise<void> {
  stop?.();
  stop = null;
  let minutes: number | null;
  try {
    const settings = await lockSettingsRead.fresh({});
    minutes = settings.protected ? settings.autoLockMinutes : null;
  } catch {
    return;
  }
  if (minutes === null) return;
  const limit = minutes * 60_000;
  let last = performance.now();
  const seen = () => (last = performance.now());
  for (const e of EVENTS) window.addEventListener(e, seen, { passive: true, capture: true });
  const timer = window.setInterval(() => {
    if (performance.now() - last >= limit) {
      stop?.();
      void lockNow();
    }
  }, 15_000);
  stop = () => {
    window.clearInterval(timer);
    for (const e of EVENTS) window.removeEventListener(e, seen, { capture: true });
  };
}
