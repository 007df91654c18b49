// Real speech for the delivery tests: espeak-ng speaks a text to a WAV (16-bit PCM, mono), read back
// as samples in [-1, 1]. CI installs espeak-ng (.ci/run); without it these tests fail and say so.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Sound {
  samples: Float32Array;
  rate: number;
}

export function readWav(bytes: Buffer): Sound {
  if (bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE')
    throw new Error('not a WAV file');
  const rate = bytes.readUInt32LE(24);
  let offset = 12;
  while (bytes.toString('ascii', offset, offset + 4) !== 'data')
    offset += 8 + bytes.readUInt32LE(offset + 4);
  // espeak-ng writing to a file leaves the data size as written; trust the bytes actually there.
  const count = Math.min(bytes.readUInt32LE(offset + 4), bytes.length - offset - 8) >> 1;
  const samples = new Float32Array(count);
  for (let i = 0; i < count; i++) samples[i] = bytes.readInt16LE(offset + 8 + 2 * i) / 32768;
  return { samples, rate };
}

/** Speaks `text` (SSML when it starts with <speak>) at `wordsPerMinute`. */
export function speak(text: string, wordsPerMinute = 160): Sound {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-speech-'));
  try {
    const file = join(dir, 'speech.wav');
    const ssml = text.startsWith('<speak>') ? ['-m'] : [];
    try {
      execFileSync('espeak-ng', [...ssml, '-s', String(wordsPerMinute), '-w', file, text], {
        stdio: 'pipe',
      });
    } catch (error) {
      throw new Error('espeak-ng is needed for the voice tests (apt-get install espeak-ng)', {
        cause: error,
      });
    }
    return readWav(readFileSync(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The span from the first to the last sample louder than -40 dB of full scale, measured plainly. */
export function soundingMs({ samples, rate }: Sound): number {
  const floor = 0.01;
  let first = 0;
  while (first < samples.length && Math.abs(samples[first] ?? 0) < floor) first++;
  let last = samples.length - 1;
  while (last > first && Math.abs(samples[last] ?? 0) < floor) last--;
  return ((last - first + 1) / rate) * 1000;
}

export function scaled({ samples, rate }: Sound, gain: number): Sound {
  return { samples: samples.map((v) => v * gain), rate };
}

export function withSilence({ samples, rate }: Sound, beforeMs: number): Sound {
  const pad = Math.round((beforeMs / 1000) * rate);
  const out = new Float32Array(pad + samples.length);
  out.set(samples, pad);
  return { samples: out, rate };
}

/** Linear resampling, to hand the analysis what a browser decodes at (48 kHz). */
export function resampled({ samples, rate }: Sound, to: number): Sound {
  const out = new Float32Array(Math.floor((samples.length * to) / rate));
  for (let i = 0; i < out.length; i++) {
    const x = (i * rate) / to;
    const j = Math.floor(x);
    const here = samples[j] ?? 0;
    const next = samples[Math.min(samples.length - 1, j + 1)] ?? here;
    out[i] = here + (next - here) * (x - j);
  }
  return { samples: out, rate: to };
}
