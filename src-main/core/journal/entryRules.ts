// The rules that turn what a client sends into what the store keeps: checked fields and body,
// tidy tags, and the plain text and word count derived here (never trusted from the client).
import type { DocumentKind } from '../../shared/domain';
import { LadderError } from '../../shared/errors';
import { KIND_SPECS, isEntryKind } from '../../shared/journal/entryKinds';
import { plainTextFromLexical } from '../../shared/journal/plainText';
import { safeBody } from '../../shared/journal/safeLinks';
import type { EntryState } from './entriesRepository.write';
import { countWordsByLine } from './lineWordCounts';

export interface EntryInput {
  title: string;
  date: string;
  fields: Record<string, string>;
  body: string;
  tags: readonly string[];
}

/** Field keys a kind accepts; profile pages carry none. */
function allowedFields(kind: DocumentKind): Set<string> {
  return new Set(isEntryKind(kind) ? KIND_SPECS[kind].fields.map((f) => f.key) : []);
}

export function checkFields(
  kind: DocumentKind,
  fields: Record<string, string>,
): Record<string, string> {
  const allowed = allowedFields(kind);
  const unknown = Object.keys(fields).filter((key) => !allowed.has(key));
  if (unknown.length > 0) {
    throw new LadderError(
      'invalid-argument',
      `A ${kind} entry has no field named ${unknown.join(', ')}.`,
    );
  }
  // Keep the kind's own order so stored JSON is stable.
  const out: Record<string, string> = {};
  for (const key of allowed) {
    const value = fields[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** '' or the JSON of a Lexical editor state: an object with a `root` object. */
export function checkBody(body: string): void {
  if (body === '') return;
  let state: unknown;
  try {
    state = JSON.parse(body);
  } catch {
    throw new LadderError(
      'invalid-argument',
      'The entry body is not valid editor content (not JSON).',
    );
  }
  // Only an object has a `root` (a string, number, array or null gives undefined here).
  const root = (state as { root?: unknown } | null)?.root;
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    throw new LadderError(
      'invalid-argument',
      'The entry body is not valid editor content (no root node).',
    );
  }
}

/**
 * Two tags differing only in case are one. Unicode's own case rule, not the machine's locale (a
 * Turkish locale would fold "I" to dotless "ı") nor SQLite's NOCASE (ASCII only).
 */
export function tagKey(tag: string): string {
  return tag.toLowerCase();
}

/** Trimmed, without duplicates that differ only in case; the first spelling and the order are kept. */
export function tidyTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tagKey(tag);
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

export function deriveState(kind: DocumentKind, input: EntryInput): EntryState {
  const fields = checkFields(kind, input.fields);
  checkBody(input.body);
  // A link saved through the API meets the same rule as one imported: no javascript: or data: targets.
  const body = safeBody(input.body);
  const text = plainTextFromLexical(body);
  const wordCount = countWordsByLine([input.title, ...Object.values(fields), text].join('\n'));
  return {
    title: input.title,
    date: input.date,
    fields,
    body,
    text,
    tags: tidyTags(input.tags),
    wordCount,
  };
}

/** Same content, ignoring derived values. */
export function sameContent(a: EntryInput, b: EntryInput): boolean {
  return (
    a.title === b.title &&
    a.date === b.date &&
    a.body === b.body &&
    JSON.stringify(a.fields) === JSON.stringify(b.fields) &&
    JSON.stringify(a.tags) === JSON.stringify(b.tags)
  );
}
