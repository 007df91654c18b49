// The search index in pieces (migration 11): the same hits as the one-row-per-entry index it
// replaced, on a generated journal, checked against that old index built beside it in the same
// file; a save of a long entry re-indexes only the pieces it changed; a hit reads only its piece.
import { describe, expect, it } from 'vitest';
import { COMMON_TERMS, SEARCH_TERMS, generateEntry, paragraphs, rng } from '../../../bench/corpus';
import type { Db } from '../../../src-main/core/db/connection';
import { CHUNK_ID_BASE } from '../../../src-main/core/db/ftsChunks';
import { fieldsText } from '../../../src-main/core/db/ftsIndex';
import { matchSearch } from '../../../src-main/core/search/searchRepository';
import { parseQuery } from '../../../src-main/core/search/searchService';
import { markTerms, windowAroundHit } from '../../../src-main/core/search/snippet';
import { HIT_END, HIT_START, type SearchHit } from '../../../src-main/shared/domain';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';
import { join } from 'node:path';
import { openDatabase } from '../../../src-main/core/db/connection';
import { MIGRATIONS, migrate } from '../../../src-main/core/db/migrate';
import { DB_FILE_NAME } from '../../../src-main/core/host/store';
import { body, tempDir, testStore, type TestStore } from '../helpers';

const QUERIES = [
  ...SEARCH_TERMS,
  ...COMMON_TERMS,
  'budget zo',
  'q1 review',
  'ab',
  'é',
  'Q3',
  'négo',
  'ccessib dashboard',
];

/** The index as it was before migration 11: one row per live entry, holding its own copy of the text. */
function buildOldIndex(db: Db): void {
  db.exec(
    "CREATE VIRTUAL TABLE old_fts USING fts5 (title, text, fields, tags, tokenize = 'trigram remove_diacritics 1');" +
      "INSERT INTO old_fts (old_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 2.0, 3.0)');",
  );
  const rows = db
    .prepare(
      'SELECT e.seq, e.title, e.text, e.fields, ' +
        "(SELECT group_concat(tag, ' ') FROM (SELECT tag FROM entry_tags WHERE entry_seq = e.seq ORDER BY position)) AS tags " +
        'FROM entries e WHERE e.deleted_at IS NULL',
    )
    .all() as { seq: number; title: string; text: string; fields: string; tags: string | null }[];
  const insert = db.prepare(
    'INSERT INTO old_fts (rowid, title, text, fields, tags) VALUES (?, ?, ?, ?, ?)',
  );
  for (const r of rows) insert.run(r.seq, r.title, r.text, fieldsText(r.fields), r.tags ?? '');
}

const TAGS =
  '(SELECT json_group_array(tag) FROM (SELECT tag FROM entry_tags WHERE entry_seq = e.seq ORDER BY position))';

