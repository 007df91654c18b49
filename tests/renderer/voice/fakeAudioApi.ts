// An in-memory stand-in for the voice channels, installed on window.ladder before the client loads
// (the real store behind them is tested in tests/core/rehearsal/audio.test.ts). Import FIRST.
import { baseAudioMime, type AnswerAudio } from '../../../src-main/shared/voice/answerAudio';
import type { Args, Channel, LadderApi, Result } from '../../../src-main/shared/contract';

export const sessions = new Set<string>(['s1']);
export const recordings = new Map<string, AnswerAudio>();
export const calls: { channel: string; args: unknown }[] = [];
/** While set, saves wait for it (to see what shows while one is on its way). */
export const gate: { promise: Promise<void> | null; open: () => void } = {
  promise: null,
  open: () => undefined,
};

export function closeGate(): void {
  gate.promise = new Promise<void>((resolve) => (gate.open = resolve));
}

const key = (sessionId: string, position: number) => `${sessionId}:${position}`;

function requireSession(sessionId: string): void {
  // Plain shapes, as errors arrive through the desktop preload.
  if (!sessions.has(sessionId))
    throw { code: 'not-found', message: 'That rehearsal no longer exists.' };
}

const handlers: { [C in Channel]?: (args: Args<C>) => Result<C> | Promise<Result<C>> } = {
  'rehearsal.saveAudio': async (a) => {
    if (gate.promise) await gate.promise;
    requireSession(a.sessionId);
    const mime = baseAudioMime(a.mime);
    if (!mime) throw { code: 'invalid-argument', message: 'not audio' };
    const stored: AnswerAudio = {
      sessionId: a.sessionId,
      position: a.position,
      mime,
      durationMs: a.durationMs,
      bytes: atob(a.data).length,
      createdAt: 1,
      data: a.data,
    };
    recordings.set(key(a.sessionId, a.position), stored);
    const { data: _data, ...info } = stored;
    return info;
  },
  'rehearsal.audio': (a) => {
    requireSession(a.sessionId);
    return recordings.get(key(a.sessionId, a.position)) ?? null;
  },
  'rehearsal.removeAudio': (a) => {
    requireSession(a.sessionId);
    recordings.delete(key(a.sessionId, a.position));
    return null;
  },
};

const api = new Proxy({} as LadderApi, {
  get: (_target, channel: string) => async (args: unknown) => {
    calls.push({ channel, args });
    const handler = handlers[channel as Channel] as ((a: unknown) => unknown) | undefined;
    if (!handler) throw { code: 'unknown-channel', message: `No fake for ${channel}` };
    return handler(args);
  },
});

window.ladder = { api, onDidRequestFlush: () => () => undefined };

export function resetAudio(): void {
  gate.promise = null;
  recordings.clear();
  calls.length = 0;
}

/** Bytes of a stored recording, or null. */
export function storedBytes(sessionId: string, position: number): number[] | null {
  const audio = recordings.get(key(sessionId, position));
  return audio ? [...atob(audio.data)].map((c) => c.charCodeAt(0)) : null;
}

export function base64Of(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}
