// One imported note → one journal entry, rule by rule (title, date, times, tags, kind and fields,
// id, refusals), and which note a [[wiki link]] names; the front matter read and written.
import { describe, expect, it } from 'vitest';
import {
  FrontMatterTooLong,
  readFrontMatter,
  writeFrontMatter,
} from '../../../src-main/core/data/frontMatter';
import {
  entryFromMarkdown,
  tagsOf,
  wikiTargets,
  type MarkdownOutcome,
} from '../../../src-main/core/data/importMarkdown';
import type { ExportEntry } from '../../../src-main/shared/data/exportFormat';
import { todayIso } from '../../../src-main/shared/dates';
import { MAX_FIELD, MAX_NOTE_CHARS, MAX_TAG, MAX_TITLE } from '../../../src-main/shared/limits';

const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);
const TODAY = todayIso(new Date(NOW));

function entry(name: string, text: string): ExportEntry {
  const out = entryFromMarkdown(name, text, NOW);
  if (!out.ok) throw new Error(out.reason);
  return out.entry;
}

function refusal(out: MarkdownOutcome): string {
  return out.ok ? 'imported' : out.reason;
}

function bodyText(e: ExportEntry): string {
  const walk = (n: { text?: string; children?: [] }): string =>
    n.text ?? (n.children ?? []).map(walk).join('|');
  return walk(JSON.parse(e.body).root);
}

describe('the title of an imported note', () => {
  it('comes from the front matter, numbers and true/false as written', () => {
    expect(entry('a.md', '---\ntitle: Review\n---\n# Heading').title).toBe('Review');
    expect(entry('a.md', '---\ntitle: 2026\n---\nx').title).toBe('2026');
    expect(entry('a.md', '---\ntitle: 1.5\n---\nx').title).toBe('1.5');
    expect(entry('a.md', '---\ntitle: true\n---\nx').title).toBe('true');
  });

  it('else from a first level-1 heading after blank lines only, taken out of the body', () => {
    const e = entry('file.md', '\n  \n# Talk with Sam\nSam said yes.');
    expect(e.title).toBe('Talk with Sam');
    expect(bodyText(e)).toBe('Sam said yes.');
    expect(entry('file.md', '\r\n# Windows title\r\nbody').title).toBe('Windows title');
    expect(entry('file.md', '# Only a heading').title).toBe('Only a heading');
    expect(bodyText(entry('file.md', '# Only a heading'))).toBe('');
  });

  it('else from the file name, without folder or extension, when the note starts otherwise', () => {
    for (const text of ['## Level two\nx', 'text\n# Later heading', '#\nx', '', '\n\n'])
      expect(entry('vault/sub\\My note.markdown', text).title).toBe('My note');
    expect(bodyText(entry('n.md', 'text\n# Later heading'))).toBe('text|Later heading');
  });

  it('refuses a title past the limit, and a whole note past the note limit, with the figures', () => {
    const long = 'x'.repeat(MAX_TITLE + 1);
    expect(refusal(entryFromMarkdown('a.md', `---\ntitle: ${long}\n---\n`, NOW))).toBe(
      'Its title is longer than 200,000 characters.',
    );
    expect(entry('a.md', `---\ntitle: ${'x'.repeat(MAX_TITLE)}\n---\n`).title).toHaveLength(
      MAX_TITLE,
    );
    expect(refusal(entryFromMarkdown('a.md', 'x'.repeat(MAX_NOTE_CHARS + 1), NOW))).toBe(
      'This note is 1,000,001 characters long; Ladder imports notes of at most 1,000,000 characters. Split it into smaller notes to bring it in.',
    );
    expect(entryFromMarkdown('a.md', 'x'.repeat(MAX_NOTE_CHARS), NOW).ok).toBe(true);
  });

  it('refuses the readable copy of a conversation, and a body too long once converted', () => {
    expect(refusal(entryFromMarkdown('c.md', '---\ntype: conversation\n---\n# A', NOW))).toMatch(
      /readable copy of a conversation; import ladder-export\.json/,
    );
    // Each `*a* ` becomes a text node of some hundred characters of JSON.
    expect(refusal(entryFromMarkdown('big.md', '*a* '.repeat(240_000), NOW))).toBe(
      'Its text is too long for one journal entry.',
    );
  });
});

