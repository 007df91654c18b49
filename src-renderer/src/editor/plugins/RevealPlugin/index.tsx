// Finds `reveal` in the document (ignoring case and accents), selects the first match and scrolls it
// into view. Runs once per new value; a selection-only update, so it never counts as an edit.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $setSelection,
  type ElementNode,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { findFolded } from '../../findText';

interface Segment {
  node: TextNode;
  start: number;
}

/** Text nodes grouped by the block holding them, so a match may span bold and plain runs. */
function $blocksOfText(): Segment[][] {
  const blocks = new Map<ElementNode, Segment[]>();
  for (const node of $getRoot().getAllTextNodes()) {
    let block = node.getParent();
    while (block && block.isInline()) block = block.getParent();
    if (!block || !$isElementNode(block)) continue;
    const segments = blocks.get(block) ?? [];
    const last = segments[segments.length - 1];
    segments.push({ node, start: last ? last.start + last.node.getTextContentSize() : 0 });
    blocks.set(block, segments);
  }
  return Array.from(blocks.values());
}

function locate(
  segments: Segment[],
  offset: number,
  isEnd: boolean,
): { node: TextNode; offset: number } | null {
  for (const segment of segments) {
    const size = segment.node.getTextContentSize();
    const inside = isEnd ? offset <= segment.start + size : offset < segment.start + size;
    if (offset >= segment.start && inside)
      return { node: segment.node, offset: offset - segment.start };
  }
  return null;
}

interface Match {
  anchor: { key: string; offset: number };
  focus: { key: string; offset: number };
}

/** The first match of `needle` in document order, or null. */
export function $findText(needle: string): Match | null {
  for (const segments of $blocksOfText()) {
    const text = segments.map((s) => s.node.getTextContent()).join('');
    const found = findFolded(text, needle);
    if (!found) continue;
    const anchor = locate(segments, found[0], false);
    const focus = locate(segments, found[1], true);
    if (!anchor || !focus) continue;
    return {
      anchor: { key: anchor.node.getKey(), offset: anchor.offset },
      focus: { key: focus.node.getKey(), offset: focus.offset },
    };
  }
  return null;
}

export function revealText(editor: LexicalEditor, needle: string): boolean {
  const match = editor.getEditorState().read(() => $findText(needle));
  if (!match) return false;
  // Focus first, so the selection set next is the one the browser shows (and reports back).
  editor.getRootElement()?.focus({ preventScroll: true });
  editor.update(
    () => {
      const selection = $createRangeSelection();
      selection.anchor.set(match.anchor.key, match.anchor.offset, 'text');
      selection.focus.set(match.focus.key, match.focus.offset, 'text');
      $setSelection(selection);
    },
    { discrete: true },
  );
  editor.getElementByKey(match.anchor.key)?.scrollIntoView?.({ block: 'center' });
  return true;
}

export function RevealPlugin({ reveal }: { reveal: string | null | undefined }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (reveal) revealText(editor, reveal);
  }, [editor, reveal]);
  return null;
}
