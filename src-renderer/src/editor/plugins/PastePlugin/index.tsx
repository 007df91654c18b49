// Paste and drop from other apps: HTML is sanitised before Lexical imports it (see sanitizePaste), and
// very large plain text is inserted in one pass. Runs ahead of the rich-text plugin's own handlers.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $handleRichTextDrop, $insertDataTransferForRichText } from '@lexical/clipboard';
import {
  $getSelection,
  COMMAND_PRIORITY_HIGH,
  DROP_COMMAND,
  PASTE_COMMAND,
  PASTE_TAG,
  mergeRegister,
  type LexicalEditor,
} from 'lexical';
import { hasText, loadSanitizer, withCleanTransfer } from './cleanTransfer';
import { $insertLargePlainText, LARGE_TEXT_CHARS } from './insertLargeText';
import { whenIdle } from '../../../ui/lazyPart';

function transferOf(event: ClipboardEvent | InputEvent | KeyboardEvent): DataTransfer | null {
  if ('clipboardData' in event && event.clipboardData) return event.clipboardData;
  if ('dataTransfer' in event && event.dataTransfer) return event.dataTransfer;
  return null;
}

function pasteClean(editor: LexicalEditor, transfer: DataTransfer): void {
  editor.update(
    () => {
      const selection = $getSelection();
      if (!selection) return;
      const plain = transfer.getData('text/plain');
      const onlyPlain =
        !transfer.getData('text/html') && !transfer.getData('application/x-lexical-editor');
      if (onlyPlain && plain.length > LARGE_TEXT_CHARS)
        $insertLargePlainText(editor, plain, selection);
      else $insertDataTransferForRichText(transfer, selection, editor);
    },
    { tag: PASTE_TAG },
  );
}

function reportFailure(error: unknown): void {
  console.error(
    'Paste failed: the cleaning step could not load',
    error instanceof Error ? error.name : 'error',
  );
}

export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => whenIdle(() => void loadSanitizer().catch(() => undefined)), []);
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          PASTE_COMMAND,
          (event) => {
            const source = transferOf(event);
            if (!source || !hasText(source)) return false; // files only: nothing the journal takes
            event.preventDefault();
            withCleanTransfer(source, (transfer) => pasteClean(editor, transfer)).catch(
              reportFailure,
            );
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            const source = event.dataTransfer;
            if (!source || !source.getData('text/html')) return false;
            event.preventDefault();
            const { clientX, clientY } = event;
            withCleanTransfer(source, (clean) => {
              const proxy = {
                clientX,
                clientY,
                dataTransfer: clean,
                preventDefault: () => undefined,
              };
              editor.update(() => void $handleRichTextDrop(proxy as unknown as DragEvent, editor));
            }).catch(reportFailure);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}
