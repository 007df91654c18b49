// How well a typed query matches a title: every word typed must appear in it; starts of words and
// of the title rank higher. Predictable on purpose (no scattered-letter matches). Shared: quick open
// and the pickers rank with it in the renderer, and journal.find ranks the journal with it.

/** Case and accents folded, so 'Cafe' finds 'café'. */
export function foldForMatch(text: string): string {
  // Plain ASCII has no accents to take off (and is most titles): the cheap way, same result.
  if (isAscii(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Whether `ch` separates words (not a letter or digit). */
function isSeparator(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80)
    return !((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a));
  return /[^\p{L}\p{N}]/u.test(ch);
}

/** The typed query as the words every match must hold, folded. */
export function queryWords(query: string): string[] {
  return foldForMatch(query).split(/\s+/).filter(Boolean);
}

/** Score in (0, 1] of an already folded text for folded words; 0 when a word is missing. */
export function foldedScore(haystack: string, words: readonly string[]): number {
  if (words.length === 0) return 1;
  let score = 0;
  for (const word of words) {
    const index = haystack.indexOf(word);
    if (index < 0) return 0;
    const atWordStart = index === 0 || isSeparator(haystack[index - 1]!);
    score += index === 0 ? 3 : atWordStart ? 2 : 1;
  }
  return score / (words.length * 3);
}

export function matchScore(text: string, query: string): number {
  return foldedScore(foldForMatch(text), queryWords(query));
}
