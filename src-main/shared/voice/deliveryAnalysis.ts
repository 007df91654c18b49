// How a spoken answer was delivered, measured from the sound alone (no transcript, no model, on
// the device): talking time, speaking rate, pauses, the wait before the first word, pitch variation
// and loudness. The speaking rate counts syllable nuclei as de Jong and Wempe (2009) do: peaks of
// loudness that stand out from the dip before them and fall where the voice is voiced.
import { at, FRAME_MS, intensityFrames, pitchFrames, reduce, SILENCE_DB } from './speechFrames';

/** Below this the recording holds no speech worth measuring (a muted or unplugged microphone). */
const NO_SPEECH_DB = -55;
/** Speech is what comes within 25 dB of the loudest moments (de Jong & Wempe's silence threshold). */
const SILENCE_BELOW_PEAK_DB = 25;
/** A syllable's peak must rise at least this far above the dip since the previous one. */
const MIN_DIP_DB = 2;
/** Shorter gaps are the ordinary breaks between words, not pauses. */
export const MIN_PAUSE_MS = 300;
/** Syllables per word in conversational English, to turn syllables into an estimate of words. */
const SYLLABLES_PER_WORD = 1.4;

export interface DeliveryMeasures {
  durationMs: number;
  /** False when nothing in the recording is loud enough to be speech. */
  speechHeard: boolean;
  /** From the first to the last sound of speech. */
  talkingMs: number;
  /** Silence at the start before the first word. */
  firstWordMs: number;
  syllables: number;
  /** Syllables per second of talking time, pauses included. */
  syllablesPerSecond: number;
  /** An estimate: syllables per minute over 1.4 syllables per word. */
  wordsPerMinute: number;
  pauseCount: number;
  longestPauseMs: number;
  /** Share of the talking time spent in pauses (0..1). */
  silenceShare: number;
  /** Median pitch of the voiced frames in Hz, 0 when none was voiced. */
  medianPitchHz: number;
  /** Spread of pitch around the median in semitones (standard deviation). */
  pitchSpreadSemitones: number;
  /** Average loudness of speech in dB relative to full scale. */
  loudnessDb: number;
}

const quantile = (sorted: Float64Array | number[], q: number): number =>
  sorted.length === 0
    ? 0
    : at(sorted, Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1)))));

/**
 * Loudness peaks on voiced frames, each counted when the valley between it and the syllable before
 * lies at least MIN_DIP_DB below both; a higher peak without such a valley is the same syllable.
 */
function countNuclei(intensity: Float64Array, pitch: Float64Array, threshold: number): number {
  let count = 0;
  let peak = -Infinity;
  let dip = Infinity;
  for (let f = 1; f < intensity.length - 1; f++) {
    const v = at(intensity, f);
    dip = Math.min(dip, v);
    if (v <= threshold || v < at(intensity, f - 1) || v <= at(intensity, f + 1)) continue;
    if (!(at(pitch, f) > 0 || at(pitch, f - 1) > 0 || at(pitch, f + 1) > 0)) continue;
    if (count === 0 || (peak - dip >= MIN_DIP_DB && v - dip >= MIN_DIP_DB)) {
      count++;
      peak = v;
      dip = v;
    } else if (v > peak) {
      peak = v;
      dip = v;
    }
  }
  return count;
}

function pitchStats(pitch: Float64Array): { median: number; spread: number } {
  const voiced = Array.from(pitch).filter((hz) => hz > 0);
  if (voiced.length < 10) return { median: 0, spread: 0 };
  voiced.sort((a, b) => a - b);
  const median = quantile(voiced, 0.5);
  // Semitones about the median; the outer 5% on each side (octave slips, creak) are left out.
  const kept = voiced.slice(Math.floor(voiced.length * 0.05), Math.ceil(voiced.length * 0.95));
  const st = kept.map((hz) => 12 * Math.log2(hz / median));
  const mean = st.reduce((s, v) => s + v, 0) / st.length;
  const spread = Math.sqrt(st.reduce((s, v) => s + (v - mean) ** 2, 0) / st.length);
  return { median, spread };
}

/** Smooths loudness over three frames so a flicker inside one syllable is not counted as two. */
function smooth(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const a = at(values, Math.max(0, i - 1));
    const b = at(values, i);
    const c = at(values, Math.min(values.length - 1, i + 1));
    out[i] = (a + b + c) / 3;
  }
  return out;
}

const silent = (durationMs: number, loudnessDb: number): DeliveryMeasures => ({
  durationMs,
  speechHeard: false,
  talkingMs: 0,
  firstWordMs: durationMs,
  syllables: 0,
  syllablesPerSecond: 0,
  wordsPerMinute: 0,
  pauseCount: 0,
  longestPauseMs: 0,
  silenceShare: 0,
  medianPitchHz: 0,
  pitchSpreadSemitones: 0,
  loudnessDb,
});

/** Measures the delivery of mono samples in [-1, 1] recorded at `sampleRate`. */
export function analyseDelivery(samples: Float32Array, sampleRate: number): DeliveryMeasures {
  const sound = reduce(samples, sampleRate);
  const { durationMs } = sound;
  const intensity = intensityFrames(sound);
  const sorted = Float64Array.from(intensity).sort();
  const peakDb = quantile(sorted, 0.99);
  if (intensity.length === 0 || peakDb < NO_SPEECH_DB)
    return silent(durationMs, intensity.length === 0 ? SILENCE_DB : peakDb);
  const threshold = Math.max(peakDb - SILENCE_BELOW_PEAK_DB, NO_SPEECH_DB, at(sorted, 0));
  const pitch = pitchFrames(sound, intensity, threshold);
  const speech = Array.from(intensity, (v) => v >= threshold);
  const first = speech.indexOf(true);
  const last = speech.lastIndexOf(true);

  let pauseCount = 0;
  let longestPause = 0;
  let pausedFrames = 0;
  let run = 0;
  for (let f = first; f <= last; f++) {
    if (!speech[f]) {
      run++;
      continue;
    }
    if (run * FRAME_MS >= MIN_PAUSE_MS) {
      pauseCount++;
      pausedFrames += run;
      longestPause = Math.max(longestPause, run);
    }
    run = 0;
  }

  const talkingMs = (last - first + 1) * FRAME_MS;
  const syllables = countNuclei(smooth(intensity), pitch, threshold);
  const syllablesPerSecond = talkingMs > 0 ? syllables / (talkingMs / 1000) : 0;
  const { median, spread } = pitchStats(pitch);
  let energy = 0;
  let spokenFrames = 0;
  for (let f = first; f <= last; f++) {
    if (!speech[f]) continue;
    energy += 10 ** (at(intensity, f) / 10);
    spokenFrames++;
  }
  return {
    durationMs,
    speechHeard: true,
    talkingMs,
    firstWordMs: first * FRAME_MS,
    syllables,
    syllablesPerSecond,
    wordsPerMinute: (syllablesPerSecond * 60) / SYLLABLES_PER_WORD,
    pauseCount,
    longestPauseMs: longestPause * FRAME_MS,
    silenceShare: talkingMs > 0 ? (pausedFrames * FRAME_MS) / talkingMs : 0,
    medianPitchHz: median,
    pitchSpreadSemitones: spread,
    loudnessDb: 10 * Math.log10(energy / spokenFrames),
  };
}
