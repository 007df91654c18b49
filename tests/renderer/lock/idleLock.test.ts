// @vitest-environment jsdom
// Auto-lock on a real store host, with fake interval timers and a stubbed monotonic clock: the chosen
// minutes without activity lock the journal, activity starts the count again, a jump of the wall
// clock does not lock early, and "never" runs no timer.
import { call, calls, hostState, useRealHost } from './realHost';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startIdleLock } from '../../../src-renderer/src/features/lock/idleLock';

const MINUTE = 60_000;
const TICK = 15_000;
let monotonic = 0;

beforeEach(async () => {
  useRealHost();
  monotonic = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => monotonic);
  // Only the interval and the wall clock are faked: the host's own promises run as usual.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  await call('lock.protect', { passphrase: 'seven quiet harbours at dawn' });
});

afterEach(async () => {
  if (hostState() === 'open') {
    await call('lock.setAutoLock', { minutes: null });
    await startIdleLock();
  }
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Moves the monotonic clock to `at` and lets one check of the timer run. */
async function at(ms: number): Promise<void> {
  monotonic = ms;
  await vi.advanceTimersByTimeAsync(TICK);
}

/** Lets a lock that was started finish its calls (flush, lock.lock) before anything is judged. */
async function settled(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
}

describe('idle lock', () => {
  it('locks once the chosen minutes pass without activity, not before', async () => {
    await call('lock.setAutoLock', { minutes: 5 });
    await startIdleLock();
    await at(5 * MINUTE - 1);
    await settled();
    expect(hostState()).toBe('open');
    await at(5 * MINUTE);
    await vi.waitFor(() => expect(hostState()).toBe('locked'));
    expect(calls.filter((c) => c === 'lock.lock')).toHaveLength(1);
  });

  it('keyboard and pointer activity start the count again', async () => {
    await call('lock.setAutoLock', { minutes: 5 });
    await startIdleLock();
    monotonic = 4 * MINUTE;
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    await at(8 * MINUTE);
    monotonic = 8 * MINUTE + 30_000;
    window.dispatchEvent(new Event('pointermove'));
    await at(13 * MINUTE);
    await settled();
    expect(hostState()).toBe('open');
    await at(13 * MINUTE + 30_000);
    await vi.waitFor(() => expect(hostState()).toBe('locked'));
  });

  it('a jump of the wall clock does not lock early', async () => {
    await call('lock.setAutoLock', { minutes: 15 });
    await startIdleLock();
    vi.setSystemTime(Date.now() + 6 * 60 * MINUTE);
    await at(1 * MINUTE);
    await at(2 * MINUTE);
    await settled();
    expect(hostState()).toBe('open');
    expect(calls).not.toContain('lock.lock');
    await at(15 * MINUTE);
    await vi.waitFor(() => expect(hostState()).toBe('locked'));
  });

  it('"never" runs no timer, however long the quiet', async () => {
    await call('lock.setAutoLock', { minutes: 5 });
    await startIdleLock();
    await call('lock.setAutoLock', { minutes: null });
    await startIdleLock();
    expect(vi.getTimerCount()).toBe(0);
    await at(10 * 60 * MINUTE);
    await settled();
    expect(hostState()).toBe('open');
  });
});
