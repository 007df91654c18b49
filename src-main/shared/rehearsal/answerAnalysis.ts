// Feedback on a typed answer, computed on the device: counts and patterns, each turned into a
// short note that says why. Never a bare score. Filler and hedge words are found in fillers.ts.
import { countWords } from '../journal/plainText';
import { countHedges, countTerms, type TermCount } from './fillers';
import { numberWords } from './numberWords';
import { starShape, type StarShape } from './starShape';

export interface AnswerInput {
  text: string;
  elapsedMs: number;
  timeBoxMs: number;
  /** Titles of the journal entries linked to the question, to spot when the answer cites them. */
  entryTitles?: string[];
  /**
   * The answer to a follow-up: it answers one point ("Can you put a number on that?"), so it is not
   * told it is brief for the time box or that it lacks a situation, an action and a result.
   */
  followUp?: boolean;
}

export interface Evidence {
  numbers: string[];
  percentages: string[];
  money: string[];
  dates: string[];
  names: string[];
  entries: string[];
}

/** 'pace' is kept for answers saved before typed answers stopped getting a pace note. */
export type NoteKind = 'length' | 'pace' | 'hedges' | 'absolutes' | 'evidence' | 'empty' | 'star';

export interface AnalysisNote {
  kind: NoteKind;
  tone: 'strength' | 'suggestion';
  text: string;
  reason: string;
}

export interface AnswerAnalysis {
  words: number;
  elapsedMs: number;
  wordsPerMinute: number | null;
  hedges: TermCount[];
  absolutes: TermCount[];
  evidence: Evidence;
  /** Words against what fits the time box at a calm speaking pace. */
  length: 'empty' | 'short' | 'fits' | 'long';
  /** Situation, action, result: which the answer names, with the words each verdict rests on. */
  star?: StarShape;
  notes: AnalysisNote[];
}

const ABSOLUTES = [
  'always',
  'never',
  'everyone',
  'everybody',
  'no one',
  'nobody',
  'the best',
  'single-handedly',
  'all by myself',
  'perfect',
  'flawless',
  'without me',
  'the only one',
];
/** A calm speaking pace: the yardstick for how many words fit the time box. */
const CALM_WPM = 130;
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const QUARTER = /\bQ[1-4](?:\s+\d{4})?\b/g;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;
const MONTH_DATE = new RegExp(
  `\\b(?:\\d{1,2}\\s+(?:${MONTHS})(?:\\s+\\d{4})?|(?:${MONTHS})\\s+\\d{1,2}(?:,?\\s+\\d{4})?|(?:${MONTHS})\\s+\\d{4})\\b`,
  'g',
);
const PERCENT = /\b\d+(?:[.,]\d+)?\s?(?:%|percent\b)/g;
const MONEY =
  /[$€£]\s?\d[\d,.]*\s?(?:k|m|million|thousand)?\b|\b\d[\d,.]*\s?(?:dollars|euros|pounds)\b/gi;
/** A figure, with a unit or scale written straight after it: 40k, 3x, 10h, 250ms. */
const NUMBER = /\b\d[\d,.]*(?:[a-z]{1,3})?\b/gi;
/** "Answer 4", "question 2", "step 3": numbers that label, not evidence. */
const LABEL_NUMBER =
  /\b(?:answer|question|step|item|point|option|part|number|no\.)\s+(\d{1,2})\b/gi;
/** Small words that start a capitalised run without being a name. */
const NOT_NAMES = new Set([
  'I',
  "I'm",
  "I've",
  "I'd",
  "I'll",
  'OK',
  ...MONTHS.split('|'),
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
]);

function unique(values: Iterable<string>): string[] {
  return [...new Set([...values].map((v) => v.trim()))].filter((v) => v !== '');
}

/** Words that are capitalised in a Title Case sentence without naming anyone. */
const COMMON = new Set(
  'A An The And But Or So Then Also My Our Your Their His Her Its We You They He She It This That These Those In On At For With To Of From By As Is Are Was Were Be Been Have Has Had Do Did Not No Yes Think Work Team Project Time Year Week Month Good Great New Best More Most Very Really Just Lot What When Where Why How Who Which'.split(
    ' ',
  ),
);

