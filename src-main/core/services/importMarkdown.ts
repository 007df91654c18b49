// One Markdown note (Obsidian, Bear, Ladder's own export…) → a journal entry, or the reason it
// cannot be one. Rules, in order:
// - title: front matter `title`, else the first `# heading` (taken out of the body), else the file name;
// - date: front matter `date`, else `created` (their first YYYY-MM-DD), else today;
// - tags: front matter `tags` (a list, or one string split on commas and spaces), leading # dropped;
// - kind: front matter `kind` when it is a Ladder entry kind, else `reflection` — the free-form
//   kind with no fields to fill, which is what a note from another app is;
// - fields of that kind (impact, from, …) from front matter keys of the same name;
// - id: front matter `id` when it is one, so re-importing Ladder's own copies adds nothing twice.
// The body becomes Lexical text nodes: HTML is kept as visible text, only http/https/mailto links.
import { randomUUID } from 'node:crypto';
import { isRealIsoDate, todayIso } from '../../shared/dates';
import { ENTRY_KINDS, KIND_SPECS, type EntryKind } from '../../shared/entryKinds';
import type { ExportEntry } from '../../shared/exportFormat';
import { MAX_BODY, MAX_FIELD, MAX_TAG, MAX_TAGS, MAX_TITLE } from '../../shared/limits';
import { lexicalFromMarkdown } from '../../shared/markdownLexical';
import { readFrontMatter } from './frontMatter';

export const DEFAULT_IMPORT_KIND: EntryKind = 'reflection';
export const MARKDOWN_FILE = /\.(md|markdown|mdown|txt)$/i;

export type MarkdownOutcome = { ok: true; entry: ExportEntry } | { ok: false; reason: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const TAG = /^[^\s,#][^,]*$/u;

function str(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function dayOf(value: unknown): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(str(value) ?? '');
  if (!m?.[1] || !isRealIsoDate(m[1])) return null;
  return m[1];
}

function timeOf(value: unknown): number | null {
  const s = str(value);
  if (s === null || !/^\d{4}-\d{2}-\d{2}/.test(s)) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) || t < 0 ? null : t;
}

export function tagsOf(value: unknown): string[] {
  const raw = Array.isArray(value) ? value.map(str) : (str(value) ?? '').split(/[,\s]+/);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    const tag = (item ?? '').trim().replace(/^#+/, '').trim();
    if (!tag || tag.length > MAX_TAG || !TAG.test(tag) || seen.has(tag.toLocaleLowerCase())) continue;
    seen.add(tag.toLocaleLowerCase());
    out.push(tag);
  }
  return out.slice(0, MAX_TAGS);
}

function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(MARKDOWN_FILE, '').trim();
}

export function entryFromMarkdown(fileName: string, text: string, now: number): MarkdownOutcome {
  let front: ReturnType<typeof readFrontMatter>;
  try {
    front = readFrontMatter(text);
  } catch {
    return { ok: false, reason: 'Its front matter is not valid YAML.' };
  }
  const { data } = front;
  let body = front.body;
  if (data.type === 'conversation') {
    return { ok: false, reason: 'This is the readable copy of a conversation; import ladder-export.json to restore conversations.' };
  }
  const kindText = str(data.kind);
  const kind: EntryKind = ENTRY_KINDS.find((k) => k === kindText) ?? DEFAULT_IMPORT_KIND;

  let title = str(data.title);
  if (title === null) {
    const heading = /^\s*#\s+(.+?)\s*#*\s*$/m.exec(body);
    const before = heading ? body.slice(0, heading.index) : '';
    if (heading?.[1] && before.trim() === '') {
      title = heading[1];
      body = body.slice(heading.index + heading[0].length).replace(/^\r?\n/, '');
    } else {
      title = baseName(fileName);
    }
  }
  if (title.length > MAX_TITLE) return { ok: false, reason: `Its title is longer than ${MAX_TITLE.toLocaleString('en')} characters.` };

  const fields: Record<string, string> = {};
  for (const spec of KIND_SPECS[kind].fields) {
    const value = str(data[spec.key]);
    if (value !== null && value.length <= MAX_FIELD) fields[spec.key] = value;
  }
  const lexical = lexicalFromMarkdown(body);
  if (lexical.length > MAX_BODY) return { ok: false, reason: 'Its text is too long for one journal entry.' };

  const created = timeOf(data.created) ?? now;
  const idText = str(data.id);
  return {
    ok: true,
    entry: {
      id: idText !== null && ID.test(idText) ? idText : randomUUID(),
      kind,
      title,
      date: dayOf(data.date) ?? dayOf(data.created) ?? todayIso(new Date(now)),
      fields,
      body: lexical,
      tags: tagsOf(data.tags),
      createdAt: created,
      updatedAt: timeOf(data.updated) ?? Math.max(created, now),
      deletedAt: timeOf(data.trashed),
      version: 1,
      revisions: [],
    },
  };
}
