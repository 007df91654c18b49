// What the toolbar shows as pressed: the selection's text formats, block type and link, plus history.
import { useEffect, useState } from 'react';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  mergeRegister,
  type LexicalEditor,
} from 'lexical';
import { $isLinkNode } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import { $blockTypeAt, type BlockType } from '../../blockFormat';

export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  code: boolean;
  block: BlockType;
  link: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

const INITIAL: ToolbarState = {
  bold: false,
  italic: false,
  underline: false,
  strikethrough: false,
  code: false,
  block: 'paragraph',
  link: false,
  canUndo: false,
  canRedo: false,
};

type SelectionState = Omit<ToolbarState, 'canUndo' | 'canRedo'>;

export function $readSelectionState(): SelectionState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return INITIAL;
  const node = selection.anchor.getNode();
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    strikethrough: selection.hasFormat('strikethrough'),
    code: selection.hasFormat('code'),
    block: $blockTypeAt(node),
    link: $findMatchingParent(node, $isLinkNode) !== null,
  };
}

function sameSelectionState(a: ToolbarState, b: SelectionState): boolean {
  return (Object.keys(b) as (keyof SelectionState)[]).every((key) => a[key] === b[key]);
}

export function useToolbarState(editor: LexicalEditor): ToolbarState {
  const [state, setState] = useState<ToolbarState>(INITIAL);
  useEffect(() => {
    const refresh = () => {
      const next = editor.getEditorState().read(() => $readSelectionState(), { editor });
      setState((prev) => (sameSelectionState(prev, next) ? prev : { ...prev, ...next }));
    };
    refresh();
    return mergeRegister(
      editor.registerUpdateListener(refresh),
      editor.registerCommand(
        CAN_UNDO_COMMAND,
        (canUndo) => {
          setState((prev) => (prev.canUndo === canUndo ? prev : { ...prev, canUndo }));
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        CAN_REDO_COMMAND,
        (canRedo) => {
          setState((prev) => (prev.canRedo === canRedo ? prev : { ...prev, canRedo }));
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor]);
  return state;
}
