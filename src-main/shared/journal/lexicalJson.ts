// The stored Lexical editor state as plain JSON, read without Lexical (exports, imports, print):
// the node shape, the text format bits and a safe walk to a node's children.

export interface LexicalJsonNode {
  type?: unknown;
  text?: unknown;
  format?: unknown;
  tag?: unknown;
  listType?: unknown;
  checked?: unknown;
  url?: unknown;
  children?: unknown;
}

/** Lexical's text format bits. */
export const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16 } as const;

/** Nesting deeper than this is not followed (hostile or broken JSON). */
export const MAX_DEPTH = 100;

/** The node's children that are objects; anything else stored there is ignored. */
export function childrenOf(node: LexicalJsonNode): LexicalJsonNode[] {
  return Array.isArray(node.children)
    ? node.children.filter((c): c is LexicalJsonNode => !!c && typeof c === 'object')
    : [];
}
