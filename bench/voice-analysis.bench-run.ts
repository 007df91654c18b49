// Delivery analysis of a spoken answer: a 2-minute recording (espeak-ng speech of a real answer,
// repeated with pauses between, resampled to the 48 kHz a browser decodes to) analysed in Node, as
// the page does after decoding. Median and p95 over repeated runs, after two warm-up runs.
import { expect, it } from 'vitest';
import { analyseDelivery } from '../src-main/shared/voice/deliveryAnalysis';
import { resampled, speak } from '../tests/core/voice/speech';
import { percentile, row, time, writeResults } from './stats';

const RUNS = 30;
const ANSWER_MS = 120_000;
const RATE = 48_000;

it('analyses the delivery of a 2-minute answer', () => {
  const part = resampled(
    speak(
      '<speak>Last quarter I led the migration of our billing service to the new platform. <break time="800ms"/> ' +
        'We cut the release time from two weeks to three days, <break time="400ms"/> and no customer saw an outage. ' +
        '<break time="1500ms"/> What I would do differently is bring support in a month earlier.</speak>',
    ),
    RATE,
  );
  const samples = new Float32Array((ANSWER_MS / 1000) * RATE);
  for (let at = 0; at < samples.length; at += part.samples.length + RATE) {
    samples.set(part.samples.subarray(0, Math.min(part.samples.length, samples.length - at)), at);
  }
  let last = analyseDelivery(samples, RATE);
  analyseDelivery(samples, RATE);
  const times = Array.from({ length: RUNS }, () =>
    time(() => (last = analyseDelivery(samples, RATE))),
  );
  expect(last.speechHeard).toBe(true);
  expect(last.pauseCount).toBeGreaterThan(10);
  writeResults('voice-analysis', [
    row('2-minute answer at 48 kHz, median', percentile(times, 50), 'ms'),
    row('2-minute answer at 48 kHz, p95', percentile(times, 95), 'ms', 300),
  ]);
});