/** The search service as it was before migration 11 (searchService + searchRepository), on old_fts. */
function oldSearch(db: Db, text: string, limit = 50): SearchHit[] {
  const q = parseQuery(text);
  if (q.terms.length === 0) return [];
  const like = (t: string) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const likeSql = q.shortTerms
    .map(
      () =>
        " AND (f.title || ' ' || f.text || ' ' || f.fields || ' ' || f.tags) LIKE ? ESCAPE '\\'",
    )
    .join('');
  const base = (r: { id: string; kind: string; title: string; date: string; tags: string }) => ({
    id: r.id,
    kind: r.kind as SearchHit['kind'],
    title: r.title,
    date: r.date,
    tags: JSON.parse(r.tags) as string[],
  });
  const matched = (t: string, f: string) =>
    t.includes(HIT_START) || !f.includes(HIT_START) ? t : f;
  if (q.match) {
    const rows = db
      .prepare(
        `SELECT e.id, e.kind, e.title, e.date, ${TAGS} AS tags, highlight(old_fts, 0, ?, ?) AS th, ` +
          'highlight(old_fts, 1, ?, ?) AS xh, highlight(old_fts, 2, ?, ?) AS fh, f.rank AS rank ' +
          `FROM old_fts f JOIN entries e ON e.seq = f.rowid WHERE old_fts MATCH ?${likeSql} ORDER BY f.rank LIMIT ?`,
      )
      .all(
        ...[HIT_START, HIT_END, HIT_START, HIT_END, HIT_START, HIT_END],
        q.match,
        ...q.shortTerms.map(like),
        limit,
      ) as {
      id: string;
      kind: string;
      title: string;
      date: string;
      tags: string;
      th: string;
      xh: string;
      fh: string;
      rank: number;
    }[];
    return rows.map((r) => ({
      ...base(r),
      snippet: windowAroundHit(matched(r.xh, r.fh)),
      titleHighlighted: r.th,
      rank: r.rank,
    }));
  }
  const inTitle = q.shortTerms.map(() => "f.title LIKE ? ESCAPE '\\'").join(' OR ');
  const rows = db
    .prepare(
      `SELECT e.id, e.kind, e.title, e.date, ${TAGS} AS tags, f.text AS text, f.fields AS fields ` +
        `FROM old_fts f JOIN entries e ON e.seq = f.rowid WHERE 1${likeSql} ` +
        `ORDER BY (${inTitle}) DESC, e.date DESC, e.updated_at DESC LIMIT ?`,
    )
    .all(...q.shortTerms.map(like), ...q.shortTerms.map(like), limit) as {
    id: string;
    kind: string;
    title: string;
    date: string;
    tags: string;
    text: string;
    fields: string;
  }[];
  return rows
    .map((r) => {
      const titleHighlighted = markTerms(r.title, q.shortTerms);
      return {
        ...base(r),
        snippet: windowAroundHit(
          matched(markTerms(r.text, q.shortTerms), markTerms(r.fields, q.shortTerms)),
        ),
        titleHighlighted,
        rank: titleHighlighted.includes(HIT_START) ? -2 : -1,
      };
    })
    .sort((a, b) => a.rank - b.rank);
}

async function generated(entries: number, seed = 11): Promise<TestStore> {
  const t = testStore();
  const r = rng(seed);
  for (let i = 0; i < entries; i++) {
    const g = generateEntry(r, i);
    const fields: Record<string, string> =
      g.kind === 'accomplishment' && i % 3 === 0 ? { impact: `impact ${i} café` } : {};
    await t.call('journal.create', { ...g, fields });
  }
  return t;
}

function integrity(db: Db): void {
  // Compares every index row with what the content view gives for it (external content).
  db.prepare("INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)").run();
}

async function longEntry(t: TestStore, paras: string[], title = 'A long entry') {
  return t.call('journal.create', {
    kind: 'reflection',
    title,
    date: '2026-02-02',
    body: lexicalFromParagraphs(paras),
  });
}

