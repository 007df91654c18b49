// Entry bodies are stored deflated (migration 14) and word counts are summed by line: both must give
// back exactly what they replaced, for the generated journal and for hostile or huge input.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import { generateEntry, paragraphs, rng } from '../../../bench/corpus';
import { dumpAll } from '../../../src-main/core/data/dumpRepository';
import { packBody, storedBody } from '../../../src-main/core/journal/bodyPacking';
import { countWordsByLine } from '../../../src-main/core/journal/lineWordCounts';
import { countWords, lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';
import { testStore } from '../helpers';

const roundTrip = (body: string): string => storedBody('', packBody(body));

/** What a TEXT column gives back for `s` (SQLite stores UTF-8: a lone surrogate becomes U+FFFD). */
function throughTextColumn(s: string): string {
  const db = new Database(':memory:');
  try {
    return db.prepare('SELECT ? AS v').pluck().get(s) as string;
  } finally {
    db.close();
  }
}

function hostileStrings(r: () => number): string[] {
  const pieces = [
    '\0',
    '\n',
    '\r\n',
    '"',
    '\\',
    '\u{1F600}',
    '\u0301',
    'é',
    '’',
    "'",
    '-',
    '_',
    ' ',
    'ﬁ',
    '\u200B',
    'x',
    '7',
  ];
  const random = (n: number) =>
    Array.from({ length: n }, () => pieces[Math.floor(r() * pieces.length)] ?? '').join('');
  return [
    '',
    ' ',
    '\0',
    JSON.stringify({ root: { children: [], type: 'root' }, junk: '\0\u2028\u2029' }),
    random(5_000),
    // A body of several MB: deflate works in chunks, the round trip must still be whole.
    random(3_000_000),
    'a'.repeat(1_000_000),
  ];
}

describe('packed entry bodies', () => {
  it('give back every body of the generated journal byte for byte, in well under half its size', () => {
    const r = rng(11);
    let plain = 0;
    let packed = 0;
    const bodies = Array.from({ length: 300 }, (_, i) => generateEntry(r, i).body);
    bodies.push(lexicalFromParagraphs(paragraphs(r, 10_000)));
    for (const body of bodies) {
      const p = packBody(body);
      expect(roundTrip(body)).toBe(body);
      plain += Buffer.byteLength(body);
      packed += p?.length ?? 0;
    }
    expect(packed).toBeLessThan(plain / 2);
  });

  it('give back hostile and huge bodies as a text column would', () => {
    for (const s of hostileStrings(rng(5))) expect(roundTrip(s)).toBe(throughTextColumn(s));
    // Lone surrogates: the same replacement a TEXT column makes, no more.
    expect(roundTrip('a\uD800b')).toBe(throughTextColumn('a\uD800b'));
    expect(packBody('')).toBeNull();
  });

  it('are stored packed by every write and read back unchanged by get, save and export', async () => {
    const t = testStore();
    const body = lexicalFromParagraphs(paragraphs(rng(3), 2_000));
    const e = await t.call('journal.create', { kind: 'lesson', title: 'Packed', body });
    const raw = () =>
      t.store.db
        .prepare('SELECT body, length(body_packed) AS packed FROM entries WHERE id = ?')
        .get(e.id) as {
        body: string;
        packed: number | null;
      };
    expect(raw().body).toBe('');
    expect(raw().packed).toBeLessThan(body.length / 2);
    expect((await t.call('journal.get', { id: e.id })).body).toBe(body);

    const next = lexicalFromParagraphs(['Changed.', ...paragraphs(rng(4), 50)]);
    const saved = await t.call('journal.save', {
      id: e.id,
      title: 'Packed',
      date: e.date,
      fields: {},
      body: next,
      tags: ['x'],
    });
    // What the save answers (built without reading the row back) is what a read gives.
    expect(saved).toEqual(await t.call('journal.get', { id: e.id }));
    expect(saved.body).toBe(next);
    expect(raw().body).toBe('');
    const exported = dumpAll(t.store.db).entries.find((x) => x.id === e.id);
    expect(exported?.body).toBe(next);

    // An emptied body is stored as '' with nothing packed.
    await t.call('journal.save', {
      id: e.id,
      title: 'Packed',
      date: e.date,
      fields: {},
      body: '',
      tags: [],
    });
    expect(raw()).toEqual({ body: '', packed: null });
    expect((await t.call('journal.get', { id: e.id })).body).toBe('');
  });
});

describe('word counts by line', () => {
  it('equal the whole text counted at once, for the generated journal and hostile text', () => {
    const r = rng(9);
    const texts = [
      ...Array.from({ length: 200 }, (_, i) => generateEntry(r, i).body),
      ...hostileStrings(rng(6)).slice(0, 5),
      "l'été\n'quoted'\n-dash_\n\u0301mark after a newline\nend’s",
    ];
    for (const text of texts) {
      // Twice: the second count comes from remembered lines.
      expect(countWordsByLine(text)).toBe(countWords(text));
      expect(countWordsByLine(text)).toBe(countWords(text));
    }
  });
});
