// Delivery feedback measured from real speech (espeak-ng), not from a transcript: rate, pauses,
// the wait before the first word, pitch movement, loudness and silence.
import { describe, expect, it } from 'vitest';
import {
  analyseDelivery,
  type DeliveryMeasures,
} from '../../../src-main/shared/voice/deliveryAnalysis';
import { deliveryNotes, MONOTONE_SEMITONES } from '../../../src-main/shared/voice/deliveryAdvice';
import { resampled, scaled, soundingMs, speak, withSilence, type Sound } from './speech';

const SENTENCE =
  'Last quarter I led the migration of our billing service to the new platform, and we cut the release time from two weeks to three days while keeping every customer online.';
const WORDS = SENTENCE.split(/\s+/).length;
/** Counted by hand, dictionary syllables: Last quar-ter I led the mi-gra-tion of our bil-ling ser-vice... */
const SYLLABLES = 43;

interface Rated {
  wpm: number;
  sound: Sound;
  actual: number;
  measured: DeliveryMeasures;
}

const measure = (sound: { samples: Float32Array; rate: number }) =>
  analyseDelivery(sound.samples, sound.rate);

describe('speaking rate from syllable nuclei', () => {
  const [slow, medium, fast] = [110, 160, 230].map((wpm) => {
    const sound = speak(SENTENCE, wpm);
    return { wpm, sound, actual: WORDS / (soundingMs(sound) / 60_000), measured: measure(sound) };
  }) as [Rated, Rated, Rated];
  const rates = [slow, medium, fast];

  it('orders the same sentence spoken at 110, 160 and 230 words a minute', () => {
    expect(slow.measured.wordsPerMinute).toBeLessThan(medium.measured.wordsPerMinute);
    expect(medium.measured.wordsPerMinute).toBeLessThan(fast.measured.wordsPerMinute);
  });

  it('estimates each rate within 25% of the words actually spoken per minute of sound', () => {
    for (const r of rates) {
      // espeak-ng speaks somewhat faster than the rate it is given; the truth is the sound itself.
      expect(
        Math.abs(r.measured.wordsPerMinute - r.actual) / r.actual,
        `at -s ${r.wpm}`,
      ).toBeLessThanOrEqual(0.25);
    }
  });

  it('counts the syllables of the sentence within 15% at every rate', () => {
    for (const r of rates)
      expect(
        Math.abs(r.measured.syllables - SYLLABLES) / SYLLABLES,
        `at -s ${r.wpm}`,
      ).toBeLessThanOrEqual(0.15);
  });

  it('gives the same answer at the 48 kHz a browser decodes to', () => {
    const at48k = measure(resampled(medium.sound, 48_000));
    expect(
      Math.abs(at48k.wordsPerMinute - medium.measured.wordsPerMinute) /
        medium.measured.wordsPerMinute,
    ).toBeLessThan(0.1);
    expect(at48k.pauseCount).toBe(medium.measured.pauseCount);
  });

  it('says the pace is fast at 230 and conversational-or-slow at 110, with the range it used', () => {
    const fastNote = deliveryNotes(fast.measured, 120_000).find((n) => n.id === 'pace');
    const slowNote = deliveryNotes(slow.measured, 120_000).find((n) => n.id === 'pace');
    expect(fastNote?.tone).toBe('warn');
    expect(fastNote?.range).toContain('120-160 words a minute');
    expect(slowNote?.tone).not.toBe('warn');
  });
});

describe('pauses and the first word', () => {
  it('finds two inserted pauses of 2 s and measures the longest', () => {
    const m = measure(
      speak(
        '<speak>I started the project in March. <break time="2s"/> Then we shipped the first version to ten customers. <break time="2s"/> They loved it.</speak>',
      ),
    );
    expect(m.pauseCount).toBe(2);
    expect(m.longestPauseMs).toBeGreaterThanOrEqual(1800);
    expect(m.longestPauseMs).toBeLessThanOrEqual(2400);
    expect(m.silenceShare).toBeGreaterThan(0.25);
  });

  it('finds no pause of a second or more in a sentence spoken straight through', () => {
    const m = measure(speak(SENTENCE));
    expect(m.longestPauseMs).toBeLessThan(1000);
  });

  it('tells a long wait before the first word', () => {
    const m = measure(withSilence(speak(SENTENCE), 4000));
    expect(m.firstWordMs).toBeGreaterThanOrEqual(3900);
    expect(m.firstWordMs).toBeLessThanOrEqual(4100);
    expect(deliveryNotes(m, null).find((n) => n.id === 'start')?.label).toBe(
      '4.0 s before the first word',
    );
    expect(deliveryNotes(measure(speak(SENTENCE)), null).some((n) => n.id === 'start')).toBe(false);
  });
});

