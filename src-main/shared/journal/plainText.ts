// Plain-text projection of a Lexical editor state (for search and word counts), without Lexical:
// the main side must derive it from the stored JSON, never trust a projection sent by a client.

interface LexicalNode {
  type?: unknown;
  text?: unknown;
  children?: unknown;
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'code', 'root']);

export function plainTextFromLexical(json: string): string {
  if (!json) return '';
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    return '';
  }
  const root = (state as { root?: LexicalNode } | null)?.root;
  if (!root || typeof root !== 'object') return '';
  const out: string[] = [];
  walk(root, out);
  return out
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function walk(node: LexicalNode, out: string[], depth = 0): void {
  if (depth > 200) return; // hostile nesting
  if (node.type === 'linebreak') out.push('\n');
  else if (node.type === 'tab') out.push('\t');
  else if (typeof node.text === 'string') out.push(node.text);
  if (Array.isArray(node.children)) {
    for (const child of node.children) {
      if (child && typeof child === 'object') walk(child as LexicalNode, out, depth + 1);
    }
  }
  if (typeof node.type === 'string' && BLOCK_TYPES.has(node.type) && node.type !== 'root')
    out.push('\n');
}

/** Words as a reader counts them: runs of letters or digits, in any script. */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu);
  return matches ? matches.length : 0;
}

/** A Lexical paragraph node holding one plain text run (none for an empty line). */
export function paragraphNode(text: string) {
  return {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: text
      ? [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }]
      : [],
  };
}

/** Builds a minimal Lexical state holding the given paragraphs (imports, generated data, tests). */
export function lexicalFromParagraphs(paragraphs: string[]): string {
  return JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: paragraphs.map(paragraphNode),
    },
  });
}
