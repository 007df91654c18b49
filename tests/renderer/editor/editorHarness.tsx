// Renders the real RichTextEditor in jsdom and hands the test its Lexical editor instance.
import { useEffect } from 'react';
import { act, render } from '@testing-library/react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { LexicalEditor } from 'lexical';
import {
  RichTextEditor,
  type RichTextEditorProps,
} from '../../../src-renderer/src/editor/RichTextEditor';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';

function Grab({ onEditor }: { onEditor: (editor: LexicalEditor) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    onEditor(editor);
  }, [editor, onEditor]);
  return null;
}

/** Runs `fn` and lets Lexical commit its queued updates and React re-render. */
export async function settle(fn: () => void = () => undefined): Promise<void> {
  await act(async () => {
    fn();
    await Promise.resolve();
  });
}

export async function renderEditor(props: Partial<RichTextEditorProps> = {}) {
  const changes: string[] = [];
  let editor: LexicalEditor | null = null;
  const full: RichTextEditorProps = {
    initialState: lexicalFromParagraphs(['Hello world']),
    onChange: (json) => changes.push(json),
    ariaLabel: 'Entry text',
    ...props,
  };
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(
      <RichTextEditor {...full}>
        <Grab onEditor={(e) => (editor = e)} />
      </RichTextEditor>,
    );
  });
  if (!editor) throw new Error('editor not mounted');
  return { view, editor: editor as LexicalEditor, changes };
}

/** A stand-in clipboard: jsdom has no DataTransfer. */
export function clipboardData(data: Record<string, string>): DataTransfer {
  return {
    types: Object.keys(data),
    files: [] as unknown as FileList,
    items: [] as unknown as DataTransferItemList,
    getData: (type: string) => data[type] ?? '',
  } as unknown as DataTransfer;
}

/** Fires a paste event on the editable element, as a browser would. */
export function paste(target: Element, data: Record<string, string>): void {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: clipboardData(data) });
  target.dispatchEvent(event);
}
