// Importing Markdown notes and hostile or malformed files; a failed import changes nothing.
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { EXPORT_JSON_NAME } from '../../../src-main/shared/data/exportFormat';
import { expectCode, fingerprint, testStore } from '../helpers';
import { exportDoc, syntheticEntries } from './dataHelpers';
import { richStore } from './richStore';

const OBSIDIAN = `---
title: Led the incident review
date: 2026-05-04T10:00:00
tags: [work, "#incidents"]
kind: accomplishment
impact: Cut the outage time by half
---
We wrote the **timeline** together.

- fixed alerting
- wrote the runbook
`;

const BEAR = `# Talk with Sam

Sam said the demo was [great](https://example.com).
`;

describe('import Markdown notes', () => {
  it('turns each note into an entry: title, date, tags, kind and fields from front matter', async () => {
    const t = testStore();
    const report = await t.call('data.import', {
      files: [
        { name: 'vault/incident.md', text: OBSIDIAN },
        { name: 'vault/Talk with Sam.md', text: BEAR },
        { name: 'vault/Plain name.markdown', text: 'Just a line.' },
      ],
    });
    expect(report).toEqual({
      imported: expect.objectContaining({ entries: 3 }),
      skipped: [],
      alreadyHere: 0,
      changed: [],
    });
    const list = await t.call('journal.list', {});
    const incident = list.find((e) => e.title === 'Led the incident review');
    expect(incident).toMatchObject({
      kind: 'accomplishment',
      date: '2026-05-04',
      tags: ['work', 'incidents'],
    });
    const full = await t.call('journal.get', { id: incident?.id ?? '' });
    expect(full.fields).toEqual({ impact: 'Cut the outage time by half' });
    expect(full.body).toContain('"listType":"bullet"');
    const sam = await t.call('journal.get', {
      id: list.find((e) => e.title === 'Talk with Sam')?.id ?? '',
    });
    expect(sam.kind).toBe('reflection');
    expect(sam.date).toBe('2026-11-21');
    expect(sam.body).not.toContain('Talk with Sam');
    expect(sam.body).toContain('"url":"https://example.com"');
    expect(list.map((e) => e.title)).toContain('Plain name');
    expect((await t.call('search.query', { text: 'runbook' })).map((h) => h.id)).toEqual([
      incident?.id,
    ]);
  });

  it('re-imports Ladder’s own Markdown copies without adding them twice', async () => {
    const { t } = await richStore();
    const { files } = await exportDoc(t);
    const notes = Object.entries(files)
      .filter(([name]) => name.startsWith('markdown/journal/'))
      .map(([name, text]) => ({ name, text }));
    // The search index's segment merges run between requests (and now between an import's slices): let them finish first.
    await t.store.indexMerged();
    const before = fingerprint(t.store.dbPath);
    const report = await t.call('data.import', { files: notes });
    await t.store.indexMerged();
    expect(report.imported.entries).toBe(0);
    expect(report.alreadyHere).toBe(notes.length);
    expect(report.skipped).toEqual([]);
    expect(fingerprint(t.store.dbPath)).toBe(before);
    const fresh = testStore();
    const into = await fresh.call('data.import', { files: notes });
    expect(into.imported.entries).toBe(notes.length);
  });

  it('reports hostile and malformed files as skipped and keeps HTML as plain text', async () => {
    // bad-yaml.md is imported with its front matter kept as text (see the vault tests).
    const t = testStore();
    const report = await t.call('data.import', {
      files: [
        { name: 'bad-yaml.md', text: '---\ntitle: [unclosed\n---\nbody' },
        {
          name: 'evil.md',
          text: '---\ntitle: <img src=x onerror=alert(1)>\n---\n<script>window.pwned = 1</script>\n[x](javascript:alert(1))',
        },
        { name: 'photo.png', text: '\u0089PNG' },
        { name: 'not-json.json', text: '{"format": "ladder-export", ' },
        { name: 'other.json', text: '{"hello": 1}' },
        { name: 'future.json', text: '{"format": "ladder-export", "version": 9}' },
        {
          name: 'broken.json',
          text: '{"format": "ladder-export", "version": 1, "entries": "lots"}',
        },
        {
          name: 'surrogate.json',
          text: '{"format": "ladder-export", "version": 1, "x": "\\ud800"}',
        },
        { name: 'meeting.md', text: '---\ntype: conversation\ntitle: 1:1\n---\n# Agenda' },
      ],
    });
    expect(report.imported.entries).toBe(2);
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.file, s.reason]));
    expect(Object.keys(reasons).sort()).toEqual([
      'broken.json',
      'future.json',
      'meeting.md',
      'not-json.json',
      'other.json',
      'photo.png',
      'surrogate.json',
    ]);
    expect(reasons['future.json']).toMatch(/newer Ladder/);
    expect(reasons['broken.json']).toMatch(/does not match the export format/);
    expect(reasons['surrogate.json']).toMatch(/broken character/);
    const entry = (await t.call('journal.list', {})).find((e) => e.title.startsWith('<img'));
    const full = await t.call('journal.get', { id: entry?.id ?? '' });
    expect(full.title).toBe('<img src=x onerror=alert(1)>');
    expect(full.body).toContain('<script>window.pwned = 1</script>');
    expect(full.body).not.toMatch(/"type":"link"/);
  });

  it('refuses entries that break the rules a save applies, and unsafe links in a Ladder export', async () => {
    const { t } = await richStore();
    const { doc } = await exportDoc(t);
    const [first, second, third] = doc.entries.filter(
      (e) => e.kind === 'accomplishment' || e.kind === 'praise',
    );
    if (!first || !second || !third) throw new Error('seed changed');
    first.fields = { nonsense: 'x' };
    third.date = '2026-02-30';
    second.body = JSON.stringify({
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              {
                type: 'link',
                url: 'javascript:alert(1)',
                children: [{ type: 'text', text: 'hi', format: 0 }],
              },
            ],
          },
        ],
      },
    });
    const fresh = testStore();
    const report = await fresh.call('data.import', {
      files: [{ name: EXPORT_JSON_NAME, text: JSON.stringify(doc) }],
    });
    expect(report.skipped).toEqual([
      {
        file: EXPORT_JSON_NAME,
        item: `entry ${first.id}`,
        reason: expect.stringMatching(/no field named nonsense/),
      },
      {
        file: EXPORT_JSON_NAME,
        item: `entry ${third.id}`,
        reason: 'Its date is not a real calendar date.',
      },
    ]);
    const kept = await fresh.call('journal.get', { id: second.id });
    expect(kept.body).not.toContain('javascript:');
    expect(kept.body).toContain('"text":"hi"');
  });

  it('keeps a rehearsal whose voice answers are not sound, too large or out of place, and reports each', async () => {
    const { t } = await richStore();
    const { doc } = await exportDoc(t);
    const session = doc.rehearsals[0]!;
    const good = session.recordings![0]!;
    session.recordings = [
      { ...good, data: Buffer.from('<script>alert(1)</script>').toString('base64') },
      { ...good, position: session.questionIds.length },
      { ...good, mime: 'audio/ogg' },
      good,
    ];
    const fresh = testStore();
    const report = await fresh.call('data.import', {
      files: [{ name: EXPORT_JSON_NAME, text: JSON.stringify(doc) }],
    });
    expect(report.imported).toMatchObject({ rehearsals: 1, recordings: 1 });
    expect(report.skipped.map((s) => s.reason)).toEqual([
      'The recording is not audio/webm sound.',
      'The rehearsal has no question at this place.',
      'The recording is not audio/ogg sound.',
    ]);
    expect(
      await fresh.call('rehearsal.audio', { sessionId: session.id, position: 0 }),
    ).toMatchObject({ mime: 'audio/webm' });
  });

  it('changes nothing when the import fails half-way (disk full)', async () => {
    const { t } = await richStore();
    const { doc } = await exportDoc(t);
    doc.entries.push(...syntheticEntries(300, 3000, t.clock.now()));
    const text = JSON.stringify(doc);
    const target = testStore();
    await target.call('journal.create', { kind: 'lesson', title: 'Already here' });
    const before = fingerprint(target.store.dbPath);
    // Let the file grow by only a few pages: the import starts writing, then runs out of room.
    const pages = Number(target.store.db.pragma('page_count', { simple: true }));
    target.store.db.pragma(`max_page_count = ${pages + 3}`);
    await expectCode(
      target.call('data.import', { files: [{ name: EXPORT_JSON_NAME, text }] }),
      'storage-full',
    );
    target.store.db.pragma('max_page_count = 1073741823');
    expect(fingerprint(target.store.dbPath)).toBe(before);
    const check = new Database(target.store.dbPath, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  });
});