describe('the date and times of an imported note', () => {
  it('takes the day the front matter date starts with, when it is a real day', () => {
    expect(entry('a.md', '---\ndate: 2026-05-04T10:00:00\n---\n').date).toBe('2026-05-04');
    expect(entry('a.md', '---\ndate: 2026-02-30\n---\n').date).toBe(TODAY);
    expect(entry('a.md', '---\ndate: around 2026-05-04\n---\n').date).toBe(TODAY);
    expect(entry('a.md', '---\ndate: 26-05-04\n---\n').date).toBe(TODAY);
  });

  it('else a file name that is exactly a real day, else the created day, else today', () => {
    expect(entry('daily/2026-12-01.md', 'x').date).toBe('2026-12-01');
    expect(entry('2026-12-01 standup.md', 'x').date).toBe(TODAY);
    expect(entry('Notes 2026-12-01.md', 'x').date).toBe(TODAY);
    expect(entry('2026-02-30.md', 'x').date).toBe(TODAY);
    expect(entry('2026-12-01.md', '---\ndate: 2026-01-02\n---\n').date).toBe('2026-01-02');
    expect(entry('n.md', '---\ncreated: 2025-07-08 09:10\n---\n').date).toBe('2025-07-08');
    expect(entry('2026-12-01.md', '---\ncreated: 2025-07-08\n---\n').date).toBe('2026-12-01');
  });

  it('keeps created, updated and trashed times; none, unreadable or before 1970 is now', () => {
    const e = entry(
      'a.md',
      '---\ncreated: 2026-01-02T03:04:05Z\nupdated: 2026-03-04T00:00:00Z\ntrashed: 2026-05-06T00:00:00Z\n---\n',
    );
    expect([e.createdAt, e.updatedAt, e.deletedAt]).toEqual([
      Date.UTC(2026, 0, 2, 3, 4, 5),
      Date.UTC(2026, 2, 4),
      Date.UTC(2026, 4, 6),
    ]);
    const plain = entry('a.md', '---\ncreated: yesterday\nupdated: 2026-13-45\ntrashed: no\n---\n');
    expect([plain.createdAt, plain.updatedAt, plain.deletedAt]).toEqual([NOW, NOW, null]);
    expect(entry('a.md', '---\ncreated: 1960-01-01T00:00:00Z\n---\n').createdAt).toBe(NOW);
    // Only a time that starts with a whole day: the engine's lenient reading takes these too.
    expect(entry('a.md', '---\ncreated: note 2026-01-02\n---\n').createdAt).toBe(NOW);
    expect(entry('a.md', '---\ncreated: 2026-01-2\n---\n').createdAt).toBe(NOW);
    expect(entry('a.md', '---\ncreated: 1970-01-01T00:00:00Z\n---\n').createdAt).toBe(0);
    // Created after the import's clock: updated is not before it.
    const later = Date.UTC(2027, 0, 1);
    expect(entry('a.md', '---\ncreated: 2027-01-01T00:00:00Z\n---\n').updatedAt).toBe(later);
    expect(entry('a.md', '---\ncreated: 2020-01-01T00:00:00Z\n---\n').updatedAt).toBe(NOW);
  });
});

describe('the tags of an imported note', () => {
  it('reads a list, or one string split on commas and spaces, without leading #', () => {
    expect(tagsOf(['work', '#incidents', '##deep', ' spaced out ', 7, true])).toEqual([
      'work',
      'incidents',
      'deep',
      'spaced out',
      '7',
      'true',
    ]);
    expect(tagsOf('work, #incidents  ##deep,,x')).toEqual(['work', 'incidents', 'deep', 'x']);
    expect(tagsOf(2026)).toEqual(['2026']);
    expect(tagsOf(undefined)).toEqual([]);
    expect(tagsOf({ a: 1 })).toEqual([]);
  });

  it('drops empty, too long, comma-holding and repeated tags (any case), and keeps at most 50', () => {
    expect(
      tagsOf(['', '#', null, { x: 1 }, 'x'.repeat(MAX_TAG + 1), 'a,b', 'Work', 'work', 'WORK']),
    ).toEqual(['Work']);
    expect(tagsOf(['x'.repeat(MAX_TAG)])).toEqual(['x'.repeat(MAX_TAG)]);
    expect(tagsOf(['# spaced', 'c#', 'f#'])).toEqual(['spaced', 'c#', 'f#']);
    const many = Array.from({ length: 60 }, (_, i) => `t${i}`);
    expect(tagsOf(many)).toEqual(many.slice(0, 50));
    expect(entry('a.md', '---\ntags: [a, "#b"]\n---\n').tags).toEqual(['a', 'b']);
  });
});

