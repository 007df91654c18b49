// Migration 14 on a journal of format 13 with data: bodies come back unchanged (now packed), and
// search finds, ranks and highlights exactly as before, for short and long (many-piece) entries.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMON_TERMS, SEARCH_TERMS, generateEntry, paragraphs, rng } from '../../../bench/corpus';
import { openDatabase, type Db } from '../../../src-main/core/db/connection';
import { rechunkLongEntries } from '../../../src-main/core/db/ftsIndex';
import { MIGRATIONS, migrate, schemaVersion } from '../../../src-main/core/db/migrate';
import { DB_FILE_NAME } from '../../../src-main/core/host/store';
import { parseQuery } from '../../../src-main/core/search/searchService';
import {
  lexicalFromParagraphs,
  plainTextFromLexical,
} from '../../../src-main/shared/journal/plainText';
import { HIT_END, HIT_START } from '../../../src-main/shared/domain';
import { tempDir, testStore } from '../helpers';

/** Hits of the index alone as the search service ranks and highlights them; `text`/`title`: columns. */
function hits(db: Db, text: number, title: number, query: string): unknown[] {
  return db
    .prepare(
      `SELECT rowid, round(rank, 9) AS rank, highlight(entries_fts, ${title}, '[', ']') AS t, ` +
        `highlight(entries_fts, ${text}, '[', ']') AS x FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rank, rowid`,
    )
    .all(parseQuery(query).match);
}

const QUERIES = [...SEARCH_TERMS, ...COMMON_TERMS.slice(0, 3), 'A long entry'];

describe('migration 14 (packed bodies, index with the text first)', () => {
  it('carries a journal of format 13 forward: same bodies, same hits, ranks and highlights', async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    // Rows as format 10 wrote them; migration 11 indexes them, the 0013 code cuts long ones.
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 10),
    );
    const insert = db.prepare(
      'INSERT INTO entries (id, kind, title, date, fields, body, text, word_count, created_at, updated_at) ' +
        "VALUES (?, ?, ?, ?, '{}', ?, ?, 0, 1, 1)",
    );
    const tag = db.prepare('INSERT INTO entry_tags (entry_seq, position, tag) VALUES (?, ?, ?)');
    const r = rng(21);
    const bodies = new Map<string, string>();
    // One transaction: a commit per row (synchronous=FULL) takes seconds on a busy disk.
    db.transaction(() => {
      for (let i = 0; i < 200; i++) {
        const g = generateEntry(r, i);
        const body = i % 100 === 7 ? lexicalFromParagraphs(paragraphs(r, 3_000)) : g.body;
        const title = i % 100 === 7 ? 'A long entry' : g.title;
        const seq = Number(
          insert.run(`m-${i}`, g.kind, title, g.date, body, plainTextFromLexical(body))
            .lastInsertRowid,
        );
        g.tags.forEach((t, k) => tag.run(seq, k, t));
        bodies.set(`m-${i}`, body);
      }
    })();
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 13),
    );
    rechunkLongEntries(db);
    expect(schemaVersion(db)).toBe(13);
    const before = QUERIES.map((q) => hits(db, 1, 0, q));
    db.close();

    const t = testStore(dir);
    const after = QUERIES.map((q) => hits(t.store.db, 0, 1, q));
    expect(after).toEqual(before);
    expect(before.flat().length).toBeGreaterThan(200);
    t.store.db
      .prepare("INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)")
      .run();

    const unpacked = t.store.db
      .prepare("SELECT count(*) FROM entries WHERE body <> '' OR body_packed IS NULL")
      .pluck()
      .get();
    expect(unpacked).toBe(0);
    for (const [id, body] of bodies) expect((await t.call('journal.get', { id })).body).toBe(body);

    // The service reads the new column positions: its highlights mark the terms.
    const found = await t.call('search.query', { text: 'A long entry' });
    expect(found.length).toBeGreaterThan(0);
    const title = found[0]?.titleHighlighted ?? '';
    expect(title).toContain(HIT_START);
    expect(title.replaceAll(HIT_START, '').replaceAll(HIT_END, '')).toBe('A long entry');
  });
});
