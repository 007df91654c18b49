// How well a typed query matches a title: every word typed must appear in it; starts of words and
// of the title rank higher. Predictable on purpose (no scattered-letter matches).

function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function matchScore(text: string, query: string): number {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return 1;
  const haystack = normalise(text);
  let score = 0;
  for (const word of words) {
    const index = haystack.indexOf(word);
    if (index < 0) return 0;
    const atWordStart = index === 0 || /[^\p{L}\p{N}]/u.test(haystack[index - 1]!);
    score += index === 0 ? 3 : atWordStart ? 2 : 1;
  }
  return score / (words.length * 3);
}