/**
 * Capitalised words that do not open a sentence: people, teams, products, clients. A sentence in
 * Title Case (most of its words capitalised) names no one by its capitals, and common words never do.
 */
function findNames(text: string): string[] {
  const names: string[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    const words = sentence
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/^[("'“]+|[)"'”.,;:!?]+$/g, ''));
    const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
    if (words.length >= 4 && capitalised / words.length > 0.6) continue;
    const isName = (word: string): boolean =>
      /^[A-Z][\p{L}'-]+$/u.test(word) && !NOT_NAMES.has(word) && !COMMON.has(word);
    // The first word counts only as the start of a longer name ("Priya Sharma asked…").
    const from = isName(words[0] ?? '') && isName(words[1] ?? '') ? 0 : 1;
    for (const word of words.slice(from)) if (isName(word)) names.push(word);
  }
  return unique(names);
}

export function findEvidence(text: string, entryTitles: readonly string[] = []): Evidence {
  const dates = unique([
    ...(text.match(ISO_DATE) ?? []),
    ...(text.match(MONTH_DATE) ?? []),
    ...(text.match(QUARTER) ?? []),
  ]);
  const percentages = unique(text.match(PERCENT) ?? []);
  const money = unique(text.match(MONEY) ?? []);
  const inOthers = [...dates, ...percentages, ...money].join(' ');
  const labels = new Set([...text.matchAll(LABEL_NUMBER)].map((m) => m[1]!));
  const numbers = unique([
    ...(text.match(NUMBER) ?? []).filter((n) => !inOthers.includes(n) && !labels.has(n)),
    // Said or dictated answers write figures as words: "forty percent", "three new hires".
    ...numberWords(text),
  ]);
  const lower = text.toLowerCase();
  const entries = unique(
    entryTitles.filter((t) => t.trim().length >= 3 && lower.includes(t.trim().toLowerCase())),
  );
  return { numbers, percentages, money, dates, names: findNames(text), entries };
}

const LISTED = 4;

/** Up to four terms as typed, then how many other kinds there were, so the total adds up. */
function list(terms: TermCount[]): string {
  const shown = terms
    .slice(0, LISTED)
    .map((t) => (t.count > 1 ? `"${t.shown}" ×${t.count}` : `"${t.shown}"`))
    .join(', ');
  const rest = terms.slice(LISTED).reduce((n, t) => n + t.count, 0);
  return rest > 0 ? `${shown} and ${rest} more` : shown;
}

export function analyseAnswer(input: AnswerInput): AnswerAnalysis {
  const text = input.text.trim();
  const words = countWords(text);
  const minutes = input.elapsedMs / 60_000;
  const wordsPerMinute = words > 0 && input.elapsedMs >= 5_000 ? Math.round(words / minutes) : null;
  const hedges = countHedges(text);
  const absolutes = countTerms(text, ABSOLUTES);
  const evidence = findEvidence(text, input.entryTitles);
  const fitWords = Math.round((input.timeBoxMs / 60_000) * CALM_WPM);
  const length =
    words === 0
      ? 'empty'
      : words < fitWords * 0.25
        ? 'short'
        : words > fitWords * 1.1
          ? 'long'
          : 'fits';
  const notes: AnalysisNote[] = [];
  const seconds = Math.round(input.elapsedMs / 1000);

  if (length === 'empty') {
    notes.push({
      kind: 'empty',
      tone: 'suggestion',
      text: 'Nothing typed, so there are no notes on the words.',
      reason:
        'Ladder does not turn speech into text: a spoken answer is measured from its recording. A line or two of notes gives the review words to compare.',
    });
  } else if (length === 'short' && input.followUp) {
    notes.push({
      kind: 'length',
      tone: 'strength',
      text: `${words} words: a follow-up is answered in a line or two.`,
      reason: 'The other person asked one thing; answering it and stopping is right.',
    });
  } else if (length === 'short') {
    notes.push({
      kind: 'length',
      tone: 'suggestion',
      text: `At ${words} words the answer is brief for the time box.`,
      reason: `About ${fitWords} words fit at a calm pace; add an example with its result.`,
    });
  } else if (length === 'long') {
    notes.push({
      kind: 'length',
      tone: 'suggestion',
      text: `At ${words} words the answer runs past the time box.`,
      reason: `About ${fitWords} words fit at a calm pace; lead with the point and cut the rest.`,
    });
  } else {
    // Under a few seconds the answer was pasted or typed ahead: its time says nothing.
    const timing = seconds >= 5 ? ` in ${seconds} s` : '';
    notes.push({
      kind: 'length',
      tone: 'strength',
      text: `${words} words${timing} fit the time box.`,
      reason: `About ${fitWords} words fit at a calm pace.`,
    });
  }
  const hedgeCount = hedges.reduce((n, t) => n + t.count, 0);
  // One is enough to tell: "Um, I cut release time by 40%" opens on a filler a listener hears.
  if (words > 0 && hedgeCount >= 1) {
    notes.push({
      kind: 'hedges',
      tone: 'suggestion',
      text: `${hedgeCount} ${hedgeCount === 1 ? 'hedge or filler' : 'hedges or fillers'}: ${list(hedges)}.`,
      reason: 'Softeners make a clear point sound unsure; say it once, plainly.',
    });
  }
  if (absolutes.length > 0) {
    notes.push({
      kind: 'absolutes',
      tone: 'suggestion',
      text: `Absolute or boasting words: ${list(absolutes)}.`,
      reason: 'Sweeping claims invite a challenge; a specific result persuades better.',
    });
  }
  const cited = [
    ...evidence.percentages,
    ...evidence.money,
    ...evidence.numbers,
    ...evidence.dates,
    ...evidence.names,
    ...evidence.entries,
  ];
  if (words > 0 && cited.length === 0) {
    notes.push({
      kind: 'evidence',
      tone: 'suggestion',
      text: 'No numbers, dates, names or journal entries cited.',
      reason: 'Evidence over adjectives: one figure or date makes the claim checkable.',
    });
  } else if (cited.length > 0) {
    notes.push({
      kind: 'evidence',
      tone: 'strength',
      text: `Cites evidence: ${unique(cited).slice(0, 5).join(', ')}.`,
      reason: 'Specific figures, dates and names make the answer checkable.',
    });
  }
  // Pace comes from a recording (delivery feedback), never from typing speed.
  const star = words > 0 && !input.followUp ? starShape(text) : undefined;
  if (star) notes.push(starNote(star));
  return {
    words,
    elapsedMs: input.elapsedMs,
    wordsPerMinute,
    hedges,
    absolutes,
    evidence,
    length,
    notes,
    ...(star ? { star } : {}),
  };
}

const STAR_PARTS: [keyof Omit<StarShape, 'onlyWe'>, string][] = [
  ['situation', 'the situation or task'],
  ['action', 'what you did'],
  ['result', 'the result'],
];

/** One note on the answer's shape, naming the words it found or what is missing. */
function starNote(star: StarShape): AnalysisNote {
  const missing = STAR_PARTS.filter(([k]) => !star[k].found).map(([, words]) => words);
  const cues = STAR_PARTS.flatMap(([k]) => (star[k].cue ? [`"${star[k].cue}"`] : [])).join(', ');
  if (missing.length === 0) {
    return {
      kind: 'star',
      tone: 'strength',
      text: `Names the situation, what you did and the result (${cues}).`,
      reason: 'A story with a scene, an action and an outcome is easy to follow and to remember.',
    };
  }
  const we = star.onlyWe ? ' It says what "we" did, never what "I" did.' : '';
  return {
    kind: 'star',
    tone: 'suggestion',
    text: `Missing ${missing.join(' and ')}.${we}`,
    reason: cues
      ? `Found ${cues}; situation, action and result make a complete example.`
      : 'Situation, action and result make a complete example: when it was, what you did, what changed.',
  };
}
