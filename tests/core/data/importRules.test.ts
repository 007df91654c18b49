// What the reading half of an import refuses, and says why: an entry that breaks the rules a save
// applies (its fields, editor content, tags, dates, in the entry and every revision), a file that is
// not a Ladder export, or an export that does not match the format, named where it goes wrong.
import { describe, expect, it } from 'vitest';
import { type ExportEntry, EXPORT_JSON_NAME } from '../../../src-main/shared/data/exportFormat';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';
import { LONE_SURROGATE_MESSAGE } from '../../../src-main/shared/wellFormed';
import { entryProblem } from '../../../src-main/core/data/importChecks';
import { prepareImport, type PrepareEvent } from '../../../src-main/core/data/importPrepare';
import { testStore } from '../helpers';
import { exportDoc } from './dataHelpers';

const NOW = Date.UTC(2026, 10, 21);
const TAGS = 'One of its tags has a comma, starts with # or has spaces around it.';
const BODY = 'Its text is not valid editor content.';

function lesson(over: Partial<ExportEntry> = {}): ExportEntry {
  return {
    id: 'lesson-1',
    kind: 'lesson',
    title: 'What the launch taught',
    date: '2026-06-01',
    fields: { situation: 'The demo broke' },
    body: lexicalFromParagraphs(['We rehearsed twice after that.']),
    tags: ['work', 'career growth', 'Q3 review'],
    createdAt: NOW,
    updatedAt: NOW,
    deletedAt: null,
    version: 2,
    revisions: [],
    ...over,
  };
}

type Revision = ExportEntry['revisions'][number];
function revision(over: Partial<Revision> = {}): Revision {
  const { title, date, fields, body, tags, createdAt } = lesson();
  return { title, date, fields, body, tags, createdAt, ...over };
}

describe('an imported entry is held to the rules a save applies', () => {
  it('takes an entry with its own fields, editor content, tags with inner spaces, and real dates', () => {
    expect(entryProblem(lesson({ revisions: [revision()] }))).toBeNull();
    expect(entryProblem(lesson({ body: '', tags: ['a', 'ünïcode tag', '1:1'] }))).toBeNull();
  });

  it('refuses a tag with a comma, a leading #, or spaces around it, in the entry or a revision', () => {
    for (const bad of ['work,life', '#work', 'work ', ' work', ',']) {
      expect(entryProblem(lesson({ tags: ['fine', bad] })), bad).toBe(TAGS);
      expect(entryProblem(lesson({ revisions: [revision({ tags: [bad] })] })), bad).toBe(TAGS);
    }
  });

  it('refuses a body that is not editor content: not JSON, or JSON without a root object', () => {
    for (const bad of [
      'not json',
      '{}',
      '[]',
      'null',
      '"text"',
      '{"root":"x"}',
      '{"root":null}',
      '{"root":[]}',
    ]) {
      expect(entryProblem(lesson({ body: bad })), bad).toBe(BODY);
      expect(entryProblem(lesson({ revisions: [revision({ body: bad })] })), bad).toBe(BODY);
    }
    expect(entryProblem(lesson({ body: '{"root":{}}' }))).toBeNull();
  });

  it('names every field the kind does not have, in the entry or a revision', () => {
    const message = 'A lesson entry has no field named mood, venue.';
    expect(entryProblem(lesson({ fields: { situation: 'x', mood: 'ok', venue: 'HQ' } }))).toBe(
      message,
    );
    expect(
      entryProblem(lesson({ revisions: [revision({ fields: { mood: 'ok', venue: 'HQ' } })] })),
    ).toBe(message);
  });

  it('refuses a date that is not on the calendar in a revision too', () => {
    expect(entryProblem(lesson({ revisions: [revision({ date: '2026-02-30' })] }))).toBe(
      'Its date is not a real calendar date.',
    );
  });
});

async function read(files: { name: string; text: string }[]): Promise<PrepareEvent[]> {
  const events: PrepareEvent[] = [];
  await prepareImport(files, NOW, async (e) => {
    events.push(e);
  });
  return events;
}

async function reasonFor(name: string, text: string): Promise<string> {
  const events = await read([{ name, text }]);
  expect(events.map((e) => e.kind)).toEqual(['skipped']);
  const [only] = events;
  return only?.kind === 'skipped' ? only.item.reason : '';
}

let exported: string | undefined;
/** A real export of an empty journal (made once), as JSON the test changes. */
async function emptyExport(): Promise<Record<string, unknown>> {
  exported ??= (await exportDoc(testStore())).text;
  return JSON.parse(exported) as Record<string, unknown>;
}

describe('reading a file of an import', () => {
  it('says why a file is not an export it can read', async () => {
    expect(await reasonFor('a.json', '{"format": "ladder-export", ')).toBe('It is not valid JSON.');
    for (const text of ['{"hello": 1}', 'null', '"ladder-export"'])
      expect(await reasonFor('a.json', text), text).toBe(
        'It is not a Ladder export (its "format" is not ladder-export).',
      );
    expect(await reasonFor('photo.png', 'PNG')).toBe(
      'Only Ladder exports (.json, or the .zip holding one) and Markdown notes (.md or .markdown) can be imported.',
    );
  });

  it('names where an export breaks the format: a record of the document, or an entry by its place', async () => {
    const doc = await emptyExport();
    doc.skills = [{ id: 's1', name: '', colleaguesView: '', createdAt: 0, ratings: [] }];
    expect(await reasonFor(EXPORT_JSON_NAME, JSON.stringify(doc))).toBe(
      'It does not match the export format (at skills.0.name): Too small: expected string to have >=1 characters.',
    );
    doc.skills = [];
    doc.entries = [lesson(), { ...lesson({ id: 'lesson-2' }), kind: 'diary' }];
    expect(await reasonFor(EXPORT_JSON_NAME, JSON.stringify(doc))).toMatch(
      /^It does not match the export format \(at entries\.1\.kind\): Invalid option: expected one of "/,
    );
  });

  it('refuses a whole export, writing none of it, when an entry holds a broken character', async () => {
    const doc = await emptyExport();
    doc.entries = [lesson(), lesson({ id: 'lesson-2', title: 'Half \ud83d a smile' })];
    expect(await reasonFor(EXPORT_JSON_NAME, JSON.stringify(doc))).toBe(LONE_SURROGATE_MESSAGE);
  });

  it('takes at most a million entries: one more is refused before any is read', async () => {
    const doc = await emptyExport();
    // Counted before entries are checked one by one: the millionth-and-first is never looked at.
    doc.entries = new Array(1_000_001).fill(0);
    expect(await reasonFor(EXPORT_JSON_NAME, JSON.stringify(doc))).toBe(
      'It does not match the export format (at entries): too many entries.',
    );
    doc.entries = new Array(1_000_000).fill(0);
    expect(await reasonFor(EXPORT_JSON_NAME, JSON.stringify(doc))).toMatch(
      /^It does not match the export format \(at entries\.0\): /,
    );
  });

  it('hands on the entries that pass and names each one refused', async () => {
    const doc = await emptyExport();
    doc.entries = [lesson(), lesson({ id: 'lesson-2', tags: ['#bad'] })];
    const events = await read([{ name: EXPORT_JSON_NAME, text: JSON.stringify(doc) }]);
    expect(events.map((e) => (e.kind === 'entry' ? e.entry.entry.id : e.kind))).toEqual([
      'lesson-1',
      'skipped',
      'doc',
    ]);
    expect(events[1]).toEqual({
      kind: 'skipped',
      item: { file: EXPORT_JSON_NAME, item: 'entry lesson-2', reason: TAGS },
    });
  });
});