describe('the kind, fields and id of an imported note', () => {
  it('takes a Ladder kind and its fields (numbers as text, too long left out), else a reflection', () => {
    const e = entry(
      'a.md',
      `---\nkind: accomplishment\nimpact: Halved the outage\nresult: 50\nbeneficiaries: ${'x'.repeat(MAX_FIELD + 1)}\nfrom: not a field of this kind\n---\n`,
    );
    expect(e.kind).toBe('accomplishment');
    expect(e.fields).toEqual({ impact: 'Halved the outage', result: '50' });
    expect(
      entry('a.md', `---\nkind: praise\nfrom: ${'y'.repeat(MAX_FIELD)}\n---\n`).fields,
    ).toEqual({ from: 'y'.repeat(MAX_FIELD) });
    expect(entry('a.md', '---\nkind: diary\n---\n').kind).toBe('reflection');
    expect(entry('a.md', 'no front matter').kind).toBe('reflection');
  });

  it('keeps a front matter id that is one, else gives the same note (name and text) the same id', () => {
    expect(entry('a.md', '---\nid: abc-123_X\n---\n').id).toBe('abc-123_X');
    const made = entry('v/Note.md', '---\nid: ../etc\n---\n').id;
    expect(made).toMatch(/^md-[0-9a-f]{40}$/);
    expect(entry('other/Note.md', '---\nid: ../etc\n---\n').id).toBe(made);
    expect(entry('v/Note2.md', '---\nid: ../etc\n---\n').id).not.toBe(made);
    expect(entry('v/Note.md', '---\nid: ../etc\n---\n ').id).not.toBe(made);
    expect(entry('a.md', `---\nid: ${'a'.repeat(65)}\n---\n`).id).toMatch(/^md-/);
  });

  it('keeps front matter that is not YAML, or too long, as text at the top, with a warning', () => {
    const out = entryFromMarkdown('Broken.md', '\uFEFF---\ntitle: [unclosed\n---\nThe body.', NOW);
    expect(out.ok && out.warning).toBe(
      'Its front matter is not valid YAML, so it is kept as text at the top of the entry; the title, date and tags did not come from it.',
    );
    expect(out.ok && out.entry.title).toBe('Broken');
    // The --- lines read as rules, which the import drops.
    expect(out.ok && bodyText(out.entry)).toBe('title: [unclosed|The body.');
    const long = entryFromMarkdown('L.md', `---\n${'k'.repeat(600 * 1024)}\n---\nx`, NOW);
    expect(long.ok && long.warning).toMatch(/^Its front matter is longer than 512 KB, so/);
    expect(entryFromMarkdown('ok.md', '---\ntitle: fine\n---\n', NOW)).toMatchObject({
      warning: null,
      embeds: [],
    });
  });
});

