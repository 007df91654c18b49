// The play-through's clock: monotonic time for the time box, wall time for the record only.
import type { EngineClock } from '../../../../src-main/shared/rehearsal/rehearsalEngine';

export type Clock = EngineClock;

export const realClock: Clock = { now: () => performance.now(), wall: () => Date.now() };
