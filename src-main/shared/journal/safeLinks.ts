// One rule for link targets in stored editor content, applied by import and by every save: only
// http, https and mailto stay links, and links to another entry (entryLinks.ts); any other target
// (javascript:, data:, file:, any other ladder: url…) becomes its text.
import { entryIdFromLink } from './entryLinks';

export function isSafeLinkTarget(url: string): boolean {
  if (entryIdFromLink(url) !== null) return true;
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

interface Node {
  type?: unknown;
  url?: unknown;
  children?: unknown;
}

/** Replaces every link whose target is unsafe by its children; true when it changed any. */
function unlinkUnsafe(node: Node, depth: number): boolean {
  if (depth > 200 || !Array.isArray(node.children)) return false;
  let changed = false;
  const out: unknown[] = [];
  for (const child of node.children as unknown[]) {
    if (!child || typeof child !== 'object') continue;
    const c = child as Node;
    if (
      (c.type === 'link' || c.type === 'autolink') &&
      !(typeof c.url === 'string' && isSafeLinkTarget(c.url.trim()))
    ) {
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

/**
 * The body (Lexical editor-state JSON, already checked to parse) with unsafe links reduced to their
 * text; a body without any comes back as it was, byte for byte, so a save of it changes nothing.
 */
export function safeBody(body: string): string {
  // Always parsed: a hostile body can spell "link" with JSON escapes, so no text pre-check.
  if (body === '') return body;
  const state = JSON.parse(body) as { root: Node };
  return unlinkUnsafe(state.root, 0) ? JSON.stringify(state) : body;
}