describe('search over index pieces', () => {
  it('gives exactly the hits, ranks and snippets of the old one-row index on a generated journal', async () => {
    const t = await generated(400);
    buildOldIndex(t.store.db);
    let compared = 0;
    for (const text of QUERIES) {
      const now = await t.call('search.query', { text });
      expect(now, text).toEqual(oldSearch(t.store.db, text));
      compared += now.length;
    }
    expect(compared).toBeGreaterThan(500);
    integrity(t.store.db);
  });

  it('finds the same entries as the old index when long entries are cut into pieces', async () => {
    const t = await generated(200, 12);
    const r = rng(5);
    const long: string[] = [];
    for (let i = 0; i < 3; i++) long.push((await longEntry(t, paragraphs(r, 10_000))).id);
    const pieces = t.store.db
      .prepare(
        'SELECT count(*) FROM entry_chunks WHERE entry_seq IN (SELECT seq FROM entries WHERE id = ?)',
      )
      .pluck();
    expect(pieces.get(long[0])).toBeGreaterThan(10);
    buildOldIndex(t.store.db);
    for (const text of QUERIES) {
      const now = await t.call('search.query', { text, limit: 500 });
      const before = oldSearch(t.store.db, text, 500);
      expect(new Set(now.map((h) => h.id)), text).toEqual(new Set(before.map((h) => h.id)));
      expect(now.length, `${text}: one hit per entry`).toBe(new Set(now.map((h) => h.id)).size);
      // Short entries (one piece) show the snippet and title a person saw before.
      const old = new Map(before.map((h) => [h.id, h]));
      for (const h of now.filter((x) => !long.includes(x.id))) {
        expect(h.snippet, text).toBe(old.get(h.id)?.snippet);
        expect(h.titleHighlighted, text).toBe(old.get(h.id)?.titleHighlighted);
      }
    }
    integrity(t.store.db);
  });

  it('finds a long entry whose terms are in different pieces, and marks its title', async () => {
    const t = testStore();
    const paras = paragraphs(rng(9), 10_000);
    paras[0] = `${paras[0] ?? ''} Zanzibar`;
    paras[paras.length - 1] = `${paras.at(-1) ?? ''} quokkas`;
    const e = await longEntry(t, paras, 'Zanzibar notes');
    const hits = await t.call('search.query', { text: 'quokkas zanzibar' });
    expect(hits.map((h) => h.id)).toEqual([e.id]);
    expect(hits[0]?.titleHighlighted).toBe(`${HIT_START}Zanzibar${HIT_END} notes`);
    const later = await t.call('search.query', { text: 'quokkas' });
    expect(later[0]?.snippet).toContain(`${HIT_START}quokkas${HIT_END}`);
    expect(later[0]?.titleHighlighted).toBe('Zanzibar notes');
  });

  it('lists entries whose terms are spread over pieces after the others, in order, within the limit', async () => {
    const t = testStore();
    // Entries with one piece holding both terms; different lengths, so their ranks differ.
    const whole: string[] = [];
    for (const filler of ['', ' and more words', ' and many more words about the trip'])
      whole.push(
        (
          await t.call('journal.create', {
            kind: 'reflection',
            title: 'Trip',
            body: body(`Zanzibar quokkas${filler}`),
          })
        ).id,
      );
    // Long entries: the first term in the first piece and a middle one, the second in the last.
    const spread: string[] = [];
    for (let i = 0; i < 3; i++) {
      const paras = paragraphs(rng(30 + i), 10_000);
      paras[0] = `Zanzibar opening ${i}. ${paras[0] ?? ''}`;
      const middle = Math.floor(paras.length / 2);
      paras[middle] = `${paras[middle] ?? ''} Zanzibar again.`;
      paras[paras.length - 1] = `${paras.at(-1) ?? ''} quokkas`;
      spread.push((await longEntry(t, paras, `Long ${i}`)).id);
    }
    const hits = await t.call('search.query', { text: 'zanzibar quokkas' });
    expect(new Set(hits.slice(0, 3).map((h) => h.id))).toEqual(new Set(whole));
    expect(hits.slice(3).map((h) => h.id)).toEqual(spread);
    // Best first, as the list shows them: each rank strictly after the one before.
    for (let i = 1; i < hits.length; i++)
      expect(hits[i]?.rank ?? 0, `hit ${i}`).toBeGreaterThan(hits[i - 1]?.rank ?? 0);
    // A spread entry's snippet is its first match of the first term.
    hits.slice(3).forEach((h, i) => {
      expect(h.snippet).toContain(`${HIT_START}Zanzibar${HIT_END} opening ${i}.`);
    });
    const four = await t.call('search.query', { text: 'zanzibar quokkas', limit: 4 });
    expect(four.map((h) => h.id)).toEqual([...hits.slice(0, 3).map((h) => h.id), spread[0]]);
    const five = await t.call('search.query', { text: 'zanzibar quokkas', limit: 5 });
    expect(five.map((h) => h.id)).toEqual([
      ...hits.slice(0, 3).map((h) => h.id),
      ...spread.slice(0, 2),
    ]);
  });

  it('highlights only the matching piece of a 10,000-word hit', async () => {
    const t = testStore();
    const paras = paragraphs(rng(4), 10_000);
    const middle = Math.floor(paras.length / 2);
    paras[middle] = `${paras[middle] ?? ''} Xylophonist`;
    await longEntry(t, paras);
    const text = t.store.db.prepare('SELECT text FROM entries').pluck().get() as string;
    expect(text.length).toBeGreaterThan(50_000);
    const q = parseQuery('xylophon');
    const rows = matchSearch(t.store.db, q.match, q.indexTerms, [], {}, 10);
    expect(rows).toHaveLength(1);
    // The highlighted text is the piece (at most 4,000 characters plus markers), not the entry.
    expect(rows[0]?.text_hl.length).toBeLessThanOrEqual(4_100);
    expect(rows[0]?.text_hl).toContain(`${HIT_START}Xylophon${HIT_END}ist`);
    const [hit] = await t.call('search.query', { text: 'xylophon' });
    expect(hit?.snippet.length).toBeLessThan(300);
  });

  it('re-indexes only the pieces a save changed', async () => {
    const t = testStore();
    const paras = paragraphs(rng(8), 10_000);
    const e = await longEntry(t, paras);
    const db = t.store.db;
    const ids = () =>
      db.prepare('SELECT id FROM entry_chunks ORDER BY start').pluck().all() as number[];
    const before = ids();
    expect(before.length).toBeGreaterThan(10);
    const middle = Math.floor(paras.length / 2);
    const removed = (paras[middle] ?? '').split(' ').slice(0, 3).join(' ');
    paras[middle] = `Quetzalcoatl ${(paras[middle] ?? '').split(' ').slice(3).join(' ')}`;
    const saved = await t.call('journal.save', {
      id: e.id,
      title: e.title,
      date: e.date,
      fields: {},
      body: lexicalFromParagraphs(paras),
      tags: [],
    });
    const after = ids();
    const kept = after.filter((id) => before.includes(id));
    // And over many single-paragraph edits, typing as a person does.
    let version = saved.version;
    const r = rng(21);
    const fresh: number[] = [];
    for (let i = 0; i < 30; i++) {
      const was = ids();
      const p = Math.floor(r() * paras.length);
      paras[p] = `${paras[p] ?? ''} word${i}`;
      version = (
        await t.call('journal.save', {
          id: e.id,
          title: e.title,
          date: e.date,
          fields: {},
          body: lexicalFromParagraphs(paras),
          tags: [],
          baseVersion: version,
        })
      ).version;
      fresh.push(ids().filter((id) => !was.includes(id)).length);
    }
    expect(Math.max(...fresh)).toBeLessThanOrEqual(3);
    expect(fresh.reduce((a, b) => a + b, 0) / fresh.length).toBeLessThanOrEqual(1.6);
    integrity(db);
    // One paragraph changed: at most its piece and a neighbour are new rows; the rest are untouched.
    expect(after.length - kept.length).toBeGreaterThanOrEqual(1);
    expect(after.length - kept.length).toBeLessThanOrEqual(2);
    expect(after.filter((id) => id >= CHUNK_ID_BASE).length).toBe(after.length - 1);
    integrity(db);
    const found = await t.call('search.query', { text: 'quetzalcoatl' });
    expect(found.map((h) => h.id)).toEqual([saved.id]);
    const gone = await t.call('search.query', { text: `"${removed}"` });
    // The three words taken out no longer stand together in that paragraph.
    expect(gone.every((h) => !h.snippet.includes(removed))).toBe(true);
  });

  it('keeps trashed entries out and brings them back with their pieces', async () => {
    const t = testStore();
    const paras = paragraphs(rng(2), 10_000);
    paras[3] = `${paras[3] ?? ''} Brontosaurus`;
    const e = await longEntry(t, paras);
    await t.call('journal.trash', { id: e.id });
    expect(t.store.db.prepare('SELECT count(*) FROM entry_chunks').pluck().get()).toBe(0);
    expect(await t.call('search.query', { text: 'brontosaurus' })).toEqual([]);
    integrity(t.store.db);
    await t.call('journal.restore', { id: e.id });
    expect((await t.call('search.query', { text: 'brontosaurus' })).map((h) => h.id)).toEqual([
      e.id,
    ]);
    integrity(t.store.db);
    await t.call('journal.trash', { id: e.id });
    await t.call('journal.deleteForever', { id: e.id });
    integrity(t.store.db);
  });
});

