// The export's readable Markdown copies: their file names (slugs, unique paths, profile pages) and
// what each copy holds (front matter fields, body, a conversation's notes and what was agreed).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  conversationMarkdown,
  conversationPath,
  entryMarkdown,
  entryPath,
  slug,
  uniquePaths,
} from '../../../src-main/core/data/exportMarkdown';
import type { ConversationDoc } from '../../../src-main/shared/conversations/conversations';
import type { ExportEntry } from '../../../src-main/shared/data/exportFormat';
import { body, testStore } from '../helpers';

const ENTRY: ExportEntry = {
  id: 'e-1',
  kind: 'accomplishment',
  title: 'Shipped the report',
  date: '2026-11-21',
  fields: { impact: 'Cut review time' },
  body: body('First.', 'Second.'),
  tags: ['work'],
  createdAt: Date.UTC(2026, 10, 21, 9),
  updatedAt: Date.UTC(2026, 10, 21, 10),
  deletedAt: null,
  version: 3,
  revisions: [],
};

function split(markdown: string): { front: Record<string, unknown>; rest: string } {
  expect(markdown.startsWith('---\n')).toBe(true);
  const end = markdown.indexOf('\n---\n', 3);
  return {
    front: parse(markdown.slice(4, end)) as Record<string, unknown>,
    rest: markdown.slice(end + 5),
  };
}

async function conversation(): Promise<ConversationDoc> {
  const t = testStore();
  const doc = await t.call('conversations.create', {
    templateId: 'blank',
    title: 'Check-in',
    personName: 'Lee',
    startsAt: '2026-12-01T10:00',
    timeZone: 'UTC',
    durationMin: 30,
  });
  return doc;
}

describe('file names of the Markdown copies', () => {
  it('makes a slug of letters and digits of any script, dashes between, at most 60, else untitled', () => {
    expect(slug('Shipped the Report!')).toBe('shipped-the-report');
    expect(slug('  Ame\u0301lie & نور: 1:1 ')).toBe('amélie-نور-1-1');
    expect(slug('🚀 — !!')).toBe('untitled');
    expect(slug('')).toBe('untitled');
    expect(slug('a'.repeat(59) + ' b')).toBe('a'.repeat(59));
    expect(slug('é'.repeat(70))).toBe('é'.repeat(60));
    expect(slug('👍'.repeat(3) + 'x'.repeat(70))).toHaveLength(60);
  });

  it('gives every path a unique name, ignoring case, with -2, -3 before the extension', () => {
    const unique = uniquePaths();
    expect(
      ['a/b.md', 'a/B.md', 'a/b.md', 'a/b-2.md', 'a/noext', 'a/noext', '.hidden', '.hidden'].map(
        unique,
      ),
    ).toEqual([
      'a/b.md',
      'a/B-2.md',
      'a/b-3.md',
      'a/b-2-2.md',
      'a/noext',
      'a/noext-2',
      '.hidden',
      '.hidden-2',
    ]);
    expect(uniquePaths()('a/b.md')).toBe('a/b.md');
  });

  it('puts journal entries by date and title, profile pages by kind, conversations by day', async () => {
    expect(entryPath(ENTRY)).toBe('markdown/journal/2026-11-21-shipped-the-report.md');
    for (const kind of ['values', 'mission', 'strengths', 'skills', 'goals'] as const)
      expect(entryPath({ ...ENTRY, kind })).toBe(`markdown/profile/${kind}.md`);
    const doc = await conversation();
    expect(conversationPath(doc)).toBe('markdown/conversations/2026-12-01-check-in.md');
    const undated = {
      ...doc,
      conversation: {
        ...doc.conversation,
        title: '',
        startsAt: null,
        createdAt: Date.UTC(2026, 1, 3),
      },
    };
    expect(conversationPath(undated)).toBe('markdown/conversations/2026-02-03-lee.md');
  });
});

describe('the Markdown copy of an entry', () => {
  it('holds the fields as front matter, times in ISO, then the body', () => {
    const { front, rest } = split(entryMarkdown(ENTRY));
    expect(front).toEqual({
      id: 'e-1',
      kind: 'accomplishment',
      title: 'Shipped the report',
      date: '2026-11-21',
      tags: ['work'],
      impact: 'Cut review time',
      created: '2026-11-21T09:00:00.000Z',
      updated: '2026-11-21T10:00:00.000Z',
    });
    expect(rest).toBe('\nFirst.\n\nSecond.\n');
    const trashed = split(entryMarkdown({ ...ENTRY, deletedAt: Date.UTC(2026, 10, 22) })).front;
    expect(trashed.trashed).toBe('2026-11-22T00:00:00.000Z');
  });

  it('ends after the front matter and one blank line when the body is empty', () => {
    expect(entryMarkdown({ ...ENTRY, body: '' }).endsWith('---\n\n')).toBe(true);
    expect(split(entryMarkdown({ ...ENTRY, body: '' })).rest).toBe('\n');
  });
});

describe('the Markdown copy of a conversation', () => {
  it('holds the meeting as front matter, the agenda, and the notes and agreement when there are', async () => {
    const doc = await conversation();
    const { front, rest } = split(conversationMarkdown(doc));
    expect(front).toEqual({
      id: doc.conversation.id,
      type: 'conversation',
      title: 'Check-in',
      person: 'Lee',
      kind: doc.conversation.kind,
      status: doc.conversation.status,
      starts: '2026-12-01T10:00',
      timeZone: 'UTC',
      durationMinutes: 30,
    });
    expect(rest).not.toMatch(/## Notes|## Agreed/);
    expect(rest.endsWith('\n')).toBe(true);
    expect(rest.endsWith('\n\n')).toBe(false);

    const held = {
      ...doc,
      conversation: {
        ...doc.conversation,
        personRole: 'Manager',
        followUpDate: '2026-12-15',
        heldOn: '2026-12-01',
        deletedAt: Date.UTC(2026, 11, 2),
        notes: body('We talked about growth.'),
        agreed: '  Monthly check-ins.',
      },
    };
    const written = split(conversationMarkdown(held));
    expect(written.front).toMatchObject({
      role: 'Manager',
      followUp: '2026-12-15',
      heldOn: '2026-12-01',
      trashed: '2026-12-02T00:00:00.000Z',
    });
    expect(written.rest).toContain(
      '\n\n## Notes\n\nWe talked about growth.\n\n## Agreed\n\n  Monthly check-ins.\n',
    );
  });

  it('converts an agreement stored as editor text, and leaves out a blank one', async () => {
    const doc = await conversation();
    const withAgreed = (agreed: string): string =>
      split(conversationMarkdown({ ...doc, conversation: { ...doc.conversation, agreed } })).rest;
    expect(withAgreed(`  ${body('Ship it.')}`)).toContain('## Agreed\n\nShip it.\n');
    expect(withAgreed('   \n ')).not.toContain('## Agreed');
    expect(withAgreed('Plain {braces} kept')).toContain('## Agreed\n\nPlain {braces} kept\n');
  });
});
