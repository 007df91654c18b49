// Right-to-left text, emoji, combining marks and a 100,000-character title survive save, search,
// export (JSON and Markdown) and import byte for byte; lone surrogates are refused with one message.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXPORT_JSON_NAME } from '../../../src-main/shared/data/exportFormat';
import { LONE_SURROGATE_MESSAGE } from '../../../src-main/shared/wellFormed';
import { body, expectCode, fingerprint, testStore } from '../helpers';
import { exportDoc, syntheticEntries } from './dataHelpers';

const RTL = 'تقييم الأداء السنوي مع مديرتي';
const HEBREW = 'שיחת משוב עם נעמי';
const EMOJI = '🚀 👩🏽‍💻 🏳️‍🌈 🇫🇷';
const COMBINING = 'Ame\u0301lie, n\u0303, a\u0308\u0323, க்ஷ';
const LONG = Array.from({ length: 100_000 }, (_, i) => 'aé👍ש'[i % 4])
  .join('')
  .slice(0, 100_000);

function frontMatterOf(markdown: string): Record<string, unknown> {
  const end = markdown.indexOf('\n---\n', 4);
  return parse(markdown.slice(4, end)) as Record<string, unknown>;
}

describe('odd text', () => {
  it('survives save, search, export and import byte for byte', async () => {
    const t = testStore();
    const titles = [RTL, `${HEBREW} ${EMOJI}`, COMBINING, LONG];
    const ids: string[] = [];
    for (const title of titles) {
      const e = await t.call('journal.create', {
        kind: 'reflection',
        title,
        body: body(RTL, EMOJI, COMBINING),
        tags: ['שלום', 'émoji'],
      });
      expect((await t.call('journal.get', { id: e.id })).title).toBe(title);
      ids.push(e.id);
    }
    expect((await t.call('search.query', { text: 'נעמי' })).map((h) => h.id)).toEqual([ids[1]]);
    expect((await t.call('search.query', { text: 'السنوي' })).map((h) => h.id)).toContain(ids[0]);
    // The 100,000-character title is found by a stretch from its middle.
    expect(
      (await t.call('search.query', { text: LONG.slice(60_001, 60_013) })).map((h) => h.id),
    ).toEqual([ids[3]]);

    const { doc, files, text } = await exportDoc(t);
    expect(doc.entries.map((e) => e.title)).toEqual(titles);
    const md = Object.entries(files).filter(([n]) => n.startsWith('markdown/journal/'));
    expect(md).toHaveLength(4);
    for (const [, content] of md) {
      const front = frontMatterOf(content);
      expect(titles).toContain(front.title);
      expect(front.tags).toEqual(['שלום', 'émoji']);
      expect(content).toContain(`${RTL}\n\n${EMOJI}\n\n${COMBINING}`);
    }

    const into = testStore();
    await into.call('data.import', { files: [{ name: EXPORT_JSON_NAME, text }] });
    for (const [i, id] of ids.entries())
      expect((await into.call('journal.get', { id })).title).toBe(titles[i]);

    const fromMarkdown = testStore();
    const report = await fromMarkdown.call('data.import', {
      files: md.map(([name, text]) => ({ name, text })),
    });
    expect(report.imported.entries).toBe(4);
    for (const [i, id] of ids.entries()) {
      const e = await fromMarkdown.call('journal.get', { id });
      expect(e.title).toBe(titles[i]);
      expect(e.tags).toEqual(['שלום', 'émoji']);
    }
  });

  it('refuses a lone surrogate on every channel with one clear message, changing nothing', async () => {
    const t = testStore();
    const e = await t.call('journal.create', { kind: 'reflection', title: 'fine' });
    const before = fingerprint(t.store.dbPath);
    const refused = [
      () => t.call('journal.create', { kind: 'reflection', title: 'half \uD800 pair' }),
      () =>
        t.call('journal.save', {
          id: e.id,
          title: 'tail \uDC00',
          date: e.date,
          fields: {},
          body: '',
          tags: [],
        }),
      () => t.call('search.query', { text: '\uD83D' }),
      () => t.call('data.import', { files: [{ name: 'a.md', text: 'note \uD800' }] }),
    ];
    for (const call of refused)
      expect((await expectCode(call(), 'invalid-argument')).message).toBe(LONE_SURROGATE_MESSAGE);
    // The one message says what is wrong and that nothing was kept, for the person who sees it.
    expect(LONE_SURROGATE_MESSAGE).toMatch(/broken character.*not saved/);
    expect(fingerprint(t.store.dbPath)).toBe(before);
  });

  it('exports and re-imports 5,000 entries through the base64 answer', async () => {
    const t = testStore();
    const { doc } = await exportDoc(t);
    doc.entries = syntheticEntries(5000, 1500, t.clock.now());
    const seeded = await t.call('data.import', {
      files: [{ name: EXPORT_JSON_NAME, text: JSON.stringify(doc) }],
    });
    expect(seeded.imported.entries).toBe(5000);
    const result = await t.call('data.export', {});
    expect(result.counts.entries).toBe(5000);
    expect(result.zipBase64.length).toBe(Math.ceil(result.bytes / 3) * 4);
    const again = await exportDoc(t);
    expect(Object.keys(again.files).filter((n) => n.startsWith('markdown/journal/'))).toHaveLength(
      5000,
    );
    const into = testStore();
    const report = await into.call('data.import', {
      files: [{ name: EXPORT_JSON_NAME, text: again.text }],
    });
    expect(report.imported.entries).toBe(5000);
  }, 120_000);
});
