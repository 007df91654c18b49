// The delivery notes a person reads after a spoken answer: each measure judged against its range
// (inclusive where the range says "or more"/"up to"), worded as the review shows it, with the range.
import { describe, expect, it } from 'vitest';
import type { DeliveryMeasures } from '../../../src-main/shared/voice/deliveryAnalysis';
import { deliveryNotes, type DeliveryNote } from '../../../src-main/shared/voice/deliveryAdvice';

/** A well-delivered minute: every note good. */
const GOOD: DeliveryMeasures = {
  durationMs: 61_000,
  speechHeard: true,
  talkingMs: 60_000,
  firstWordMs: 500,
  syllables: 196,
  syllablesPerSecond: 3.27,
  wordsPerMinute: 140,
  pauseCount: 2,
  longestPauseMs: 1_500,
  silenceShare: 0.2,
  medianPitchHz: 180,
  pitchSpreadSemitones: 3,
  loudnessDb: -20,
};

const PACE_RANGE = 'Conversational: 120-160 words a minute, estimated from syllables';
const PAUSE_RANGE = 'Pauses of 3 s or more stand out; up to 35% silence reads as thoughtful';
const PITCH_RANGE = 'Lively speech moves 1.5 semitones or more';

function note(m: Partial<DeliveryMeasures>, id: DeliveryNote['id'], box: number | null = null) {
  return deliveryNotes({ ...GOOD, ...m }, box).find((n) => n.id === id);
}

