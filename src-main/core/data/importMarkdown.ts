// One Markdown note (Obsidian, Bear, Ladder's own export…) → a journal entry, or the reason it
// cannot be one. Rules, in order:
// - title: front matter `title`, else the first `# heading` (taken out of the body), else the file name;
// - date: front matter `date`, else a file name that is a date (2026-12-01.md), else `created`
//   (their first YYYY-MM-DD), else today;
// - tags: front matter `tags` (a list, or one string split on commas and spaces), leading # dropped;
// - kind: front matter `kind` when it is a Ladder entry kind, else `reflection` — the free-form
//   kind with no fields to fill, which is what a note from another app is;
// - fields of that kind (impact, from, …) from front matter keys of the same name;
// - id: front matter `id` when it is one, so re-importing Ladder's own copies adds nothing twice;
//   else one made from the file's name and text, so importing the same notes again adds nothing twice;
// - front matter that is not valid YAML is kept as text at the top of the entry, with a warning.
// The body becomes Lexical text nodes: HTML is kept as visible text, only http/https/mailto links;
// [[wiki links]] link to the entry of a note in the same import (wikiTargets), else become their
// text; ![[embeds]] are left out and named in the report.
import { createHash } from 'node:crypto';
import { isRealIsoDate, todayIso } from '../../shared/dates';
import { ENTRY_KINDS, KIND_SPECS, type EntryKind } from '../../shared/journal/entryKinds';
import type { ExportEntry } from '../../shared/data/exportFormat';
import {
  MAX_BODY,
  MAX_FIELD,
  MAX_NOTE_CHARS,
  MAX_TAG,
  MAX_TAGS,
  MAX_TITLE,
} from '../../shared/limits';
import { convertMarkdown, readHeading } from '../../shared/data/markdownLexical';
import { FrontMatterTooLong, MAX_FRONT_MATTER_CHARS, readFrontMatter } from './frontMatter';

export const DEFAULT_IMPORT_KIND: EntryKind = 'reflection';
export const MARKDOWN_FILE = /\.(md|markdown)$/i;

