// Delivery measures turned into plain-language notes, each with the range it was judged against, so
// a person can see why Ladder says what it says. Pure: the rehearsal review and summary show these.
import type { DeliveryMeasures } from './deliveryAnalysis';

/** Conversational pace in estimated words per minute. */
export const PACE_RANGE = { low: 120, high: 160 } as const;
/** A pause longer than this reads as a lost thread rather than a breath. */
export const LONG_PAUSE_MS = 3000;
/** More of the talking time than this in pauses sounds hesitant. */
export const MAX_SILENCE_SHARE = 0.35;
/** Waiting longer than this before the first word is noticeable across a table. */
export const SLOW_START_MS = 3000;
/** Less pitch movement than this (standard deviation, semitones) sounds flat. */
export const MONOTONE_SEMITONES = 1.5;
/** Speech quieter than this (dB of full scale) is hard to hear back. */
export const QUIET_DB = -35;

export type DeliveryTone = 'good' | 'note' | 'warn';

export interface DeliveryNote {
  id: 'no-speech' | 'time' | 'pace' | 'pauses' | 'start' | 'pitch' | 'volume';
  tone: DeliveryTone;
  /** What was measured, e.g. "About 150 words a minute (3.5 syllables a second)". */
  label: string;
  /** What to do about it, in a sentence. */
  advice: string;
  /** The range used, e.g. "Conversational: 120-160 words a minute". */
  range?: string;
}

const seconds = (ms: number): string => {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  return s % 60 === 0 ? `${s / 60} min` : `${Math.floor(s / 60)} min ${s % 60} s`;
};

function timeNote(m: DeliveryMeasures, timeBoxMs: number | null): DeliveryNote {
  const label = timeBoxMs
    ? `Talked for ${seconds(m.talkingMs)} of a ${seconds(timeBoxMs)} time box`
    : `Talked for ${seconds(m.talkingMs)}`;
  if (timeBoxMs && m.talkingMs > timeBoxMs)
    return {
      id: 'time',
      tone: 'warn',
      label,
      advice: 'Over time: lead with the point and cut the background to a sentence.',
    };
  if (timeBoxMs && m.talkingMs < timeBoxMs * 0.25)
    return {
      id: 'time',
      tone: 'note',
      label,
      advice: 'Short for the time box: add one example with its result.',
    };
  return { id: 'time', tone: 'good', label, advice: 'Within the time box.' };
}

function paceNote(m: DeliveryMeasures): DeliveryNote {
  const wpm = Math.round(m.wordsPerMinute);
  const label = `About ${wpm} words a minute (${m.syllablesPerSecond.toFixed(1)} syllables a second)`;
  const range = `Conversational: ${PACE_RANGE.low}-${PACE_RANGE.high} words a minute, estimated from syllables`;
  if (wpm > PACE_RANGE.high)
    return {
      id: 'pace',
      tone: 'warn',
      label,
      range,
      advice: 'Faster than conversation: slow down at the numbers and the result, so they land.',
    };
  if (wpm < PACE_RANGE.low)
    return {
      id: 'pace',
      tone: 'note',
      label,
      range,
      advice:
        'Slower than conversation: fine for a hard point; otherwise keep the sentences moving.',
    };
  return { id: 'pace', tone: 'good', label, range, advice: 'A conversational pace.' };
}

function pausesNote(m: DeliveryMeasures): DeliveryNote {
  const share = Math.round(m.silenceShare * 100);
  const label =
    m.pauseCount === 0
      ? 'No pauses'
      : `${m.pauseCount} ${m.pauseCount === 1 ? 'pause' : 'pauses'}, the longest ${(m.longestPauseMs / 1000).toFixed(1)} s, ${share}% of the time`;
  const range = `Pauses of ${LONG_PAUSE_MS / 1000} s or more stand out; up to ${Math.round(MAX_SILENCE_SHARE * 100)}% silence reads as thoughtful`;
  if (m.longestPauseMs >= LONG_PAUSE_MS)
    return {
      id: 'pauses',
      tone: 'warn',
      label,
      range,
      advice:
        'A long pause: if you lost the thread, a bridge such as "the short answer is" buys time.',
    };
  if (m.silenceShare > MAX_SILENCE_SHARE)
    return {
      id: 'pauses',
      tone: 'note',
      label,
      range,
      advice: 'Many pauses: practise the opening sentence until it comes without searching.',
    };
  if (m.pauseCount === 0 && m.talkingMs >= 20_000)
    return {
      id: 'pauses',
      tone: 'note',
      label,
      range,
      advice: 'No pauses at all: a short stop after the key point lets it sink in.',
    };
  return { id: 'pauses', tone: 'good', label, range, advice: 'Pauses in a natural measure.' };
}

/**
 * Notes on a spoken answer: what was measured, the range it was judged against, and advice.
 * `timeBoxMs` is the question's time box, or null when there was none.
 */
export function deliveryNotes(m: DeliveryMeasures, timeBoxMs: number | null): DeliveryNote[] {
  if (!m.speechHeard)
    return [
      {
        id: 'no-speech',
        tone: 'warn',
        label: 'No speech heard',
        advice:
          'Nothing in the recording was loud enough to be speech: check that the right microphone is chosen and not muted.',
      },
    ];
  const notes = [timeNote(m, timeBoxMs), paceNote(m), pausesNote(m)];
  if (m.firstWordMs >= SLOW_START_MS)
    notes.push({
      id: 'start',
      tone: 'note',
      label: `${(m.firstWordMs / 1000).toFixed(1)} s before the first word`,
      range: `A start within ${SLOW_START_MS / 1000} s feels ready`,
      advice:
        'Have an opening sentence ready for this question, even "Good question, the short answer is…".',
    });
  if (m.medianPitchHz > 0)
    notes.push(
      m.pitchSpreadSemitones < MONOTONE_SEMITONES
        ? {
            id: 'pitch',
            tone: 'warn',
            label: `Little pitch movement (${m.pitchSpreadSemitones.toFixed(1)} semitones)`,
            range: `Lively speech moves ${MONOTONE_SEMITONES} semitones or more`,
            advice:
              'Sounds flat: let your voice rise on what you are proud of and fall at the end of a point.',
          }
        : {
            id: 'pitch',
            tone: 'good',
            label: `Pitch moves ${m.pitchSpreadSemitones.toFixed(1)} semitones`,
            range: `Lively speech moves ${MONOTONE_SEMITONES} semitones or more`,
            advice: 'A lively voice.',
          },
    );
  if (m.loudnessDb < QUIET_DB)
    notes.push({
      id: 'volume',
      tone: 'note',
      label: `Quiet recording (${Math.round(m.loudnessDb)} dB)`,
      range: `Clear speech records above ${QUIET_DB} dB of full scale`,
      advice:
        'Speak up or move closer to the microphone; a quiet voice also reads as unsure across a table.',
    });
  return notes;
}
