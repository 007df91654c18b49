// The frame-by-frame picture of a recording that delivery feedback is computed from: loudness every
// 10 ms and, where there is sound, the voice's pitch. Pure arithmetic on samples, so it runs in the
// page (after the browser decodes the recording) or in Node, and never needs a network or a model.

/** Time between frames. */
export const FRAME_MS = 10;
/** Loudness window: long enough to smooth single pitch periods, short enough to keep syllables apart. */
const INTENSITY_WINDOW_MS = 50;
/** Pitch is tracked every 30 ms on a signal brought down to about 8 kHz: enough for a voice's pitch, and cheap. */
const PITCH_STEP_FRAMES = 3;
const PITCH_RATE = 8000;
const PITCH_WINDOW_MS = 32;
/** The range of speaking voices (a low male voice to a high child's). */
const MIN_PITCH_HZ = 70;
const MAX_PITCH_HZ = 400;
/** How alike a window must be to itself one period later to count as voiced (1 = a pure tone). */
const VOICING_THRESHOLD = 0.5;
/** The floor of the loudness scale: digital silence reads as this instead of minus infinity. */
export const SILENCE_DB = -120;

/** An element of a typed array that the loop bounds keep in range. */
export const at = (values: ArrayLike<number>, i: number): number => values[i] ?? 0;

/** Averages blocks of `factor` samples: a crude low-pass and decimation in one pass. */
function decimate(samples: Float32Array, factor: number): Float32Array {
  if (factor <= 1) return samples;
  const out = new Float32Array(Math.floor(samples.length / factor));
  for (let i = 0; i < out.length; i++) {
    let sum = 0;
    const start = i * factor;
    for (let j = 0; j < factor; j++) sum += at(samples, start + j);
    out[i] = sum / factor;
  }
  return out;
}

function intensityTrack(samples: Float32Array, rate: number, frames: number): Float64Array {
  // Prefix sums of squares make every window's mean square one subtraction.
  const squares = new Float64Array(samples.length + 1);
  for (let i = 0; i < samples.length; i++)
    squares[i + 1] = at(squares, i) + at(samples, i) * at(samples, i);
  const half = Math.round((INTENSITY_WINDOW_MS / 1000) * rate * 0.5);
  const step = (FRAME_MS / 1000) * rate;
  const out = new Float64Array(frames);
  for (let f = 0; f < frames; f++) {
    const centre = Math.round(f * step + step / 2);
    const from = Math.max(0, centre - half);
    const to = Math.min(samples.length, centre + half);
    const meanSquare = to > from ? (at(squares, to) - at(squares, from)) / (to - from) : 0;
    out[f] = meanSquare > 1e-12 ? Math.max(SILENCE_DB, 10 * Math.log10(meanSquare)) : SILENCE_DB;
  }
  return out;
}

/** Normalised autocorrelation of `v[0..size)` at `lag`, with `sq` the running sums of its squares. */
function correlation(v: Float64Array, sq: Float64Array, size: number, lag: number): number {
  const n = size - lag;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (v[i] as number) * (v[i + lag] as number);
  // The energies of the two overlapping parts come from the running sums: one pass per lag.
  const e1 = sq[n] as number;
  const e2 = (sq[size] as number) - (sq[lag] as number);
  return e1 > 0 && e2 > 0 ? sum / Math.sqrt(e1 * e2) : 0;
}

/** Buffers reused from frame to frame, so tracking a long answer allocates nothing per frame. */
export interface PitchScratch {
  fine: Float64Array;
  fineSquares: Float64Array;
  coarse: Float64Array;
  coarseSquares: Float64Array;
  r: Float64Array;
}

const scratchFor = (size: number): PitchScratch => ({
  fine: new Float64Array(size),
  fineSquares: new Float64Array(size + 1),
  coarse: new Float64Array(size >> 1),
  coarseSquares: new Float64Array((size >> 1) + 1),
  r: new Float64Array(size),
});

/**
 * Pitch of one window, or 0 when it is not voiced: the period is found at half the rate (a quarter
 * of the work), then refined at the full rate around it, where voicing is judged.
 */
