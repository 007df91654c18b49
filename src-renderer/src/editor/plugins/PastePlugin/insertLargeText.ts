// Very large plain text (a whole exported diary, say) goes in as paragraphs built in one pass and one
// insertion, instead of one insertParagraph per line, so the window stays responsive.
import {
  $createParagraphNode,
  $createTextNode,
  type BaseSelection,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $insertGeneratedNodes } from '@lexical/clipboard';

/** Above this many characters plain text takes the fast path. */
export const LARGE_TEXT_CHARS = 64 * 1024;

export function $insertLargePlainText(
  editor: LexicalEditor,
  text: string,
  selection: BaseSelection,
): void {
  const nodes: LexicalNode[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const paragraph = $createParagraphNode();
    if (line) paragraph.append($createTextNode(line.replace(/\t/g, '    ')));
    nodes.push(paragraph);
  }
  $insertGeneratedNodes(editor, nodes, selection);
}
