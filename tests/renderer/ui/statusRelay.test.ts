// @vitest-environment jsdom
// A keystroke's 'unsaved' is shown after the frame (a render inside the keystroke's input event would
// delay its frame); saving, saved and errors are shown at once and replace an 'unsaved' still waiting.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AutosaveStatus } from '../../../src-renderer/src/ui/save/autosaver';
import { createStatusRelay } from '../../../src-renderer/src/ui/save/statusRelay';

const unsaved: AutosaveStatus = { saveState: 'unsaved', dirty: true };
const saving: AutosaveStatus = { saveState: 'saving', dirty: true };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the status relay', () => {
  it('shows a keystroke’s unsaved after the next frame, once for a run of keys', () => {
    const shown: AutosaveStatus[] = [];
    const relay = createStatusRelay((s) => shown.push(s));
    relay.relay(unsaved);
    relay.relay(unsaved);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(shown).toEqual([unsaved]);
  });

  it('shows saving at once, and an unsaved still waiting never after it', () => {
    const shown: AutosaveStatus[] = [];
    const relay = createStatusRelay((s) => shown.push(s));
    relay.relay(unsaved);
    relay.relay(saving);
    expect(shown).toEqual([saving]);
    vi.advanceTimersByTime(50);
    expect(shown).toEqual([saving]);
  });

  it('shows nothing once cancelled (the form is gone)', () => {
    const shown: AutosaveStatus[] = [];
    const relay = createStatusRelay((s) => shown.push(s));
    relay.relay(unsaved);
    relay.cancel();
    vi.advanceTimersByTime(50);
    expect(shown).toEqual([]);
  });
});
