// Word counts by line, remembered: a save of a 10,000-word entry counts only the lines it changed
// (counting all of them took 1.5-4 ms of each save). Exact: no word spans a line, since a newline
// is neither a letter, digit, mark nor a joining character (countWords' pattern), so a text's count
// is the sum of its lines' counts.
import { countWords } from '../../shared/journal/plainText';

/** Lines shorter than this are counted directly: cheaper than remembering them. */
const SHORT_LINE = 16;
/** Characters of lines remembered before the memory starts again (at most about 8 MB). */
export const MAX_REMEMBERED_CHARS = 4_000_000;

const counts = new Map<string, number>();
let chars = 0;

/** countWords(text), computed line by line with the lines' counts remembered. */
export function countWordsByLine(text: string): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (line.length < SHORT_LINE) {
      total += countWords(line);
      continue;
    }
    let n = counts.get(line);
    if (n === undefined) {
      n = countWords(line);
      if (chars + line.length > MAX_REMEMBERED_CHARS) {
        counts.clear();
        chars = 0;
      }
      counts.set(line, n);
      chars += line.length;
    }
    total += n;
  }
  return total;
}

/** Characters of the lines held in memory, counted from the lines themselves (not the running tally). */
export function rememberedChars(): number {
  let n = 0;
  for (const line of counts.keys()) n += line.length;
  return n;
}
