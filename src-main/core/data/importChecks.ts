// Checks an imported record must pass beyond the document schema: the same rules a save applies
// (fields of the kind, editor content, tags, real dates), and no link with an unsafe target.
import { isRealIsoDate } from '../../shared/dates';
import { isEntryKind, KIND_SPECS } from '../../shared/journal/entryKinds';
import type { ExportEntry } from '../../shared/data/exportFormat';
import { safeBody } from '../../shared/journal/safeLinks';

const TAG = /^[^\s,#][^,]*$/u;

function validBody(body: string): boolean {
  if (body === '') return true;
  try {
    const state = JSON.parse(body) as unknown;
    const root = (state as { root?: unknown } | null)?.root;
    return (
      typeof state === 'object' &&
      state !== null &&
      !Array.isArray(state) &&
      typeof root === 'object' &&
      root !== null &&
      !Array.isArray(root)
    );
  } catch {
    return false;
  }
}

/** Why an entry cannot be imported, or null when it can. */
export function entryProblem(e: ExportEntry): string | null {
  const allowed = new Set(isEntryKind(e.kind) ? KIND_SPECS[e.kind].fields.map((f) => f.key) : []);
  for (const r of [e, ...e.revisions]) {
    const unknown = Object.keys(r.fields).filter((k) => !allowed.has(k));
    if (unknown.length > 0) return `A ${e.kind} entry has no field named ${unknown.join(', ')}.`;
    if (!validBody(r.body)) return 'Its text is not valid editor content.';
    if (!isRealIsoDate(r.date)) return 'Its date is not a real calendar date.';
    if (r.tags.some((t) => !TAG.test(t) || t.trim() !== t))
      return 'One of its tags has a comma, starts with # or has spaces around it.';
  }
  return null;
}

/** The entry with unsafe links taken out of its body and revisions. */
export function safeEntry(e: ExportEntry): ExportEntry {
  return {
    ...e,
    body: safeBody(e.body),
    revisions: e.revisions.map((r) => ({ ...r, body: safeBody(r.body) })),
  };
}
