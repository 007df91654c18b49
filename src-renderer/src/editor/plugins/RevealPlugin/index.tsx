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

function locate(segments: Segment[], offset: number, isEnd: boolean): { node: TextNode; offset: number } | null {
  for (const segment of segments) {
    const size = segment.node.getTextContentSize();
    const inside = isEnd ? offset <= segment.start + size : offset < segment.start + size;
    if (offset >= segment.start && inside) return { node: segment.node, offset: offset - segment.start };
  }
  return null;
}

/** Selects the first match of `needle`; returns the key of the text node where it starts, or null. */
export function $selectText(needle: string): string | null {
  for (const segments of $blocksOfText()) {
    const text = segments.map((s) => s.node.getTextContent()).join('');
    const match = findFolded(text, needle);
    if (!match) continue;
    const anchor = locate(segments, match[0], false);
    const focus = locate(segments, match[1], true);
    if (!anchor || !focus) continue;
    const selection = $createRangeSelection();
    selection.anchor.set(anchor.node.getKey(), anchor.offset, 'text');
    selection.focus.set(focus.node.getKey(), focus.offset, 'text');
    $setSelection(selection);
    return anchor.node.getKey();
  }
  return null;
}

export function revealText(editor: LexicalEditor, needle: string): boolean {
  let key: string | null = null;
  editor.update(() => {
    key = $selectText(needle);
  }, { discrete: true });
  if (key === null) return false;
  editor.getElementByKey(key)?.scrollIntoView?.({ block: 'center' });
  editor.focus();
  return true;
}

export function RevealPlugin({ reveal }: { reveal: string | null | undefined }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (reveal) revealText(editor, reveal);
  }, [editor, reveal]);
  return null;
}
