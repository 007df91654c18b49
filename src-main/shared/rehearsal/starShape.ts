// The STAR shape of an answer: does it set the scene (situation or task), say what I did (action),
// and say what came of it (result)? Simple word rules a person can check by reading the answer,
// so each verdict says which words it rests on.
import { numberWords } from './numberWords';

export interface StarPart {
  found: boolean;
  /** The words the verdict rests on, as typed (the first match), or null. */
  cue: string | null;
}

export interface StarShape {
  situation: StarPart;
  action: StarPart;
  result: StarPart;
  /** The answer says "we" for the work but never what "I" did. */
  onlyWe: boolean;
}

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december';
/** When or where it happened, or what was at stake. */
const SITUATION = new RegExp(
  [
    `\\b(?:last|this|that|next|previous)\\s+(?:week|month|quarter|year|spring|summer|autumn|fall|winter|sprint|release)\\b`,
    `\\b(?:in|during|by|since)\\s+(?:${MONTHS}|q[1-4]|20\\d\\d|the\\s+(?:spring|summer|autumn|fall|winter))\\b`,
    `\\bduring\\s+(?:the|our|a|my)\\s+\\w+`,
    `\\b(?:when|while)\\s+(?:i|we|our|my|the)\\b`,
    `\\b(?:at the time|back then|a few (?:weeks|months|years) ago|\\w+ (?:weeks|months|years) ago)\\b`,
    `\\b(?:the|our|my)\\s+(?:goal|task|problem|challenge|deadline|situation|issue|brief|target)\\b`,
    `\\b(?:i|we)\\s+(?:was|were|had been)\\s+(?:asked|tasked|given|facing|behind|stuck|short)\\b`,
    `\\b(?:i|we)\\s+(?:had|needed)\\s+to\\b`,
  ].join('|'),
  'i',
);
/** Verbs of doing, in the past: regular ones end in -ed; these are the common irregular ones. */
const IRREGULAR =
  'led|built|wrote|ran|made|took|set|sent|spoke|met|brought|chose|drove|found|gave|got|began|taught|sold|won|kept|held|paid|put|cut|bought|fought|shut|split|spent|told|rewrote|rebuilt|overhauled|stepped|sat|went|did|run|written|taken|chosen|driven|given|begun|spoken|gotten|done';
/** Past tenses that are not actions a person took to solve something. */
const NOT_ACTIONS =
  'was|had|felt|wanted|hoped|liked|loved|believed|learned|needed|used to|seemed|guessed|supposed|joined|arrived|noticed|realised|realized|saw|heard|thought|knew|wondered';
const ACTION = new RegExp(
  // "I have run", "I had built": a perfect tense is an action too.
  `\\bI\\s+(?:ha(?:ve|d)\\s+)?(?:(?:then|also|first|personally|quickly|finally)\\s+)?(?!(?:${NOT_ACTIONS})\\b)(${IRREGULAR}|[a-z]{3,}ed)\\b`,
  'i',
);
const WE_ACTION = new RegExp(
  `\\bwe\\s+(?:(?:then|also|first|quickly|finally)\\s+)?(?!(?:${NOT_ACTIONS})\\b)(?:${IRREGULAR}|[a-z]{3,}ed)\\b`,
  'i',
);
/** What came of it: a change, a figure, a consequence. */
const RESULT = new RegExp(
  [
    `\\b(?:as a result|the result|in the end|which meant|which led to|led to|so that|that meant|outcome|since then|from then on|now we|now the|now it)\\b`,
    `\\b(?:reduced|increased|cut|saved|improved|grew|doubled|halved|tripled|dropped|fell|rose|raised|lowered|shortened|sped up|won|shipped|launched|delivered|closed|retained|promoted|praised|thanked|adopted|passed|fixed|resolved)\\b`,
    `\\d+(?:[.,]\\d+)?\\s?(?:%|percent\\b|x\\b|k\\b|hours?\\b|days?\\b|weeks?\\b|minutes?\\b)`,
    `[$€£]\\s?\\d`,
  ].join('|'),
  'i',
);

const WORDS_WITH_UNIT =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds of|a thousand|thousands of)(?:-\w+)?\s+(?:days|weeks|hours|minutes|months)\b/i;

const part = (match: RegExpMatchArray | null | string): StarPart =>
  typeof match === 'string'
    ? { found: true, cue: match }
    : match
      ? { found: true, cue: match[0] }
      : { found: false, cue: null };

/** Which parts of the STAR shape an answer holds, with the words each verdict rests on. */
export function starShape(text: string): StarShape {
  const action = text.match(ACTION);
  // A figure said in words counts when it is a change or carries a unit: "forty percent", "three days".
  const words =
    numberWords(text).find((w) => /percent|doubled|halved|tripled|quadrupled|tenfold/i.test(w)) ??
    text.match(WORDS_WITH_UNIT)?.[0];
  const result = text.match(RESULT) ?? words ?? null;
  return {
    situation: part(text.match(SITUATION)),
    action: part(action),
    result: part(result),
    onlyWe: !action && WE_ACTION.test(text),
  };
}
