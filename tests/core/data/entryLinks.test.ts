// Links between entries: the one url form, kept by every save and import rule and nothing else
// with `ladder:`; a vault's [[wiki links]] become such links; the export writes them back as [[Title]].
import { describe, expect, it } from 'vitest';
import { entryMarkdown } from '../../../src-main/core/data/exportMarkdown';
import { entryIdFromLink, entryLinkUrl } from '../../../src-main/shared/journal/entryLinks';
import type { ExportEntry } from '../../../src-main/shared/data/exportFormat';
import { isSafeLinkTarget, safeBody } from '../../../src-main/shared/journal/safeLinks';
import { testStore } from '../helpers';
import { exportDoc } from './dataHelpers';

const ID = '3f2a9c1e-7b4d-4e8a-9c1f-2b3d4e5f6a7b';

interface Node {
  type?: string;
  url?: string;
  text?: string;
  children?: Node[];
}

function links(body: string): { url: string; text: string }[] {
  const out: { url: string; text: string }[] = [];
  const walk = (n: Node): void => {
    if (n.type === 'link')
      out.push({ url: n.url ?? '', text: (n.children ?? []).map((c) => c.text ?? '').join('') });
    else (n.children ?? []).forEach(walk);
  };
  walk((JSON.parse(body) as { root: Node }).root);
  return out;
}

function bodyWithLink(url: string, text: string): string {
  const link = {
    type: 'link',
    version: 1,
    url,
    rel: null,
    target: null,
    title: null,
    direction: null,
    format: '',
    indent: 0,
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  };
  return JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [link] },
      ],
    },
  });
}

describe('entry link urls', () => {
  it('round-trips an id and reads nothing else as an entry link', () => {
    expect(entryLinkUrl(ID)).toBe(`ladder:entry/${ID}`);
    expect(entryIdFromLink(entryLinkUrl(ID))).toBe(ID);
    expect(entryIdFromLink('ladder:entry/md-0123abc')).toBe('md-0123abc');
    for (const url of [
      'ladder:entry/../x',
      'ladder:entry/',
      'ladder:entry/a b',
      'ladder:entry/a?x=1',
      'ladder:anything-else',
      `LADDER:entry/${ID}`,
      `ladder:entry/${'a'.repeat(65)}`,
      `https://x/ladder:entry/${ID}`,
    ]) {
      expect(entryIdFromLink(url), url).toBeNull();
    }
    expect(() => entryLinkUrl('../x')).toThrow();
  });

  it('is kept by the save and import rule, and every other ladder: url is refused', () => {
    expect(isSafeLinkTarget(`ladder:entry/${ID}`)).toBe(true);
    for (const url of [
      'ladder:entry/../x',
      'ladder:anything-else',
      `LADDER:entry/${ID}`,
      'ladder:entry/',
      'javascript:alert(1)',
    ])
      expect(isSafeLinkTarget(url), url).toBe(false);
    const kept = bodyWithLink(`ladder:entry/${ID}`, 'B');
    expect(safeBody(kept)).toBe(kept);
    expect(links(safeBody(bodyWithLink('ladder:entry/../x', 'B')))).toEqual([]);
  });
});

describe('a vault with wiki links', () => {
  it('links [[B]] and [[B|alias]] to the imported note B, and leaves [[Missing]] as text', async () => {
    const t = testStore();
    const report = await t.call('data.import', {
      files: [
        { name: 'vault/A.md', text: 'See [[B]], [[b|the other note]] and [[Missing]].' },
        { name: 'vault/sub/B.md', text: 'Second.' },
      ],
    });
    expect(report.imported.entries).toBe(2);
    const list = await t.call('journal.list', {});
    const a = await t.call('journal.get', { id: list.find((e) => e.title === 'A')?.id ?? '' });
    const b = list.find((e) => e.title === 'B');
    expect(links(a.body)).toEqual([
      { url: `ladder:entry/${b?.id}`, text: 'B' },
      { url: `ladder:entry/${b?.id}`, text: 'the other note' },
    ]);
    expect(a.text).toContain('See B, the other note and Missing.');
    expect(a.body).not.toContain('[[');
  });

  it('matches a note by its title too, and keeps the link on the next save', async () => {
    const t = testStore();
    await t.call('data.import', {
      files: [
        { name: 'a.md', text: 'Back to [[Weekly Review]].' },
        { name: '2026-12-01.md', text: '# Weekly review\n\nDone.' },
      ],
    });
    const list = await t.call('journal.list', {});
    const target = list.find((e) => e.title === 'Weekly review');
    const a = await t.call('journal.get', { id: list.find((e) => e.title === 'a')?.id ?? '' });
    expect(links(a.body)).toEqual([{ url: `ladder:entry/${target?.id}`, text: 'Weekly Review' }]);
    const saved = await t.call('journal.save', {
      id: a.id,
      title: a.title,
      date: a.date,
      fields: a.fields,
      body: a.body,
      tags: a.tags,
    });
    expect(links(saved.body)).toHaveLength(1);
  });
});

describe('the Markdown export', () => {
  it('writes an entry link as [[Title]], never as its ladder: url', async () => {
    const entry = (id: string, title: string, body: string): ExportEntry => ({
      id,
      kind: 'reflection',
      title,
      date: '2026-12-01',
      fields: {},
      body,
      tags: [],
      createdAt: 0,
      updatedAt: 0,
      deletedAt: null,
      version: 1,
      revisions: [],
    });
    const a = entry('a1', 'A', bodyWithLink(`ladder:entry/${ID}`, 'the other note'));
    const titles = new Map([[ID, 'Weekly review']]);
    const written = entryMarkdown(a, (id) => titles.get(id) ?? null);
    expect(written).toContain('[[Weekly review|the other note]]');
    expect(written).not.toContain('ladder:');
    // Not in the export (or a title that cannot be written inside [[ ]]): its text only.
    expect(entryMarkdown(a)).not.toContain('ladder:');
    expect(entryMarkdown(a)).toContain('the other note');
    expect(entryMarkdown(a, () => 'A [bracketed] title')).not.toContain('[[');
  });

  it('exports an imported vault with its links as [[Title]] in the notes', async () => {
    const t = testStore();
    await t.call('data.import', {
      files: [
        { name: 'A.md', text: 'See [[B]].' },
        { name: 'B.md', text: 'Second.' },
      ],
    });
    const { files } = await exportDoc(t);
    const text =
      Object.entries(files).find(
        ([name]) => name.startsWith('markdown/journal/') && name.endsWith('-a.md'),
      )?.[1] ?? '';
    expect(text).toContain('See [[B]].');
    expect(text).not.toContain('ladder:');
  });
});