function windowPitch(
  x: Float32Array,
  start: number,
  size: number,
  rate: number,
  b: PitchScratch,
): number {
  let mean = 0;
  for (let i = 0; i < size; i++) mean += x[start + i] as number;
  mean /= size;
  b.fineSquares[0] = 0;
  for (let i = 0; i < size; i++) {
    const v = (x[start + i] as number) - mean;
    b.fine[i] = v;
    b.fineSquares[i + 1] = (b.fineSquares[i] as number) + v * v;
  }
  if ((b.fineSquares[size] as number) <= 1e-9) return 0;
  const half = size >> 1;
  b.coarseSquares[0] = 0;
  for (let i = 0; i < half; i++) {
    const v = ((b.fine[2 * i] as number) + (b.fine[2 * i + 1] as number)) / 2;
    b.coarse[i] = v;
    b.coarseSquares[i + 1] = (b.coarseSquares[i] as number) + v * v;
  }
  const minLag = Math.max(1, Math.floor(rate / MAX_PITCH_HZ / 2));
  const maxLag = Math.min(Math.ceil(rate / MIN_PITCH_HZ / 2), half - 2);
  const r = b.r;
  let best = 0;
  for (let lag = minLag - 1; lag <= maxLag + 1; lag++) {
    r[lag] = lag >= 1 ? correlation(b.coarse, b.coarseSquares, half, lag) : 0;
    if (lag >= minLag && lag <= maxLag && (r[lag] as number) > best) best = r[lag] as number;
  }
  if (best < VOICING_THRESHOLD * 0.8) return 0;
  // The first local peak close to the best one: a period's multiples score almost as high, and
  // taking the highest would halve the pitch now and then.
  let coarseLag = 0;
  for (let lag = minLag; lag <= maxLag; lag++) {
    const v = r[lag] as number;
    if (v >= 0.9 * best && v >= (r[lag - 1] as number) && v >= (r[lag + 1] as number)) {
      coarseLag = lag;
      break;
    }
  }
  if (coarseLag === 0) return 0;
  let fineLag = 0;
  let fineBest = -1;
  const around = (lag: number) =>
    lag > 0 && lag < size - 1 ? correlation(b.fine, b.fineSquares, size, lag) : -1;
  for (let lag = 2 * coarseLag - 2; lag <= 2 * coarseLag + 2; lag++) {
    const v = around(lag);
    if (v > fineBest) {
      fineBest = v;
      fineLag = lag;
    }
  }
  if (fineBest < VOICING_THRESHOLD) return 0;
  const before = around(fineLag - 1);
  const after = around(fineLag + 1);
  const denom = before - 2 * fineBest + after;
  const shift = denom !== 0 ? (0.5 * (before - after)) / denom : 0;
  return rate / (fineLag + Math.max(-0.5, Math.min(0.5, shift)));
}

/** A recording brought down to about 8 kHz, where loudness and pitch are measured. */
export interface Reduced {
  samples: Float32Array;
  rate: number;
  durationMs: number;
}

/** Decimates once: every later pass reads a sixth of a 48 kHz recording's samples. */
export function reduce(samples: Float32Array, sampleRate: number): Reduced {
  const factor = Math.max(1, Math.floor(sampleRate / PITCH_RATE));
  return {
    samples: decimate(samples, factor),
    rate: sampleRate / factor,
    durationMs: (samples.length / sampleRate) * 1000,
  };
}

/** Loudness of each 10 ms frame, in dB of full scale. */
export function intensityFrames(sound: Reduced): Float64Array {
  return intensityTrack(sound.samples, sound.rate, Math.floor(sound.durationMs / FRAME_MS));
}

/**
 * The voice's pitch in Hz at each frame (0 where unvoiced), tracked every 30 ms and copied onto the
 * frames between. Only frames at least `floorDb` loud are looked at: silence and room noise have no
 * pitch, and most of the cost is there.
 */
export function pitchFrames(
  sound: Reduced,
  intensityDb: Float64Array,
  floorDb: number,
): Float64Array {
  const frames = intensityDb.length;
  const { samples: low, rate: lowRate } = sound;
  const size = Math.round((PITCH_WINDOW_MS / 1000) * lowRate);
  const step = (FRAME_MS / 1000) * lowRate;
  const pitchHz = new Float64Array(frames);
  const scratch = scratchFor(size);
  for (let f = 0; f < frames; f += PITCH_STEP_FRAMES) {
    if ((intensityDb[f] ?? SILENCE_DB) < floorDb) continue;
    const start = Math.round(f * step + step / 2 - size / 2);
    if (start < 0 || start + size > low.length) continue;
    const hz = windowPitch(low, start, size, lowRate, scratch);
    for (let g = f; g < Math.min(frames, f + PITCH_STEP_FRAMES); g++) pitchHz[g] = hz;
  }
  return pitchHz;
}
