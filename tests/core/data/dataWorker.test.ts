// Export and import run their whole-journal work in the data worker (core/data/dataWorker.ts): other
// requests are answered meanwhile, a protected journal is read with its key, a second export joins
// the one under way, and an import stopped half-way (the store closed) leaves nothing behind.
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority as priority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { EXPORT_JSON_NAME } from '../../../src-main/shared/data/exportFormat';
import { body, closeStore, testStore } from '../helpers';
import { closeHost, testHost } from '../lock/hostHelpers';
import { exportDoc, syntheticEntries, unzip } from './dataHelpers';

const PASS = 'correct horse battery staple';

/** The nice value of each thread of this process (field 19 of /proc/self/task/<tid>/stat). */
function threadNices(): number[] {
  const out: number[] = [];
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // The command name may hold spaces: fields are counted after its closing parenthesis.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.push(Number(fields[16]));
    } catch {
      // The thread ended meanwhile.
    }
  }
  return out;
}

async function fill(t: ReturnType<typeof testStore>, count: number): Promise<void> {
  const { doc } = await exportDoc(t);
  doc.entries = syntheticEntries(count, 1500, t.clock.now());
  await t.call('data.import', { files: [{ name: EXPORT_JSON_NAME, text: JSON.stringify(doc) }] });
}

describe('the data worker', () => {
  it('answers an autosave sent during a large export before the export', async () => {
    const t = testStore();
    await fill(t, 3000);
    const entry = await t.call('journal.create', { kind: 'reflection', title: 'Typing' });
    const finished: string[] = [];
    const exporting = t.call('data.export', {}).then((r) => {
      finished.push('export');
      return r;
    });
    await new Promise<void>((resolve) => setImmediate(resolve));
    const saving = t
      .call('journal.save', {
        id: entry.id,
        title: 'Typing',
        date: entry.date,
        fields: {},
        body: body('Words typed meanwhile'),
        tags: [],
      })
      .then(() => finished.push('save'));
    const [result] = await Promise.all([exporting, saving]);
    expect(finished).toEqual(['save', 'export']);
    // The export is the journal as it was when it began, whole.
    expect(result.counts.entries).toBe(3001);
  }, 120_000);

  // Under mutation testing the job runs in the test's thread (dataJobInThread.ts): no worker to lower.
  it.skipIf(process.platform !== 'linux' || process.env.LADDER_DATA_JOBS === 'in-thread')(
    "runs 5 nice steps below the app's thread on Linux (at most 19), while the app's thread keeps its own",
    async () => {
      const t = testStore();
      await fill(t, 1500);
      const before = priority();
      let done = false;
      const exporting = t.call('data.export', {}).finally(() => (done = true));
      const seen = new Set<number>();
      while (!done) {
        for (const nice of threadNices()) seen.add(nice);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await exporting;
      const lowered = Math.min(19, before + 5);
      expect(seen.has(lowered), `nice values seen: ${[...seen].join(', ')}`).toBe(true);
      expect(priority()).toBe(before);
    },
    120_000,
  );

  it('gives a second export asked for meanwhile the same export', async () => {
    const t = testStore();
    await fill(t, 200);
    const first = t.call('data.export', {});
    // A second pass would start later: its document would carry another exportedAt.
    t.clock.advance(60_000);
    const [a, b] = await Promise.all([first, t.call('data.export', {})]);
    expect(b).toEqual(a);
    expect(a.counts.entries).toBe(200);
    const later = await t.call('data.export', {});
    expect(later.zipBase64).not.toBe(a.zipBase64);
  }, 60_000);

  it('exports and re-imports a protected journal with its key', async () => {
    const t = testHost();
    await t.call('journal.create', { kind: 'praise', title: 'Secret kept', body: body('Hidden') });
    await t.call('lock.protect', { passphrase: PASS });
    const result = await t.call('data.export', {});
    const doc = JSON.parse(unzip(result)[EXPORT_JSON_NAME] ?? '') as {
      entries: { title: string }[];
    };
    expect(doc.entries.map((e) => e.title)).toContain('Secret kept');
    closeHost(t);
    const target = testStore();
    const report = await target.call('data.import', {
      files: [{ name: EXPORT_JSON_NAME, text: JSON.stringify(doc) }],
    });
    expect(report.imported.entries).toBe(doc.entries.length);
  }, 60_000);

  it('leaves nothing of an import whose reading is stopped by the store closing', async () => {
    const source = testStore();
    const { doc } = await exportDoc(source);
    doc.entries = syntheticEntries(6000, 1500, source.clock.now());
    const t = testStore();
    const kept = await t.call('journal.create', { kind: 'lesson', title: 'Already here' });
    const importing = t
      .call('data.import', { files: [{ name: EXPORT_JSON_NAME, text: JSON.stringify(doc) }] })
      .then(
        () => 'finished',
        () => 'failed',
      );
    // Close once some of it is written.
    for (let n = 1; n <= 1;) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      n = (await t.call('journal.list', {})).length;
      if (n > 1) break;
    }
    closeStore(t);
    expect(await importing).toBe('failed');
    const reopened = testStore(t.dataDir);
    expect((await reopened.call('journal.list', {})).map((e) => e.id)).toEqual([kept.id]);
    expect(await reopened.call('search.query', { text: 'Paragraph' })).toEqual([]);
  }, 120_000);
});
