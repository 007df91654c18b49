// Where the time of one 10,000-word save goes (issue 15, goal 4), part by part, and its floor: a
// bare SQLite table in its own file, with the app's pragmas (WAL, synchronous=FULL), written with
// the same bytes as the entry's row (plain text and packed body). The same with synchronous=NORMAL
// shows what the fsync of each commit costs. Parts and floors are alternated in one loop, so all
// see the same machine state.
import { join } from 'node:path';
import { openDatabase, enableWal, type Db } from '../src-main/core/db/connection';
import { chunkText } from '../src-main/core/db/ftsChunks';
import { packBody } from '../src-main/core/journal/bodyPacking';
import { updateEntry } from '../src-main/core/journal/entriesRepository.write';
import { deriveState } from '../src-main/core/journal/entryRules';
import type { Store } from '../src-main/core/host/store';
import { lexicalFromParagraphs } from '../src-main/shared/journal/plainText';
import { paragraphs } from './corpus';
import { percentile, row, time, type BenchRow } from './stats';

const ROUNDS = 100;

function bareTable(file: string, synchronous: 'FULL' | 'NORMAL'): Db {
  const db = openDatabase(file);
  enableWal(db);
  db.pragma(`synchronous = ${synchronous}`);
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT NOT NULL, body BLOB) STRICT');
  db.prepare("INSERT INTO t (id, text) VALUES (1, '')").run();
  return db;
}

export function saveBreakdownRows(
  store: Store,
  dir: string,
  r: () => number,
  words: number,
): BenchRow[] {
  const { db } = store;
  const paras = paragraphs(r, words);
  const entry = store.services.journal.create({
    kind: 'reflection',
    title: 'Parts',
    body: lexicalFromParagraphs(paras),
  });
  const seq = db.prepare('SELECT seq FROM entries WHERE id = ?').pluck().get(entry.id) as number;
  const floors = {
    FULL: bareTable(join(dir, 'floor-full.db'), 'FULL'),
    NORMAL: bareTable(join(dir, 'floor-normal.db'), 'NORMAL'),
  };
  const bare = {
    FULL: floors.FULL.prepare('UPDATE t SET text = ?, body = ? WHERE id = 1'),
    NORMAL: floors.NORMAL.prepare('UPDATE t SET text = ?, body = ? WHERE id = 1'),
  };
  const t: Record<string, number[]> = {
    parse: [],
    derive: [],
    pack: [],
    cut: [],
    sql: [],
    commit: [],
    full: [],
    normal: [],
    rowKB: [],
  };
  for (let i = 0; i < ROUNDS; i++) {
    const p = Math.floor(r() * paras.length);
    paras[p] = `${paras[p] ?? ''} part${i}`;
    const body = lexicalFromParagraphs(paras);
    t.parse?.push(time(() => JSON.parse(body)));
    let state = deriveState('reflection', {
      title: 'Parts',
      date: entry.date,
      fields: {},
      body,
      tags: [],
    });
    t.derive?.push(
      time(
        () =>
          (state = deriveState('reflection', {
            title: 'Parts',
            date: entry.date,
            fields: {},
            body,
            tags: [],
          })),
      ),
    );
    const out: { packed: Buffer | null } = { packed: null };
    t.pack?.push(time(() => (out.packed = packBody(state.body))));
    const { packed } = out;
    t.cut?.push(time(() => chunkText(state.text)));
    db.exec('BEGIN IMMEDIATE');
    t.sql?.push(time(() => updateEntry(db, seq, state, Date.now())));
    t.commit?.push(time(() => db.exec('COMMIT')));
    t.full?.push(time(() => bare.FULL.run(state.text, packed)));
    t.normal?.push(time(() => bare.NORMAL.run(state.text, packed)));
    t.rowKB?.push((Buffer.byteLength(state.text) + (packed?.length ?? 0)) / 1024);
    if (i % 20 === 19) {
      for (const f of [db, floors.FULL, floors.NORMAL]) f.pragma('wal_checkpoint(TRUNCATE)');
    }
  }
  floors.FULL.close();
  floors.NORMAL.close();
  const med = (k: string) => percentile(t[k] ?? [], 50);
  const p95 = (k: string) => percentile(t[k] ?? [], 95);
  const w = `${words}-word save`;
  return [
    row(`${w}, parts (median): JSON.parse of the body alone`, med('parse'), 'ms'),
    row(`${w}, parts (median): derive (check, safe links, text, words)`, med('derive'), 'ms'),
    row(`${w}, parts (median): pack the body (deflate)`, med('pack'), 'ms'),
    row(`${w}, parts (median): cut the text into index pieces`, med('cut'), 'ms'),
    row(`${w}, parts (median): SQL (row, tags, index pieces), before commit`, med('sql'), 'ms'),
    row(`${w}, parts (median): commit (WAL write + fsync, synchronous=FULL)`, med('commit'), 'ms'),
    row(`${w}, parts (p95): commit`, p95('commit'), 'ms'),
    row(`${w}: row bytes written (text + packed body)`, med('rowKB'), 'KB'),
    row(`${w}, floor: bare SQLite UPDATE of those bytes, WAL + FULL (median)`, med('full'), 'ms'),
    row(`${w}, floor: bare SQLite UPDATE of those bytes, WAL + FULL (p95)`, p95('full'), 'ms'),
    row(`${w}, floor: the same with synchronous=NORMAL (median)`, med('normal'), 'ms'),
    row(`${w}, floor: the same with synchronous=NORMAL (p95)`, p95('normal'), 'ms'),
  ];
}
