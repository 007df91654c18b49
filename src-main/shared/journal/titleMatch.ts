// How well a typed query matches a title: every word typed must appear in it; starts of words and
// of the title rank higher. Predictable on purpose (no scattered-letter matches). Shared: quick open
// and the pickers rank with it in the renderer, and journal.find ranks the journal with it.

/** Case and accents folded, so 'Cafe' finds 'café'. */
export function foldForMatch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
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
    const atWordStart = index === 0 || /[^\p{L}\p{N}]/u.test(haystack[index - 1]!);
    score += index === 0 ? 3 : atWordStart ? 2 : 1;
  }
  return score / (words.length * 3);
}

export function matchScore(text: string, query: string): number {
  return foldedScore(foldForMatch(text), queryWords(query));
}
