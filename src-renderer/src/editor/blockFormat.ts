// Reading and changing the kind of block the selection sits in. Shared by the toolbar and the shortcuts.
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import {
  $createHeadingNode,
  $createQuoteNode,
  $isHeadingNode,
  $isQuoteNode,
} from '@lexical/rich-text';
import {
  $isListNode,
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListNode,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { $isCodeNode } from '@lexical/code';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';

export type BlockType =
  'paragraph' | 'h1' | 'h2' | 'h3' | 'heading' | 'bullet' | 'number' | 'check' | 'quote' | 'code';
export type ListKind = 'bullet' | 'number' | 'check';
export type SimpleBlock = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote';

/** The block type at the selection's anchor (call inside a read or update). */
export function $blockTypeAt(node: LexicalNode): BlockType {
  const top =
    node.getKey() === 'root'
      ? node
      : ($findMatchingParent(node, (n) => {
          const parent = n.getParent();
          return parent !== null && $isRootOrShadowRoot(parent);
        }) ?? node.getTopLevelElementOrThrow());
  if ($isListNode(top)) {
    const list = $getNearestNodeOfType(node, ListNode) ?? top;
    return list.getListType();
  }
  if ($isHeadingNode(top)) {
    const tag = top.getTag();
    return tag === 'h1' || tag === 'h2' || tag === 'h3' ? tag : 'heading';
  }
  if ($isQuoteNode(top)) return 'quote';
  if ($isCodeNode(top)) return 'code';
  return 'paragraph';
}

export function $currentBlockType(): BlockType {
  const selection = $getSelection();
  return $isRangeSelection(selection) ? $blockTypeAt(selection.anchor.getNode()) : 'paragraph';
}

/** Turns the selected blocks into `target`, or back into paragraphs when they already are `target`. */
export function toggleBlock(editor: LexicalEditor, target: SimpleBlock): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const current = $blockTypeAt(selection.anchor.getNode());
    const next = current === target ? 'paragraph' : target;
    $setBlocksType(selection, () => {
      if (next === 'paragraph') return $createParagraphNode();
      if (next === 'quote') return $createQuoteNode();
      return $createHeadingNode(next);
    });
  });
}

const INSERT_LIST = {
  bullet: INSERT_UNORDERED_LIST_COMMAND,
  number: INSERT_ORDERED_LIST_COMMAND,
  check: INSERT_CHECK_LIST_COMMAND,
} as const;

/** Makes the selected blocks a list of `kind`, or plain paragraphs when they already are one. */
export function toggleList(editor: LexicalEditor, kind: ListKind): void {
  const current = editor.getEditorState().read(() => $currentBlockType());
  if (current === kind) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
  else editor.dispatchCommand(INSERT_LIST[kind], undefined);
}
