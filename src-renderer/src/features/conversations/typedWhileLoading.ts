// Text typed into a rich-text field while its editor loads: added to the stored document as the
// editor would have added it (at the end, Enter starting a new paragraph), so it is saved at once
// and the editor opens holding it.
import {
  lexicalFromParagraphs,
  paragraphNode as paragraph,
} from '../../../../src-main/shared/journal/plainText';

interface JsonNode {
  type?: unknown;
  children?: JsonNode[];
}

function parse(json: string): { root?: JsonNode } | null {
  try {
    return JSON.parse(json) as { root?: JsonNode } | null;
  } catch {
    return null;
  }
}

/** `json` with `typed` added at its end; '' or a damaged document becomes a new one of `typed` alone. */
export function appendTyped(json: string, typed: string): string {
  if (!typed) return json;
  const [first = '', ...rest] = typed.split('\n');
  const doc = parse(json);
  const children =
    doc?.root?.type === 'root' && Array.isArray(doc.root.children) ? doc.root.children : null;
  if (!doc || !children || children.length === 0) return lexicalFromParagraphs(typed.split('\n'));
  const last = children[children.length - 1];
  if (last?.type === 'paragraph' && Array.isArray(last.children)) {
    if (first) last.children.push(...(paragraph(first).children as JsonNode[]));
  } else {
    children.push(paragraph(first) as JsonNode);
  }
  for (const line of rest) children.push(paragraph(line) as JsonNode);
  return JSON.stringify(doc);
}
