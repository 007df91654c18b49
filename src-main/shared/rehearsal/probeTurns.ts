// Follow-up probes as turns of their own: which probe the other person asks after an answer (one
// the answer calls for first, else one of the question's own by chance), why, how its grade joins
// the question's for scheduling, and where its recording is kept.
import { GRADES, type Grade } from '../questions/questionBank';
import { nextProbe } from './answerProbes';
import { nextRandom } from './seededRandom';

/** Why a probe was asked: a rule over the answer, or drawn from the question's own probes. */
export const PROBE_SOURCES = ['no-number', 'no-example', 'too-long', 'only-we', 'bank'] as const;
export type ProbeSource = (typeof PROBE_SOURCES)[number];

export interface ChosenProbe {
  text: string;
  reason: ProbeSource;
}

const WHY: Record<ProbeSource, string> = {
  'no-number': 'Your answer had no figure: no count, percentage, amount or time.',
  'no-example': 'Your answer named no time, place or case it happened in.',
  'too-long': 'Your answer ran long; the short version is what people remember.',
  'only-we': 'Your answer said what "we" did, never what you did.',
  bank: 'A follow-up this question often draws, asked by chance (follow-ups are on).',
};

/** The sentence the review shows under a probe: why the other person asked it. */
export function probeWhy(reason: ProbeSource): string {
  return WHY[reason];
}

/**
 * The probe after an answer, and the generator's next state. The generator always moves by two
 * draws whatever is chosen, so the rest of a seeded rehearsal does not depend on what was typed.
 */
export function chooseProbe(
  answer: string,
  bankProbes: readonly string[],
  chance: number,
  rng: number,
): { probe: ChosenProbe | null; rng: number } {
  const roll = nextRandom(rng);
  const pick = nextRandom(roll.state);
  const heard = nextProbe(answer);
  if (heard) return { probe: { text: heard.text, reason: heard.reason }, rng: pick.state };
  const text =
    bankProbes.length > 0 && roll.value < chance
      ? bankProbes[Math.floor(pick.value * bankProbes.length)]
      : undefined;
  return { probe: text ? { text, reason: 'bank' } : null, rng: pick.state };
}

/**
 * The one grade a question and its follow-up give the schedule: the lower of the two. A follow-up
 * tests whether the answer holds when pushed, and the person across the table remembers the weak
 * moment; so an answer that fell apart under the probe comes due again soon, however good it began.
 * Without a graded probe the question's own grade stands.
 */
export function combinedGrade(question: Grade, probe: Grade | null): Grade {
  if (probe === null) return question;
  return GRADES.indexOf(probe) < GRADES.indexOf(question) ? probe : question;
}

/**
 * A probe's recording is kept beside the question's, at this place past the session's questions
 * (a session holds at most 100), so the voice store needs no second key.
 */
export const PROBE_AUDIO_OFFSET = 100;

export function probeAudioPlace(position: number): number {
  return PROBE_AUDIO_OFFSET + position;
}

/** The question a recording's place belongs to, and whether it is that question's follow-up. */
export function audioPlaceOf(place: number): { position: number; probe: boolean } {
  return place >= PROBE_AUDIO_OFFSET
    ? { position: place - PROBE_AUDIO_OFFSET, probe: true }
    : { position: place, probe: false };
}

/** Names the answer a recording belongs to, for labels: "question 2", "the follow-up to question 2". */
export function audioPlaceLabel(place: number): string {
  const { position, probe } = audioPlaceOf(place);
  return probe ? `the follow-up to question ${position + 1}` : `question ${position + 1}`;
}
