// @vitest-environment jsdom
// Speech synthesis is a platform API jsdom lacks; a small stand-in plays Chromium's part, whose
// voice list is empty at first and filled a moment later.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  speak,
  stopSpeaking,
  VOICE_WAIT_MS,
} from '../../../src-renderer/src/features/rehearsal/speech';

class Utterance {
  constructor(readonly text: string) {}
}

function platform(voices: number) {
  const listeners = new Set<() => void>();
  const spoken: string[] = [];
  const synth = {
    voices,
    getVoices: () => Array.from({ length: synth.voices }, () => ({})),
    speak: (u: Utterance) => spoken.push(u.text),
    cancel: vi.fn(),
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
    loadVoices(n: number) {
      synth.voices = n;
      for (const f of [...listeners]) f();
    },
  };
  Object.assign(window, { speechSynthesis: synth, SpeechSynthesisUtterance: Utterance });
  Object.assign(globalThis, { SpeechSynthesisUtterance: Utterance });
  return { synth, spoken, listeners };
}

describe('speaking a question', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    stopSpeaking();
    vi.useRealTimers();
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
  });

  it('speaks at once when voices are listed', () => {
    const p = platform(2);
    speak('Where do you want to be in a year?');
    expect(p.spoken).toEqual(['Where do you want to be in a year?']);
  });

  it('waits for the voice list to arrive instead of staying silent on the first question', () => {
    const p = platform(0);
    speak('Where do you want to be in a year?');
    expect(p.spoken).toEqual([]);
    p.synth.loadVoices(3);
    expect(p.spoken).toEqual(['Where do you want to be in a year?']);
    expect(p.listeners.size).toBe(0);
  });

  it('speaks only the newest question, and nothing once stopped or after the wait', () => {
    const p = platform(0);
    speak('First question');
    speak('Second question');
    expect(p.listeners.size).toBe(1);
    p.synth.loadVoices(1);
    expect(p.spoken).toEqual(['Second question']);

    const q = platform(0);
    speak('Third question');
    stopSpeaking();
    q.synth.loadVoices(1);
    expect(q.spoken).toEqual([]);

    const r = platform(0);
    speak('Fourth question');
    vi.advanceTimersByTime(VOICE_WAIT_MS + 1);
    r.synth.loadVoices(1);
    expect(r.spoken).toEqual([]);
  });

  it('stays silent where the platform has no speech synthesis', () => {
    expect(() => speak('Anything')).not.toThrow();
  });
});
