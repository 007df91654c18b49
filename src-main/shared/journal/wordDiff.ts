// The difference between two plain texts, word by word, for the history view. Myers' O(ND) diff
// over interned tokens after cutting the common start and end, bounded so a long entry stays fast:
// past DIFF_MAX_WORDS changed words, or DIFF_MAX_EDITS insertions and deletions, it compares whole
// lines instead, and past the same bounds in lines it shows the changed middle as one removal and
// one insertion. Whitespace changes alone are not shown (a token keeps its trailing whitespace).

/** Words (both texts together, after the common start and end) still compared word by word. */
export const DIFF_MAX_WORDS = 20_000;
/** Insertions plus deletions one level traces before it gives way to the coarser one. */
export const DIFF_MAX_EDITS = 1_000;

export type DiffOp = 'same' | 'added' | 'removed';

export interface DiffPart {
  op: DiffOp;
  text: string;
}

export interface TextDiff {
  parts: DiffPart[];
  /** How finely the texts were compared. */
  level: 'word' | 'line' | 'block';
}

interface Token {
  text: string;
  key: string;
}

function wordTokens(text: string): Token[] {
  return (text.match(/\s+|\S+\s*/g) ?? []).map((t) => ({ text: t, key: t.trimEnd() || ' ' }));
}

function lineTokens(text: string): Token[] {
  return (text.match(/[^\n]*\n|[^\n]+/g) ?? []).map((t) => ({ text: t, key: t.trimEnd() }));
}

/** Edit script of a against b (as ops on token indices), or null when it needs more than maxEdits. */
function myers(a: Int32Array, b: Int32Array, maxEdits: number): DiffOp[] | null {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(maxEdits, n + m);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, offset, n, m, d);
    }
  }
  return null;
}

function backtrack(
  trace: Int32Array[],
  offset: number,
  n: number,
  m: number,
  edits: number,
): DiffOp[] {
  const ops: DiffOp[] = [];
  let x = n;
  let y = m;
  for (let d = edits; d > 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push('same');
      x--;
      y--;
    }
    ops.push(down ? 'added' : 'removed');
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    ops.push('same');
    x--;
    y--;
  }
  return ops.reverse();
}

function push(parts: DiffPart[], op: DiffOp, text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.op === op) last.text += text;
  else parts.push({ op, text });
}

/** Diffs the middle of two token lists; null when it is past the bounds at this level. */
function diffTokens(a: Token[], b: Token[], maxTokens: number): DiffPart[] | null {
  let start = 0;
  while (start < a.length && start < b.length && a[start]!.key === b[start]!.key) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1]!.key === b[endB - 1]!.key) {
    endA--;
    endB--;
  }
  if (endA - start + (endB - start) > maxTokens) return null;
  const ids = new Map<string, number>();
  const intern = (tokens: Token[], from: number, to: number) =>
    Int32Array.from(tokens.slice(from, to), (t) => {
      let id = ids.get(t.key);
      if (id === undefined) ids.set(t.key, (id = ids.size));
      return id;
    });
  const ops = myers(intern(a, start, endA), intern(b, start, endB), DIFF_MAX_EDITS);
  if (!ops) return null;
  const parts: DiffPart[] = [];
  // Unchanged text is shown as it reads now.
  for (let i = 0; i < start; i++) push(parts, 'same', b[i]!.text);
  let i = start;
  let j = start;
  for (const op of ops) {
    if (op === 'same') {
      push(parts, 'same', b[j++]!.text);
      i++;
    } else if (op === 'removed') push(parts, 'removed', a[i++]!.text);
    else push(parts, 'added', b[j++]!.text);
  }
  for (let k = endB; k < b.length; k++) push(parts, 'same', b[k]!.text);
  return parts;
}

type Segment = { same: string } | { removed: string; added: string };

/**
 * Folds an unchanged stretch into the changes around it when it is at most half as long as each
 * (a stricter form of diff-match-patch's semantic cleanup): a text typed over all at once reads as
 * the old text then the new, not as the two interleaved around every "the" they share, while one
 * word swapped here and one there stay apart. Repeats until nothing folds; each fold removes segments.
 */
export function tidyParts(parts: readonly DiffPart[]): DiffPart[] {
  let segments: Segment[] = [];
  for (const p of parts) {
    const last = segments[segments.length - 1];
    if (p.op === 'same') segments.push({ same: p.text });
    else if (last && !('same' in last)) last[p.op] += p.text;
    else
      segments.push(
        p.op === 'removed' ? { removed: p.text, added: '' } : { removed: '', added: p.text },
      );
  }
  const size = (c: { removed: string; added: string }) =>
    Math.max(c.removed.length, c.added.length);
  for (let folded = true; folded;) {
    folded = false;
    const out: Segment[] = [];
    for (const seg of segments) {
      const same = out[out.length - 1];
      const before = out[out.length - 2];
      if (!('same' in seg) && same && 'same' in same && before && !('same' in before)) {
        if (same.same.length * 2 <= size(before) && same.same.length * 2 <= size(seg)) {
          out.splice(-2, 2, {
            removed: before.removed + same.same + seg.removed,
            added: before.added + same.same + seg.added,
          });
          folded = true;
          continue;
        }
      }
      const last = out[out.length - 1];
      if (last && !('same' in last) && !('same' in seg))
        out[out.length - 1] = {
          removed: last.removed + seg.removed,
          added: last.added + seg.added,
        };
      else out.push(seg);
    }
    segments = out;
  }
  const result: DiffPart[] = [];
  for (const seg of segments) {
    if ('same' in seg) push(result, 'same', seg.same);
    else {
      push(result, 'removed', seg.removed);
      push(result, 'added', seg.added);
    }
  }
  return result;
}

/** What changed from `before` (an earlier version) to `after` (the text now). */
export function diffWords(
  before: string,
  after: string,
  options: { tidy?: boolean } = {},
): TextDiff {
  const tidy = options.tidy === false ? (p: DiffPart[]) => p : tidyParts;
  const byWord = diffTokens(wordTokens(before), wordTokens(after), DIFF_MAX_WORDS);
  if (byWord) return { parts: tidy(byWord), level: 'word' };
  const byLine = diffTokens(lineTokens(before), lineTokens(after), DIFF_MAX_WORDS);
  if (byLine) return { parts: tidy(byLine), level: 'line' };
  const a = lineTokens(before);
  const b = lineTokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start]!.key === b[start]!.key) start++;
  const parts: DiffPart[] = [];
  push(
    parts,
    'same',
    b
      .slice(0, start)
      .map((t) => t.text)
      .join(''),
  );
  push(
    parts,
    'removed',
    a
      .slice(start)
      .map((t) => t.text)
      .join(''),
  );
  push(
    parts,
    'added',
    b
      .slice(start)
      .map((t) => t.text)
      .join(''),
  );
  return { parts, level: 'block' };
}
