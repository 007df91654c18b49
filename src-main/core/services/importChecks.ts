// Checks an imported record must pass beyond the document schema: the same rules a save applies
// (fields of the kind, editor content, tags, real dates), and no link with an unsafe target.
import { isEntryKind, KIND_SPECS } from '../../shared/entryKinds';
import type { ExportEntry } from '../../shared/exportFormat';
import { isSafeLinkTarget } from '../../shared/markdownLexical';

const TAG = /^[^\s,#][^,]*$/u;

interface Node {
  type?: unknown;
  url?: unknown;
  children?: unknown;
}

/** Replaces every link whose target is not http, https or mailto by its text; true when it changed any. */
function unlinkUnsafe(node: Node, depth: number): boolean {
  if (depth > 200 || !Array.isArray(node.children)) return false;
  let changed = false;
  const out: unknown[] = [];
  for (const child of node.children as unknown[]) {
    if (!child || typeof child !== 'object') continue;
    const c = child as Node;
    if ((c.type === 'link' || c.type === 'autolink') && !(typeof c.url === 'string' && isSafeLinkTarget(c.url.trim()))) {
      changed = true;
      out.push(...(Array.isArray(c.children) ? (c.children as unknown[]) : []));
      continue;
    }
    if (unlinkUnsafe(c, depth + 1)) changed = true;
    out.push(c);
  }
  if (changed) node.children = out;
  return changed;
}

/** The body with unsafe links reduced to text; a body without any is returned as it came, byte for byte. */
export function safeBody(body: string): string {
  if (body === '') return body;
  const state = JSON.parse(body) as { root: Node };
  return unlinkUnsafe(state.root, 0) ? JSON.stringify(state) : body;
}

function realDate(date: string): boolean {
  return !Number.isNaN(Date.parse(`${date}T00:00:00Z`));
}

function validBody(body: string): boolean {
  if (body === '') return true;
  try {
    const state = JSON.parse(body) as unknown;
    const root = (state as { root?: unknown } | null)?.root;
    return typeof state === 'object' && state !== null && !Array.isArray(state) && typeof root === 'object' && root !== null && !Array.isArray(root);
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
    if (!realDate(r.date)) return 'Its date is not a real calendar date.';
    if (r.tags.some((t) => !TAG.test(t) || t.trim() !== t)) return 'One of its tags has a comma, starts with # or has spaces around it.';
  }
  return null;
}

/** The entry with unsafe links taken out of its body and revisions. */
export function safeEntry(e: ExportEntry): ExportEntry {
  return { ...e, body: safeBody(e.body), revisions: e.revisions.map((r) => ({ ...r, body: safeBody(r.body) })) };
}
