// What the other person asks next, given the answer just heard: a manager who hears no figure asks
// for one, no example asks for one, a long answer asks for the short version, a "we" story asks
// what I did. Pure rules over the answer's words, so each probe can say why it was asked.
import { countWords } from '../journal/plainText';
import { numberWords } from './numberWords';
import { starShape } from './starShape';

export type ProbeReason = 'no-number' | 'no-example' | 'too-long' | 'only-we';

export interface Probe {
  reason: ProbeReason;
  /** The question the other person asks, in their voice. */
  text: string;
  /** Why it was asked, for the review. */
  why: string;
}

/** Past this many words an answer is a speech, not an answer, whatever the time box. */
export const LONG_ANSWER_WORDS = 180;
/** Shorter answers are not probed: there is too little to go on, and "Say more" is the better prompt. */
const MIN_WORDS = 8;

const DIGITS = /\d/;
const EXAMPLE =
  /\b(?:for example|for instance|such as|one time|once,|the time (?:when|that)|last (?:week|month|quarter|year|sprint)|in (?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|20\d\d)|when (?:i|we|our|my))\b/i;

const PROBES: Record<ProbeReason, Omit<Probe, 'reason'>> = {
  'only-we': {
    text: 'What was your part in that, specifically?',
    why: 'The answer says what "we" did, never what "I" did.',
  },
  'no-example': {
    text: 'Can you give me a specific example?',
    why: 'The answer names no time, place or case it happened in.',
  },
  'no-number': {
    text: 'Can you put a number on that?',
    why: 'The answer has no figure: no count, percentage, amount or time.',
  },
  'too-long': {
    text: 'If you had to say that in one sentence?',
    why: `The answer runs past ${LONG_ANSWER_WORDS} words.`,
  },
};

/** Every probe the answer calls for, most telling first; empty when the answer is sound or too short to judge. */
export function answerProbes(answer: string): Probe[] {
  const words = countWords(answer);
  if (words < MIN_WORDS) return [];
  const reasons: ProbeReason[] = [];
  if (words > LONG_ANSWER_WORDS) reasons.push('too-long');
  if (starShape(answer).onlyWe) reasons.push('only-we');
  if (!EXAMPLE.test(answer) && !starShape(answer).situation.found) reasons.push('no-example');
  if (!DIGITS.test(answer) && numberWords(answer).length === 0) reasons.push('no-number');
  return reasons.map((reason) => ({ reason, ...PROBES[reason] }));
}

/** The one probe the other person asks next, or null. */
export function nextProbe(answer: string): Probe | null {
  return answerProbes(answer)[0] ?? null;
}
