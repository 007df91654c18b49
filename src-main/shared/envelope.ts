// What every channel answers, over IPC and HTTP alike: its result, or a typed error.
import type { LadderErrorShape } from './errors';

export type Envelope = { ok: true; result: unknown } | { ok: false; error: LadderErrorShape };
