// A folder of Markdown notes imported as a vault: check lists, wiki links, embeds, dates from file
// names, broken front matter kept, only Markdown files, the same notes twice, and a note too long.
import { describe, expect, it } from 'vitest';
import { MAX_NOTE_CHARS } from '../../../src-main/shared/limits';
import { body, testStore } from '../helpers';

describe('import a vault of notes', () => {
  it('makes check lists, wiki links, lists embeds as left out and dates from file names', async () => {
    const t = testStore();
    const report = await t.call('data.import', {
      files: [
        {
          name: 'vault/daily/2026-12-01.md',
          text: '- [ ] call Sam\n- [x] send the plan\n\nSee [[Weekly review]] and [[Goals|my goals]]. ![[chart.png]]',
        },
        { name: 'vault/Weekly review.md', text: 'Weekly.' },
        { name: 'vault/2026-02-30.md', text: 'Not a real day.' },
      ],
    });
    expect(report.imported.entries).toBe(3);
    expect(report.skipped).toEqual([
      {
        file: 'vault/daily/2026-12-01.md',
        item: 'embedded chart.png',
        reason: 'Embedded files (![[…]]) are not imported; the rest of the note is.',
      },
    ]);
    const list = await t.call('journal.list', {});
    const daily = list.find((e) => e.title === '2026-12-01');
    expect(daily?.date).toBe('2026-12-01');
    // An impossible date in a file name is not a date: today (the test clock's) instead.
    expect(list.find((e) => e.title === '2026-02-30')?.date).toBe('2026-11-21');
    const full = await t.call('journal.get', { id: daily?.id ?? '' });
    expect(full.body).toContain('"listType":"check"');
    expect(full.body).toContain('"checked":true');
    expect(full.text).toContain('See Weekly review and my goals.');
    expect(full.body).not.toContain('chart.png');
  });

  it('keeps a note whose front matter is not valid YAML, with the front matter as text and a warning', async () => {
    const t = testStore();
    const report = await t.call('data.import', {
      files: [{ name: 'notes/Broken.md', text: '---\ntitle: [unclosed\n---\nThe body stays.' }],
    });
    expect(report.imported.entries).toBe(1);
    expect(report.changed).toEqual([
      {
        file: 'notes/Broken.md',
        reason: expect.stringMatching(/^Its front matter is not valid YAML, so it is kept as text/),
      },
    ]);
    const [entry] = await t.call('journal.list', {});
    expect(entry?.title).toBe('Broken');
    const full = await t.call('journal.get', { id: entry?.id ?? '' });
    expect(full.text).toContain('title: [unclosed');
    expect(full.text).toContain('The body stays.');
  });

  it('keeps front matter too long to be real as text, unparsed, with a warning', async () => {
    const t = testStore();
    const report = await t.call('data.import', {
      files: [{ name: 'Long.md', text: `---\n${'[{a: '.repeat(110_000)}\n---\nBody.` }],
    });
    expect(report.imported.entries).toBe(1);
    expect(report.changed).toEqual([
      {
        file: 'Long.md',
        reason:
          'Its front matter is longer than 512 KB, so it is kept as text at the top of the entry; the title, date and tags did not come from it.',
      },
    ]);
  });

  it('takes only .md and .markdown files, as the page says', async () => {
    const t = testStore();
    const report = await t.call('data.import', {
      files: [
        { name: 'v/a.md', text: 'A' },
        { name: 'v/b.markdown', text: 'B' },
        { name: 'v/c.txt', text: 'C' },
        { name: 'v/d.mdown', text: 'D' },
      ],
    });
    expect(report.imported.entries).toBe(2);
    expect(report.skipped.map((s) => s.file)).toEqual(['v/c.txt', 'v/d.mdown']);
  });

  it('says how many were new and how many were already there when the same notes come again', async () => {
    const t = testStore();
    const notes = [
      { name: 'vault/one.md', text: 'One' },
      { name: 'vault/two.md', text: 'Two' },
    ];
    const first = await t.call('data.import', { files: notes });
    expect([first.imported.entries, first.alreadyHere]).toEqual([2, 0]);
    // The same notes picked again (here from a zip of the folder), and one more.
    const again = await t.call('data.import', {
      files: [
        ...notes.map((n) => ({ ...n, name: `vault.zip/${n.name}` })),
        { name: 'vault/three.md', text: 'Three' },
      ],
    });
    expect([again.imported.entries, again.alreadyHere]).toEqual([1, 2]);
    expect((await t.call('journal.list', {})).length).toBe(3);
    // A note whose text changed is a new note.
    const edited = await t.call('data.import', {
      files: [{ name: 'vault/one.md', text: 'One, edited' }],
    });
    expect([edited.imported.entries, edited.alreadyHere]).toEqual([1, 0]);
  });

  it('leaves out a note past the size cap with the figures, and imports the rest', async () => {
    const t = testStore();
    const report = await t.call('data.import', {
      files: [
        { name: 'huge.md', text: 'x'.repeat(MAX_NOTE_CHARS + 1) },
        { name: 'small.md', text: 'Small' },
      ],
    });
    expect(report.imported.entries).toBe(1);
    expect(report.skipped).toEqual([
      {
        file: 'huge.md',
        reason:
          'This note is 1,000,001 characters long; Ladder imports notes of at most 1,000,000 characters. Split it into smaller notes to bring it in.',
      },
    ]);
  });
});

describe('an import beside other requests', () => {
  it('lets an autosave sent during a large import finish before the import does', async () => {
    const t = testStore();
    const entry = await t.call('journal.create', { kind: 'reflection', title: 'Typing' });
    const note = (i: number) =>
      `# Note ${i}\n\nSome **bold** and _italic_ text with a [link](https://example.com/${i}).\n\n- [ ] a task\n- [x] done\n`.repeat(
        20,
      );
    const files = Array.from({ length: 3000 }, (_, i) => ({
      name: `vault/n${i}.md`,
      text: note(i),
    }));
    const finished: string[] = [];
    const importing = t.call('data.import', { files }).then((r) => {
      finished.push('import');
      return r;
    });
    // The autosave is sent once the import is under way (after the event loop's next turn).
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
      .then((e) => {
        finished.push('save');
        return e;
      });
    const [report, saved] = await Promise.all([importing, saving]);
    expect(finished).toEqual(['save', 'import']);
    expect(report.imported.entries).toBe(3000);
    expect(saved.text).toBe('Words typed meanwhile');
    expect((await t.call('journal.get', { id: entry.id })).text).toBe('Words typed meanwhile');
  }, 60_000);
});
