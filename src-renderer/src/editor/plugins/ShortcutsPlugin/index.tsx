// Keyboard shortcuts beyond Lexical's built-in ones (bold, italic, underline, undo, redo).
// A handled chord stops there, so a workbench binding on the same keys does not fire as well.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';
import { runAction } from '../../actions';
import { matchesShortcut, OWN_SHORTCUTS } from '../../shortcuts';

export function ShortcutsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const action = OWN_SHORTCUTS.find((a) => matchesShortcut(event, a));
          if (!action) return false;
          event.preventDefault();
          event.stopPropagation();
          runAction(editor, action);
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );
  return null;
}
