// Crash test: the real browser-mode server saves in a loop and is killed with SIGKILL at a random
// moment, over and over on the same data folder. Every save it acknowledged must survive, and the
// file must pass `PRAGMA integrity_check`. Needs no Chromium, so it always runs.
import Database from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';
import { nextRandom } from '../../../src-main/shared/rehearsal/seededRandom';
import { ensureBuilt, startServer, type Server } from './server';

const ROUNDS = 50;

interface Tracked {
  /** Every title sent for this entry, in order. */
  attempted: string[];
  /** Index in `attempted` of the newest title the server answered 200 for. */
  acked: number;
}

let dataDir: string;

beforeAll(async () => {
  await ensureBuilt();
  dataDir = mkdtempSync(join(tmpdir(), 'ladder-crash-'));
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** One API call; resolves null when the server died before answering. */
async function post(app: Server, channel: string, args: unknown): Promise<{ id: string } | null> {
  try {
    const response = await fetch(`${app.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ladder-token': app.token },
      body: JSON.stringify(args),
    });
    if (response.status !== 200) return null;
    const payload = (await response.json()) as { result?: { id: string } };
    return payload.result ?? null;
  } catch {
    return null;
  }
}

/** Creates and re-saves entries until the server stops answering. */
async function saveUntilKilled(
  app: Server,
  round: number,
  entries: Map<string, Tracked>,
): Promise<void> {
  const own: string[] = [];
  for (let i = 0; ; i++) {
    const title = `round ${round} save ${i}`;
    const target = own[i % 3];
    if (i % 4 === 0 || target === undefined) {
      const created = await post(app, 'journal.create', {
        kind: 'lesson',
        title,
        body: lexicalFromParagraphs([title]),
      });
      if (created === null) return;
      own.push(created.id);
      entries.set(created.id, { attempted: [title], acked: 0 });
      continue;
    }
    const tracked = entries.get(target);
    if (tracked === undefined) throw new Error('untracked entry');
    tracked.attempted.push(title);
    const saved = await post(app, 'journal.save', {
      id: target,
      title,
      date: '2026-11-21',
      fields: {},
      body: lexicalFromParagraphs([title]),
      tags: [],
    });
    if (saved === null) return;
    tracked.acked = tracked.attempted.length - 1;
  }
}

function checkFile(file: string, entries: Map<string, Tracked>): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const read = db.prepare('SELECT title, text FROM entries WHERE id = ?');
    for (const [id, tracked] of entries) {
      const row = read.get(id) as { title: string; text: string } | undefined;
      expect(row, `acknowledged entry ${id} is missing`).toBeDefined();
      // The acknowledged version, or a later one that reached the disk before the kill.
      const allowed = tracked.attempted.slice(tracked.acked);
      expect(allowed).toContain(row?.title);
      expect(row?.text).toBe(row?.title);
    }
  } finally {
    db.close();
  }
}

it(
  `keeps every acknowledged save through ${ROUNDS} kills with SIGKILL`,
  { timeout: 240_000 },
  async () => {
    const entries = new Map<string, Tracked>();
    let state = Date.now() % 2_147_483_647;
    const seed = state;
    let survived = 0;
    let acked = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const app = await startServer(dataDir);
      const draw = nextRandom(state);
      state = draw.state;
      const delay = 20 + Math.floor(draw.value * 280);
      const killer = setTimeout(() => app.child.kill('SIGKILL'), delay);
      await saveUntilKilled(app, round, entries);
      clearTimeout(killer);
      await app.exited;
      expect(app.child.signalCode, `round ${round} ended without the kill`).toBe('SIGKILL');
      checkFile(join(dataDir, 'ladder.db'), entries);
      survived++;
    }
    for (const t of entries.values()) acked += t.acked + 1;
    console.log(
      `crash test: ${survived}/${ROUNDS} SIGKILLs survived, ${entries.size} entries, ${acked} acknowledged saves (seed ${seed})`,
    );
    expect(survived).toBe(ROUNDS);
    expect(acked).toBeGreaterThan(ROUNDS);
  },
);