describe('delivery notes', () => {
  it('reads a good answer as good on every measure, each with its range', () => {
    expect(deliveryNotes(GOOD, 90_000)).toEqual([
      {
        id: 'time',
        tone: 'good',
        label: 'Talked for 1 min of a 1 min 30 s time box',
        advice: 'Within the time box.',
      },
      {
        id: 'pace',
        tone: 'good',
        label: 'About 140 words a minute (3.3 syllables a second)',
        range: PACE_RANGE,
        advice: 'A conversational pace.',
      },
      {
        id: 'pauses',
        tone: 'good',
        label: '2 pauses, the longest 1.5 s, 20% of the time',
        range: PAUSE_RANGE,
        advice: 'Pauses in a natural measure.',
      },
      {
        id: 'pitch',
        tone: 'good',
        label: 'Pitch moves 3.0 semitones',
        range: PITCH_RANGE,
        advice: 'A lively voice.',
      },
    ]);
  });

  it('says only that no speech was heard, with what to check, when none was', () => {
    expect(deliveryNotes({ ...GOOD, speechHeard: false }, 60_000)).toEqual([
      {
        id: 'no-speech',
        tone: 'warn',
        label: 'No speech heard',
        advice:
          'Nothing in the recording was loud enough to be speech: check that the right microphone is chosen and not muted.',
      },
    ]);
  });

  it('says times in seconds under a minute, whole minutes, and minutes with seconds', () => {
    const label = (talkingMs: number, box: number | null = null) =>
      note({ talkingMs }, 'time', box)?.label;
    expect(label(59_400)).toBe('Talked for 59 s');
    expect(label(60_000)).toBe('Talked for 1 min');
    expect(label(125_000, 180_000)).toBe('Talked for 2 min 5 s of a 3 min time box');
  });

  it('judges the time box: over it warns, under a quarter of it is short, its edges are within', () => {
    expect(note({ talkingMs: 60_000 }, 'time', 60_000)?.tone).toBe('good');
    expect(note({ talkingMs: 61_000 }, 'time', 60_000)).toEqual({
      id: 'time',
      tone: 'warn',
      label: 'Talked for 1 min 1 s of a 1 min time box',
      advice: 'Over time: lead with the point and cut the background to a sentence.',
    });
    expect(note({ talkingMs: 30_000 }, 'time', 120_000)?.tone).toBe('good');
    expect(note({ talkingMs: 29_000 }, 'time', 120_000)).toEqual({
      id: 'time',
      tone: 'note',
      label: 'Talked for 29 s of a 2 min time box',
      advice: 'Short for the time box: add one example with its result.',
    });
    // Without a time box, any length is within.
    expect(note({ talkingMs: 600_000 }, 'time')?.tone).toBe('good');
  });

  it('judges the pace against 120-160 words a minute, both ends conversational', () => {
    expect(note({ wordsPerMinute: 160 }, 'pace')?.tone).toBe('good');
    expect(note({ wordsPerMinute: 120 }, 'pace')?.tone).toBe('good');
    expect(note({ wordsPerMinute: 161, syllablesPerSecond: 3.76 }, 'pace')).toEqual({
      id: 'pace',
      tone: 'warn',
      label: 'About 161 words a minute (3.8 syllables a second)',
      range: PACE_RANGE,
      advice: 'Faster than conversation: slow down at the numbers and the result, so they land.',
    });
    expect(note({ wordsPerMinute: 119 }, 'pace')).toMatchObject({
      tone: 'note',
      advice:
        'Slower than conversation: fine for a hard point; otherwise keep the sentences moving.',
    });
  });

  it('warns of a pause of 3 s or more, notes over 35% silence, and a long answer without pauses', () => {
    expect(note({ longestPauseMs: 3_000 }, 'pauses')).toEqual({
      id: 'pauses',
      tone: 'warn',
      label: '2 pauses, the longest 3.0 s, 20% of the time',
      range: PAUSE_RANGE,
      advice:
        'A long pause: if you lost the thread, a bridge such as "the short answer is" buys time.',
    });
    expect(note({ longestPauseMs: 2_999 }, 'pauses')?.tone).toBe('good');
    expect(note({ silenceShare: 0.35 }, 'pauses')?.tone).toBe('good');
    expect(note({ silenceShare: 0.36 }, 'pauses')).toMatchObject({
      tone: 'note',
      label: '2 pauses, the longest 1.5 s, 36% of the time',
      advice: 'Many pauses: practise the opening sentence until it comes without searching.',
    });
    expect(note({ pauseCount: 1, longestPauseMs: 800, silenceShare: 0.05 }, 'pauses')?.label).toBe(
      '1 pause, the longest 0.8 s, 5% of the time',
    );
    const none = { pauseCount: 0, longestPauseMs: 0, silenceShare: 0 };
    expect(note({ ...none, talkingMs: 20_000 }, 'pauses')).toEqual({
      id: 'pauses',
      tone: 'note',
      label: 'No pauses',
      range: PAUSE_RANGE,
      advice: 'No pauses at all: a short stop after the key point lets it sink in.',
    });
    expect(note({ ...none, talkingMs: 19_999 }, 'pauses')?.tone).toBe('good');
  });

  it('notes a wait of 3 s or more before the first word', () => {
    expect(note({ firstWordMs: 3_000 }, 'start')).toEqual({
      id: 'start',
      tone: 'note',
      label: '3.0 s before the first word',
      range: 'A start within 3 s feels ready',
      advice:
        'Have an opening sentence ready for this question, even "Good question, the short answer is…".',
    });
    expect(note({ firstWordMs: 2_999 }, 'start')).toBeUndefined();
  });

  it('calls a voice under 1.5 semitones of movement flat, and says nothing of pitch when none was voiced', () => {
    expect(note({ pitchSpreadSemitones: 1.5 }, 'pitch')?.tone).toBe('good');
    expect(note({ pitchSpreadSemitones: 1.4 }, 'pitch')).toEqual({
      id: 'pitch',
      tone: 'warn',
      label: 'Little pitch movement (1.4 semitones)',
      range: PITCH_RANGE,
      advice:
        'Sounds flat: let your voice rise on what you are proud of and fall at the end of a point.',
    });
    expect(note({ medianPitchHz: 0, pitchSpreadSemitones: 0 }, 'pitch')).toBeUndefined();
  });

  it('notes a recording quieter than -35 dB', () => {
    expect(note({ loudnessDb: -35 }, 'volume')).toBeUndefined();
    expect(note({ loudnessDb: -40.4 }, 'volume')).toEqual({
      id: 'volume',
      tone: 'note',
      label: 'Quiet recording (-40 dB)',
      range: 'Clear speech records above -35 dB of full scale',
      advice:
        'Speak up or move closer to the microphone; a quiet voice also reads as unsure across a table.',
    });
  });
});
