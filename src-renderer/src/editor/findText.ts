// Case- and accent-insensitive text search that reports positions in the original text, so a match on
// "resume" can select "Résumé" exactly.

interface Folded {
  text: string;
  /** For each folded character, the index in the original string it came from (plus the end). */
  origin: number[];
}

export function foldForSearch(input: string): Folded {
  let text = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of input) {
    const folded = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let i = 0; i < folded.length; i++) origin.push(index);
    text += folded;
    index += char.length;
  }
  origin.push(index);
  return { text, origin };
}

/** Where `needle` first occurs in `haystack`, as [start, end) in the haystack's own indices. */
export function findFolded(haystack: string, needle: string): [number, number] | null {
  const wanted = foldForSearch(needle.trim().replace(/\s+/g, ' ')).text;
  if (!wanted) return null;
  const hay = foldForSearch(haystack.replace(/\s/g, ' '));
  const at = hay.text.indexOf(wanted);
  if (at < 0) return null;
  const start = hay.origin[at] ?? 0;
  const end = hay.origin[at + wanted.length] ?? haystack.length;
  return [start, end];
}