describe('what counts as a syllable', () => {
  it('counts no syllable in a hiss between two sentences: only voiced peaks are syllables', () => {
    const { samples, rate } = speak('Last quarter I led the migration of our billing service.');
    const loudest = samples.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    let seed = 3;
    const hiss = () =>
      new Float32Array(Math.round(rate * 0.12)).map(() => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return (seed / 2 ** 31 - 0.5) * 0.6 * loudest;
      });
    const gap = new Float32Array(Math.round(rate * 0.4));
    const joined = (middle: Float32Array[]) => {
      const parts = [samples, ...middle, gap, samples];
      const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
      parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
      return analyseDelivery(out, rate).syllables;
    };
    const plain = joined([]);
    expect(plain).toBeGreaterThan(20);
    expect(joined(Array.from({ length: 5 }, () => [gap, hiss()]).flat())).toBe(plain);
  });
});

describe('pitch movement', () => {
  it('tells a monotone voice from a varied one', () => {
    const flat = measure(speak(`<speak><prosody range="x-low">${SENTENCE}</prosody></speak>`));
    const varied = measure(
      speak(
        '<speak><prosody range="x-high" pitch="high">Last quarter I led the migration of our billing service to the new platform!</prosody> ' +
          '<prosody range="x-high" pitch="x-low">and we cut the release time from two weeks to three days,</prosody> ' +
          '<prosody range="x-high" pitch="x-high">while keeping every customer online?</prosody></speak>',
      ),
    );
    expect(flat.pitchSpreadSemitones).toBeLessThan(MONOTONE_SEMITONES);
    expect(varied.pitchSpreadSemitones).toBeGreaterThan(MONOTONE_SEMITONES);
    expect(deliveryNotes(flat, null).find((n) => n.id === 'pitch')?.tone).toBe('warn');
    expect(deliveryNotes(varied, null).find((n) => n.id === 'pitch')?.tone).toBe('good');
    // A voice in espeak-ng's ordinary range sits around 100 Hz.
    expect(flat.medianPitchHz).toBeGreaterThan(70);
    expect(flat.medianPitchHz).toBeLessThan(160);
  });
});

describe('loudness and silence', () => {
  it('says a quiet recording is quiet and still measures its pace', () => {
    const loud = measure(speak(SENTENCE));
    const quiet = measure(scaled(speak(SENTENCE), 0.05));
    expect(quiet.speechHeard).toBe(true);
    expect(quiet.loudnessDb).toBeLessThan(loud.loudnessDb - 20);
    expect(deliveryNotes(quiet, null).some((n) => n.id === 'volume')).toBe(true);
    expect(deliveryNotes(loud, null).some((n) => n.id === 'volume')).toBe(false);
    expect(Math.abs(quiet.wordsPerMinute - loud.wordsPerMinute) / loud.wordsPerMinute).toBeLessThan(
      0.1,
    );
  });

  it('hears no speech in silence or faint room noise, and says so instead of measuring', () => {
    const silence = analyseDelivery(new Float32Array(48_000 * 5), 48_000);
    let seed = 7;
    const noise = new Float32Array(48_000 * 5).map(() => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return (seed / 2 ** 31 - 0.5) * 0.002;
    });
    for (const m of [silence, analyseDelivery(noise, 48_000)]) {
      expect(m.speechHeard).toBe(false);
      expect(m.syllables).toBe(0);
      expect(deliveryNotes(m, 60_000)).toEqual([
        expect.objectContaining({ id: 'no-speech', label: 'No speech heard' }),
      ]);
    }
  });
});

describe('talking time against the time box', () => {
  it('says over time, short, or within', () => {
    const m = measure(speak(SENTENCE));
    expect(deliveryNotes(m, 5_000).find((n) => n.id === 'time')?.tone).toBe('warn');
    expect(deliveryNotes(m, 120_000).find((n) => n.id === 'time')?.tone).toBe('note');
    expect(deliveryNotes(m, 20_000).find((n) => n.id === 'time')).toMatchObject({
      tone: 'good',
      label: expect.stringMatching(/^Talked for \d+ s of a 20 s time box$/),
    });
  });
});
