// Filler and hedge words in a typed answer ("um", "kind of", "I guess", "like," set off by commas),
// counted and quoted back as typed; the same counting serves other word lists (absolutes).

export interface TermCount {
  /** The term as listed (lower case). */
  term: string;
  count: number;
  /** Its first occurrence as typed, for quoting back. */
  shown: string;
}

const HEDGES = [
  'um',
  'uh',
  'er',
  'kind of',
  'sort of',
  'i guess',
  'i think',
  'just',
  'maybe',
  'basically',
  'actually',
  'probably',
  'you know',
  'i mean',
];

/** The fillers and hedges of the answer, most frequent first. */
export function countHedges(text: string): TermCount[] {
  const out = matchTerms(text, HEDGES);
  // "like" is a filler only where it is set off by commas; as a verb it is fine.
  const fillerLike = text.match(/(?:^|,\s*)(like),/gi) ?? [];
  if (fillerLike.length > 0) {
    const shown = /like/i.exec(fillerLike[0]!)?.[0] ?? 'like';
    out.push({ term: 'like', count: fillerLike.length, shown });
  }
  return byCount(out);
}

/** How often each listed term occurs as a whole word or phrase, most frequent first. */
export function countTerms(text: string, terms: readonly string[]): TermCount[] {
  return byCount(matchTerms(text, terms));
}

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function matchTerms(text: string, terms: readonly string[]): TermCount[] {
  const out: TermCount[] = [];
  for (const term of terms) {
    const found = text.match(new RegExp(`(?<![\\w'-])${escape(term)}(?![\\w'-])`, 'gi')) ?? [];
    if (found.length > 0) out.push({ term, count: found.length, shown: found[0]! });
  }
  return out;
}

function byCount(terms: TermCount[]): TermCount[] {
  return terms.sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}