describe('migration 11 on a journal of format 9', () => {
  it('carries entries forward, rebuilds the index from them and cuts long entries into pieces', async () => {
    const dir = tempDir();
    const old = openDatabase(join(dir, DB_FILE_NAME));
    migrate(
      old,
      MIGRATIONS.filter((m) => m.version <= 9),
    );
    const long = paragraphs(rng(6), 10_000);
    long[40] = `${long[40] ?? ''} Ornithopter`;
    const rows = [
      {
        id: 'short',
        title: 'Quarterly Zeppelin review',
        text: 'We reviewed the budget.',
        fields: { impact: 'Saved a pâtisserie chain' },
        tags: ['billing', 'Q1'],
        deleted: null,
      },
      { id: 'long', title: 'Long one', text: long.join('\n'), fields: {}, tags: [], deleted: null },
      {
        id: 'gone',
        title: 'Trashed Zeppelin',
        text: 'In the trash.',
        fields: {},
        tags: [],
        deleted: 5,
      },
    ];
    for (const r of rows) {
      const seq = Number(
        old
          .prepare(
            "INSERT INTO entries (id, kind, title, date, fields, body, text, word_count, created_at, updated_at, deleted_at) VALUES (?, 'accomplishment', ?, '2026-01-01', ?, ?, ?, 3, 1, 1, ?)",
          )
          .run(
            r.id,
            r.title,
            JSON.stringify(r.fields),
            lexicalFromParagraphs(r.text.split('\n')),
            r.text,
            r.deleted,
          ).lastInsertRowid,
      );
      r.tags.forEach((tag, i) =>
        old.prepare('INSERT INTO entry_tags VALUES (?, ?, ?)').run(seq, i, tag),
      );
      if (r.deleted === null)
        old
          .prepare(
            'INSERT INTO entries_fts (rowid, title, text, fields, tags) VALUES (?, ?, ?, ?, ?)',
          )
          .run(seq, r.title, r.text, Object.values(r.fields).join('\n'), r.tags.join(' '));
    }
    old.close();

    const t = testStore(dir);
    const db = t.store.db;
    expect(db.prepare('SELECT count(*) FROM entries').pluck().get()).toBe(3);
    expect(db.prepare("SELECT text FROM entries WHERE id = 'long'").pluck().get()).toBe(
      long.join('\n'),
    );
    const ids = async (text: string) => (await t.call('search.query', { text })).map((h) => h.id);
    expect(await ids('zeppelin')).toEqual(['short']);
    expect(await ids('patisserie')).toEqual(['short']);
    expect(await ids('billing')).toEqual(['short']);
    expect(await ids('ornithopter')).toEqual(['long']);
    expect(await ids('re')).toContain('short');
    const pieces = db
      .prepare(
        "SELECT count(*) FROM entry_chunks c JOIN entries e ON e.seq = c.entry_seq WHERE e.id = 'long'",
      )
      .pluck()
      .get() as number;
    expect(pieces).toBeGreaterThan(10);
    integrity(db);
    await t.call('journal.restore', { id: 'gone' });
    expect(await ids('zeppelin')).toEqual(expect.arrayContaining(['short', 'gone']));
    integrity(db);
  });
});
