// The valid-input property of the journal: any Unicode title and body survive create → get
// unchanged, and search finds a distinctive word placed among them.
import fc from 'fast-check';
import { expect } from 'vitest';
import { body, testStore } from '../helpers';

const ODD_TEXT = [
  '\u202E',
  '\u200F',
  '\u0627\u0644\u0639\u0631\u0628\u064A\u0629',
  '\u05E2\u05D1\u05E8\u05D9\u05EA',
  '👩‍💻',
  '🏳️‍🌈',
  'e\u0301',
  'a\u0308\u0323',
  '\u0BA4\u0BCD',
  '\u{1F600}',
  '\0',
  '\u2028',
  'ﬁ',
  'İ',
  '\t',
];

// Well-formed text only: a lone surrogate is not a character and cannot travel as UTF-8 (SQLite
// stores U+FFFD in its place); the hostile-input fuzz covers it for crashes and refusals.
const unicodeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }).filter((s) => !/\p{Cs}/u.test(s)),
  fc.string({ unit: fc.constantFrom(...ODD_TEXT), maxLength: 100 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
);

const longTitle = fc
  .constantFrom(100_000, 150_000)
  .chain((n) =>
    fc
      .string({ unit: fc.constantFrom(...ODD_TEXT, 'x', ' '), minLength: 8, maxLength: 16 })
      .map((s) => cutAtCodePoint(s.repeat(Math.ceil(n / s.length) + 1), n)),
  );

/** At least `n` UTF-16 units, never ending halfway through a surrogate pair. */
function cutAtCodePoint(s: string, n: number): string {
  const cut = s.slice(0, n);
  return /[\uD800-\uDBFF]$/.test(cut) ? s.slice(0, n + 1) : cut;
}

/** Runs the property and answers how many cases ran. */
export async function checkJournalRoundTrip(): Promise<number> {
  const t = testStore();
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(unicodeText, longTitle),
      fc.array(unicodeText, { minLength: 1, maxLength: 4 }),
      async (title, paragraphs) => {
        runs++;
        // A word no generated text can hold (trigram search needs three characters).
        const word = `zqvx${runs}kw`;
        const text = body(
          ...paragraphs.slice(0, 1),
          `${paragraphs[0] ?? ''} ${word} ${paragraphs[1] ?? ''}`,
          ...paragraphs.slice(1),
        );
        const created = await t.call('journal.create', {
          kind: 'accomplishment',
          title,
          body: text,
        });
        const back = await t.call('journal.get', { id: created.id });
        expect(back.title === title, 'title changed on the way through the store').toBe(true);
        expect(back.body === text, 'body changed on the way through the store').toBe(true);
        const hits = await t.call('search.query', { text: word });
        expect(hits.map((h) => h.id)).toContain(created.id);
      },
    ),
    { numRuns: 60 },
  );
  return runs;
}
