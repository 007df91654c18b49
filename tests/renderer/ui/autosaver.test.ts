import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type AutosaveStatus } from '../../../src-renderer/src/ui/save/autosaver';
import { LadderError } from '../../../src-main/shared/errors';

interface Call {
  draft: string;
  checkpoint: boolean;
  resolve: () => void;
  reject: (e: unknown) => void;
}

function harness() {
  const calls: Call[] = [];
  const statuses: AutosaveStatus[] = [];
  const failures: unknown[] = [];
  const saver = createAutosaver<string>({
    save: (draft, { checkpoint }) =>
      new Promise<void>((resolve, reject) => calls.push({ draft, checkpoint, resolve, reject })),
    onStatus: (s) => statuses.push(s),
    onFailure: (e) => failures.push(e),
  });
  return { saver, calls, statuses, failures };
}

describe('createAutosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports a status once per change of state, not once per keystroke', async () => {
    const { saver, calls, statuses } = harness();
    for (const draft of ['a', 'ab', 'abc']) saver.change(draft);
    expect(statuses.map((s) => s.saveState)).toEqual(['unsaved']);
    await vi.advanceTimersByTimeAsync(1_000);
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.map((s) => s.saveState)).toEqual(['unsaved', 'saving', 'saved']);
  });

  it('saves once, one second after the last change', async () => {
    const { saver, calls } = harness();
    saver.change('a');
    await vi.advanceTimersByTimeAsync(800);
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.draft)).toEqual(['ab']);
    expect(calls[0]!.checkpoint).toBe(false);
    expect(saver.status()).toMatchObject({ saveState: 'saving', dirty: true });
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.status()).toEqual({ saveState: 'saved', dirty: false });
  });

  it('flushes at once (blur) and with a checkpoint (tab close)', async () => {
    const { saver, calls } = harness();
    saver.change('x');
    const blur = saver.flush();
    expect(calls.map((c) => [c.draft, c.checkpoint])).toEqual([['x', false]]);
    calls[0]!.resolve();
    await blur;
    saver.change('xy');
    const close = saver.flush({ checkpoint: true });
    expect(calls[1]).toMatchObject({ draft: 'xy', checkpoint: true });
    calls[1]!.resolve();
    await close;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toHaveLength(2);
  });

  it('never runs two saves at once: the latest draft waits for the one in flight', async () => {
    const { saver, calls } = harness();
    saver.change('one');
    void saver.flush();
    saver.change('two');
    saver.change('three');
    const second = saver.flush();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls.map((c) => c.draft)).toEqual(['one']);
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.draft)).toEqual(['one', 'three']);
    calls[1]!.resolve();
    await second;
    expect(saver.status().dirty).toBe(false);
  });

  it('keeps the draft after a storage-full error, notifies once and retries with backoff', async () => {
    const { saver, calls, failures, statuses } = harness();
    saver.change('precious');
    const first = saver.flush();
    calls[0]!.reject(new LadderError('storage-full', 'The disk is full'));
    await expect(first).rejects.toThrow('The disk is full');
    expect(statuses.at(-1)).toMatchObject({
      saveState: 'error',
      dirty: true,
      message: 'The disk is full',
    });

    await vi.advanceTimersByTimeAsync(1_999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls[1]!.draft).toBe('precious');
    calls[1]!.reject(new LadderError('storage-full', 'The disk is full'));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(3);
    expect(failures).toHaveLength(1);

    calls[2]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.status()).toEqual({ saveState: 'saved', dirty: false });
  });

  it('retries on the next edit, with the newest text', async () => {
    const { saver, calls } = harness();
    saver.change('a');
    const first = saver.flush();
    calls[0]!.reject(new LadderError('storage-full', 'full'));
    await first.catch(() => undefined);
    saver.change('ab');
    expect(saver.status().saveState).toBe('error');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls.map((c) => c.draft)).toEqual(['a', 'ab']);
    calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.status().saveState).toBe('saved');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(2);
  });

  it('on an urgent flush sends the newest draft at once, even with a save in flight', async () => {
    const { saver, calls } = harness();
    saver.change('first words');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls.map((c) => c.draft)).toEqual(['first words']);
    saver.change('first words and the last ones');
    void saver.flush({ urgent: true }).catch(() => undefined);
    expect(calls.map((c) => c.draft)).toEqual(['first words', 'first words and the last ones']);
    expect(calls[1]!.checkpoint).toBe(true);
  });

  it('never re-sends an older draft when a save that was overtaken fails afterwards', async () => {
    const { saver, calls } = harness();
    saver.change('older');
    await vi.advanceTimersByTimeAsync(1_000);
    saver.change('newest');
    void saver.flush({ urgent: true }).catch(() => undefined);
    calls[1]!.resolve();
    // The page unload cancels the first request: it fails after the newest was sent.
    calls[0]!.reject(new LadderError('storage-error', 'cancelled'));
    await vi.advanceTimersByTimeAsync(0);
    await saver.flush();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls.map((c) => c.draft)).toEqual(['older', 'newest']);
  });

  it('keeps the draft when the urgent save itself fails, and saves it on the next flush', async () => {
    const { saver, calls } = harness();
    saver.change('precious');
    const urgent = saver.flush({ urgent: true });
    calls[0]!.reject(new LadderError('storage-full', 'disk full'));
    await expect(urgent).rejects.toThrow('disk full');
    const again = saver.flush();
    expect(calls.map((c) => c.draft)).toEqual(['precious', 'precious']);
    calls[1]!.resolve();
    await again;
    expect(saver.status()).toMatchObject({ saveState: 'saved', dirty: false });
  });

  it('sends nothing older on a second urgent flush (before-unload, then page-hide)', async () => {
    const { saver, calls } = harness();
    saver.change('older');
    await vi.advanceTimersByTimeAsync(1_000);
    saver.change('newest');
    void saver.flush({ urgent: true }).catch(() => undefined);
    void saver.flush({ urgent: true }).catch(() => undefined);
    expect(calls.map((c) => c.draft)).toEqual(['older', 'newest']);
  });

  it('stops retrying after not-found or conflict, keeps the draft, sends nothing until resumed', async () => {
    const { saver, calls, failures } = harness();
    saver.change('typed');
    await vi.advanceTimersByTimeAsync(1_000);
    calls[0]!.reject(new LadderError('not-found', 'That agenda item no longer exists.'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.status()).toMatchObject({
      saveState: 'error',
      dirty: true,
      halted: true,
      message: 'That agenda item no longer exists.',
    });
    expect(failures).toHaveLength(1);
    // No retry, however long one waits; typing more keeps the draft without sending it.
    await vi.advanceTimersByTimeAsync(120_000);
    saver.change('typed more');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toHaveLength(1);
    // A flush (closing the tab) is refused, so the tab and its text stay.
    await expect(saver.flush()).rejects.toMatchObject({ code: 'not-found' });
    // The page chose: resume sends the kept draft once more.
    const resumed = saver.resume();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.draft)).toEqual(['typed', 'typed more']);
    calls[1]!.resolve();
    await resumed;
    expect(saver.status()).toMatchObject({ saveState: 'saved', dirty: false });
  });

  it('after a conflict, discard drops the kept draft and the saver is idle and clean', async () => {
    const { saver, calls } = harness();
    saver.change('mine');
    await vi.advanceTimersByTimeAsync(1_000);
    calls[0]!.reject(
      new LadderError('conflict', 'This conversation was changed in another tab or window.'),
    );
    await vi.advanceTimersByTimeAsync(0);
    saver.discard();
    expect(saver.status()).toEqual({ saveState: 'saved', dirty: false });
    await saver.flush();
    expect(calls).toHaveLength(1);
    // Later typing saves as usual.
    saver.change('new words');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls.map((c) => c.draft)).toEqual(['mine', 'new words']);
  });

  it('does not retry a refused input, but saves the next change (the person may have fixed it)', async () => {
    const { saver, calls } = harness();
    saver.change('x'.repeat(10));
    await vi.advanceTimersByTimeAsync(1_000);
    calls[0]!.reject(new LadderError('invalid-argument', 'The text is too long.'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
    saver.change('x');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls.map((c) => c.draft)).toEqual(['x'.repeat(10), 'x']);
  });
});
