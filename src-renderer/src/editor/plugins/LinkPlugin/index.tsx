// Links: Lexical's LinkPlugin restricted to allowed URLs, a guard that unlinks any disallowed URL however
// it arrived (stored JSON, Markdown, paste), the inline dialog opened by the toolbar or Ctrl+K, and
// links to another entry opening that entry (entryLinkActivation.ts).
import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LinkPlugin as LexicalLinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { $isLinkNode, AutoLinkNode, LinkNode } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR, mergeRegister } from 'lexical';
import { OPEN_LINK_DIALOG_COMMAND } from '../../commands';
import { isAllowedLinkUrl } from '../../linkUrl';
import { registerEntryLinkActivation } from './entryLinkActivation';
import { LinkDialog, type LinkDialogRequest } from './LinkDialog';

// One object for the life of the page: Lexical's LinkPlugin registers its link transform again whenever
// `attributes` changes, and a new registration marks every link dirty; that update puts the selection
// back into the editor, which takes the focus from wherever it was (the command palette, typed into).
const LINK_ATTRIBUTES = { rel: 'noopener noreferrer', target: '_blank' } as const;

function $unlinkIfUnsafe(node: LinkNode): void {
  if (isAllowedLinkUrl(node.getURL())) return;
  for (const child of node.getChildren()) node.insertBefore(child);
  node.remove();
}

export function LinkPlugin() {
  const [editor] = useLexicalComposerContext();
  const [request, setRequest] = useState<LinkDialogRequest | null>(null);

  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(LinkNode, $unlinkIfUnsafe),
        editor.registerNodeTransform(AutoLinkNode, $unlinkIfUnsafe),
        registerEntryLinkActivation(editor),
        editor.registerCommand(
          OPEN_LINK_DIALOG_COMMAND,
          () => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return false;
            const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
            setRequest({ url: link ? link.getURL() : '', selection: selection.clone() });
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );

  return (
    <>
      <LexicalLinkPlugin validateUrl={isAllowedLinkUrl} attributes={LINK_ATTRIBUTES} />
      {request && <LinkDialog request={request} onClose={() => setRequest(null)} />}
    </>
  );
}
