// Numbers a person says rather than types: "forty percent", "three new hires", "doubled". Spoken
// and dictated answers write figures as words, and they are evidence as much as "40%".

const UNITS = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES = ['hundred', 'thousand', 'million', 'billion', 'dozen'];
/** Words that are a quantity on their own. */
const MULTIPLES = ['half', 'doubled', 'tripled', 'halved', 'twice', 'quadrupled', 'tenfold'];

const CARDINAL = `(?:${[...TENS.map((t) => `${t}(?:[- ](?:one|${UNITS.slice(0, 8).join('|')}))?`), ...UNITS].join('|')})`;
/** "one" counts only with a scale or "percent" after it ("one hundred", "one percent"), never as a pronoun. */
const NUMBER_WORDS = new RegExp(
  `\\b(?:(?:a|one|${CARDINAL})\\s+(?:${SCALES.join('|')})\\b(?:\\s+(?:and\\s+)?${CARDINAL})?(?:\\s+percent\\b)?|one\\s+percent\\b|${CARDINAL}(?:\\s+percent\\b)?|${MULTIPLES.join('|')})\\b`,
  'gi',
);

/** The numbers written as words in `text`, as typed ("forty percent", "three"). */
export function numberWords(text: string): string[] {
  return text.match(NUMBER_WORDS) ?? [];
}
