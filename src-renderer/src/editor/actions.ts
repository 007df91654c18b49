// One entry point per editor action, used by the toolbar buttons and the keyboard shortcuts alike.
import { FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { toggleBlock, toggleList } from './blockFormat';
import { OPEN_LINK_DIALOG_COMMAND } from './commands';
import type { EditorAction } from './shortcuts';

export function runAction(editor: LexicalEditor, action: EditorAction): void {
  switch (action) {
    case 'bold':
    case 'italic':
    case 'underline':
    case 'strikethrough':
    case 'code':
      editor.dispatchCommand(FORMAT_TEXT_COMMAND, action);
      return;
    case 'paragraph':
    case 'h1':
    case 'h2':
    case 'h3':
    case 'quote':
      toggleBlock(editor, action);
      return;
    case 'bullet':
    case 'number':
    case 'check':
      toggleList(editor, action);
      return;
    case 'link':
      editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined);
      return;
    case 'undo':
      editor.dispatchCommand(UNDO_COMMAND, undefined);
      return;
    case 'redo':
      editor.dispatchCommand(REDO_COMMAND, undefined);
      return;
  }
}
