// A link to another entry opens that entry in its tab: Ctrl+click (⌘+click on a Mac), a plain click
// when the text is read-only, or Ctrl+Enter (⌘+Enter) with the caret in the link. A plain click in
// editable text only places the caret, as in any editor, so the link's text stays easy to edit.
import { $isLinkNode, LinkNode } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import {
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  IS_APPLE,
  KEY_ENTER_COMMAND,
  mergeRegister,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { entryIdFromLink } from '../../../../../src-main/shared/journal/entryLinks';
import { openEntryLink } from '../../entryLinkOpener';

const HINT = `Linked entry: ${IS_APPLE ? '⌘' : 'Ctrl'}+click or ${IS_APPLE ? '⌘' : 'Ctrl'}+Enter opens it`;

function $entryIdAt(node: LexicalNode | null): string | null {
  const link = node ? $findMatchingParent(node, $isLinkNode) : null;
  return link ? entryIdFromLink(link.getURL().trim()) : null;
}

function withModifier(event: MouseEvent | KeyboardEvent): boolean {
  return IS_APPLE ? event.metaKey : event.ctrlKey;
}

export function registerEntryLinkActivation(editor: LexicalEditor): () => void {
  const onClick = (event: MouseEvent): void => {
    if (!(event.target instanceof Node)) return;
    const id = editor.read(() => $entryIdAt($getNearestNodeFromDOMNode(event.target as Node)));
    if (id === null) return;
    // Never followed as an address, whatever happens next.
    event.preventDefault();
    if (withModifier(event) || !editor.isEditable()) openEntryLink(id);
  };
  return mergeRegister(
    editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick);
      root?.addEventListener('click', onClick);
    }),
    () => editor.getRootElement()?.removeEventListener('click', onClick),
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event) => {
        if (!event || !withModifier(event)) return false;
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return false;
        const id = $entryIdAt(selection.anchor.getNode());
        if (id === null) return false;
        event.preventDefault();
        openEntryLink(id);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    // The link's DOM says what it is and how to open it (its href is Lexical's about:blank).
    editor.registerMutationListener(LinkNode, (mutations) => {
      editor.read(() => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') continue;
          const dom = editor.getElementByKey(key);
          const id = $entryIdAt($getNodeByKey(key));
          if (!dom) continue;
          if (id === null) dom.removeAttribute('title');
          else dom.setAttribute('title', HINT);
          dom.classList.toggle('ladder-entry-link', id !== null);
        }
      });
    }),
  );
}