describe('which note a [[wiki link]] names', () => {
  it('is the note of that file name, else of that title, any case, the first of several', async () => {
    const resolve = await wikiTargets([
      { name: 'vault/Weekly.md', text: '# Weekly review\nx' },
      { name: 'other/weekly.md', text: 'second Weekly' },
      { name: 'vault/Titled.md', text: '---\ntitle: Big Plan\nid: plan-1\n---\n' },
      { name: 'vault/Plan B.md', text: '---\ntitle: big plan\nid: plan-2\n---\n' },
      { name: 'vault/picture.png', text: 'not a note' },
      { name: 'vault/s.md', text: '---\ntitle: "  Spaced title "\nid: spaced-1\n---\n' },
      { name: 'vault/huge.md', text: 'x'.repeat(MAX_NOTE_CHARS + 1) },
    ]);
    const weekly = entry('vault/Weekly.md', '# Weekly review\nx').id;
    expect(resolve('Weekly')).toBe(weekly);
    expect(resolve('WEEKLY')).toBe(weekly);
    expect(resolve('folder/Weekly.md')).toBe(weekly);
    expect(resolve('Weekly#Section')).toBe(weekly);
    expect(resolve('Weekly^block1')).toBe(weekly);
    expect(resolve('weekly review')).toBe(weekly);
    expect(resolve('BIG PLAN')).toBe('plan-1');
    expect(resolve('Plan B')).toBe('plan-2');
    expect(resolve('Spaced title')).toBe('spaced-1');
    expect(resolve('picture')).toBeNull();
    expect(resolve('picture.png')).toBeNull();
    expect(resolve('huge')).toBeNull();
    expect(resolve('Missing')).toBeNull();
  });

  it('links the note that a later note of the same import is', async () => {
    const files = [
      { name: 'A.md', text: 'See [[B|the plan]].' },
      { name: 'B.md', text: 'Plan.' },
    ];
    const resolve = await wikiTargets(files);
    const a = entryFromMarkdown('A.md', files[0]!.text, NOW, resolve);
    expect(a.ok && a.entry.body).toContain(`"url":"ladder:entry/${entry('B.md', 'Plan.').id}"`);
  });
});

describe('front matter', () => {
  it('is read between --- lines (or ... to close), after a byte-order mark, CRLF too', () => {
    expect(readFrontMatter('\uFEFF---\r\ntitle: A\r\n...\r\nbody')).toEqual({
      data: { title: 'A' },
      body: 'body',
    });
    expect(readFrontMatter('---  \ntitle: A\n---')).toEqual({ data: { title: 'A' }, body: '' });
    expect(readFrontMatter('---\n- a list\n---\nb')).toEqual({ data: {}, body: 'b' });
    expect(readFrontMatter('---\n---\nb')).toEqual({ data: {}, body: 'b' });
  });

  it('is not there without its closing line, or when it does not open the text', () => {
    expect(readFrontMatter('\uFEFF---\ntitle: A\nno close')).toEqual({
      data: {},
      body: '---\ntitle: A\nno close',
    });
    expect(readFrontMatter('\uFEFFtext\n---\n')).toEqual({ data: {}, body: 'text\n---\n' });
    expect(readFrontMatter(' ---\ntitle: A\n---\n').data).toEqual({});
    // Only a byte-order mark at the very start is dropped: one inside the text is the text's.
    expect(readFrontMatter('---\nzero\uFEFFwidth').body).toBe('---\nzero\uFEFFwidth');
    expect(readFrontMatter('a\uFEFFb').body).toBe('a\uFEFFb');
  });

  it('reads dates as text and runs nothing: no custom tags, no alias bombs', () => {
    expect(readFrontMatter('---\ndate: 2026-05-04\n---\n').data).toEqual({ date: '2026-05-04' });
    expect(readFrontMatter('---\na: !!js/function "x"\nb: !foo bar\n---\n').data).toEqual({
      a: 'x',
      b: 'bar',
    });
    expect(() => readFrontMatter('---\na: &x [1]\nb: *x\n---\n')).toThrow();
    expect(() => readFrontMatter(`---\n${'k'.repeat(512 * 1024 + 1)}\n---\n`)).toThrow(
      FrontMatterTooLong,
    );
  });

  it('is written with the keys in order, undefined ones left out, long lines unfolded', () => {
    const long = 'word '.repeat(40).trim();
    expect(writeFrontMatter({ id: 'a', gone: undefined, title: long, tags: ['x'], n: null })).toBe(
      `---\nid: a\ntitle: ${long}\ntags:\n  - x\nn: null\n---\n`,
    );
    expect(readFrontMatter(`${writeFrontMatter({ title: '#: [not] yaml' })}b`).data).toEqual({
      title: '#: [not] yaml',
    });
  });
});