export type MarkdownOutcome =
  | { ok: true; entry: ExportEntry; embeds: string[]; warning: string | null }
  | { ok: false; reason: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const TAG = /^[^\s,#][^,]*$/u;

function str(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** The day a value starts with (or, when `whole`, that it is exactly), if it is a real one. */
function dayOf(value: unknown, whole = false): string | null {
  const m = (whole ? /^(\d{4}-\d{2}-\d{2})$/ : /^(\d{4}-\d{2}-\d{2})/).exec(str(value) ?? '');
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
    if (!tag || tag.length > MAX_TAG || !TAG.test(tag) || seen.has(tag.toLocaleLowerCase()))
      continue;
    seen.add(tag.toLocaleLowerCase());
    out.push(tag);
  }
  return out.slice(0, MAX_TAGS);
}

function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(MARKDOWN_FILE, '').trim();
}

/** The first heading, when nothing but blank lines comes before it: the note's title. */
function leadingHeading(body: string): { title: string; rest: string } | null {
  let at = 0;
  while (at < body.length) {
    const end = body.indexOf('\n', at);
    const line = body.slice(at, end < 0 ? body.length : end).replace(/\r$/, '');
    if (line.trim() !== '') {
      const heading = readHeading(line);
      if (heading?.level !== 1 || heading.text === '') return null;
      return { title: heading.text, rest: end < 0 ? '' : body.slice(end + 1) };
    }
    if (end < 0) return null;
    at = end + 1;
  }
  return null;
}

/** The same note (file name and text) gets the same id, so a second import finds it already here. */
function noteId(fileName: string, text: string): string {
  return `md-${createHash('sha256').update(baseName(fileName)).update('\0').update(text).digest('hex').slice(0, 40)}`;
}

type Head =
  | {
      ok: true;
      data: Record<string, unknown>;
      body: string;
      warning: string | null;
      kind: EntryKind;
      title: string;
      id: string;
    }
  | { ok: false; reason: string };

/** What a note says about itself before its body is converted: its kind, title and id. */
function readHead(fileName: string, text: string): Head {
  if (text.length > MAX_NOTE_CHARS) {
    return {
      ok: false,
      reason: `This note is ${text.length.toLocaleString('en')} characters long; Ladder imports notes of at most ${MAX_NOTE_CHARS.toLocaleString('en')} characters. Split it into smaller notes to bring it in.`,
    };
  }
  let front: ReturnType<typeof readFrontMatter>;
  let warning: string | null = null;
  try {
    front = readFrontMatter(text);
  } catch (error) {
    front = { data: {}, body: text.replace(/^\uFEFF/, '') };
    const why =
      error instanceof FrontMatterTooLong
        ? `is longer than ${MAX_FRONT_MATTER_CHARS / 1024} KB`
        : 'is not valid YAML';
    warning = `Its front matter ${why}, so it is kept as text at the top of the entry; the title, date and tags did not come from it.`;
  }
  const { data } = front;
  let body = front.body;
  if (data.type === 'conversation') {
    return {
      ok: false,
      reason:
        'This is the readable copy of a conversation; import ladder-export.json to restore conversations.',
    };
  }
  const kindText = str(data.kind);
  const kind: EntryKind = ENTRY_KINDS.find((k) => k === kindText) ?? DEFAULT_IMPORT_KIND;

  let title = str(data.title);
  if (title === null) {
    const heading = leadingHeading(body);
    if (heading) {
      title = heading.title;
      body = heading.rest;
    } else {
      title = baseName(fileName);
    }
  }
  if (title.length > MAX_TITLE)
    return {
      ok: false,
      reason: `Its title is longer than ${MAX_TITLE.toLocaleString('en')} characters.`,
    };
  const idText = str(data.id);
  const id = idText !== null && ID.test(idText) ? idText : noteId(fileName, text);
  return { ok: true, data, body, warning, kind, title, id };
}

/** The name a `[[wiki link]]` target or a note is known by: no folder, extension, #heading or ^block, any case. */
function linkKey(name: string): string {
  const note = name.split(/[#^]/)[0] ?? '';
  return baseName(note).toLocaleLowerCase();
}

/**
 * Which entry each `[[wiki link]]` of these notes points to: the note of that file name (without
 * folder or extension) or, failing that, of that title, ignoring case; the first such note when
 * several share a name. Read before any note is converted, since a note can link to a later one.
 */
export async function wikiTargets(
  files: readonly { name: string; text: string }[],
  pace: () => Promise<void> = async () => {},
): Promise<(target: string) => string | null> {
  const byName = new Map<string, string>();
  const byTitle = new Map<string, string>();
  for (const { name, text } of files) {
    if (!MARKDOWN_FILE.test(name)) continue;
    await pace();
    const head = readHead(name, text);
    if (!head.ok) continue;
    const fileKey = baseName(name).toLocaleLowerCase();
    if (!byName.has(fileKey)) byName.set(fileKey, head.id);
    const titleKey = head.title.trim().toLocaleLowerCase();
    if (!byTitle.has(titleKey)) byTitle.set(titleKey, head.id);
  }
  return (target) => {
    const key = linkKey(target);
    return byName.get(key) ?? byTitle.get(key) ?? null;
  };
}

export function entryFromMarkdown(
  fileName: string,
  text: string,
  now: number,
  resolveWiki?: (target: string) => string | null,
): MarkdownOutcome {
  const head = readHead(fileName, text);
  if (!head.ok) return head;
  const { data, body, warning, kind, title, id } = head;

  const fields: Record<string, string> = {};
  for (const spec of KIND_SPECS[kind].fields) {
    const value = str(data[spec.key]);
    if (value !== null && value.length <= MAX_FIELD) fields[spec.key] = value;
  }
  const converted = convertMarkdown(body, resolveWiki);
  if (converted.json.length > MAX_BODY)
    return { ok: false, reason: 'Its text is too long for one journal entry.' };

  const created = timeOf(data.created) ?? now;
  return {
    ok: true,
    embeds: converted.embeds,
    warning,
    entry: {
      id,
      kind,
      title,
      date:
        dayOf(data.date) ??
        dayOf(baseName(fileName), true) ??
        dayOf(data.created) ??
        todayIso(new Date(now)),
      fields,
      body: converted.json,
      tags: tagsOf(data.tags),
      createdAt: created,
      updatedAt: timeOf(data.updated) ?? Math.max(created, now),
      deletedAt: timeOf(data.trashed),
      version: 1,
      revisions: [],
    },
  };
}
