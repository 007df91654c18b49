// Talking points of one agenda item, and the meeting notes: plain text until the user goes there,
// then the rich-text editor. A long agenda opens at once because no editor is built before it is needed.
// While the editor loads (first use on a busy machine), a stand-in box holds the focus and what is
// typed; the editor opens with that text, and takes the focus only if the person is still there.
// Edits are handed on as a reader of the document's JSON, not the JSON: serialising a long document
// at every keystroke would slow the typing, so it is done when a save (or a reopening) asks for it.
import {
  Suspense,
  memo,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { plainTextFromLexical } from '../../../../src-main/shared/journal/plainText';
import type { EditorDocument } from '../../editor/editorDocument';
import { lazyPart } from '../../ui/lazyPart';
import { appendTyped } from './typedWhileLoading';

const RichTextEditor = lazyPart(() =>
  import('../../editor/RichTextEditor').then((m) => m.RichTextEditor),
);

interface Props {
  initialState: string;
  /** After each edit: reads the document's JSON as it is now (serialised when first called). */
  onEdit: (json: () => string) => void;
  onBlur?: () => void;
  ariaLabel: string;
  placeholder?: string;
}

interface LoadingBoxProps {
  text: string;
  ariaLabel: string;
  placeholder?: string;
  onType: (edit: (typed: string) => string) => void;
  onLeave: () => void;
}

/** Takes the focus as it appears, and keeps plain typing (letters, Enter, Backspace) until the editor comes. */
function LoadingBox({ text, ariaLabel, placeholder, onType, onLeave }: LoadingBoxProps) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => box.current?.focus({ preventScroll: true }), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') onType((typed) => `${typed}\n`);
    else if (event.key === 'Backspace') onType((typed) => typed.slice(0, -1));
    else if ([...event.key].length === 1) onType((typed) => typed + event.key);
    else return;
    event.preventDefault();
  };
  return (
    <div
      ref={box}
      role="textbox"
      aria-label={ariaLabel}
      aria-multiline="true"
      aria-busy="true"
      tabIndex={0}
      className={`ladder-conv-preview${text.trim() ? '' : ' is-empty'}`}
      onKeyDown={onKeyDown}
      onBlur={onLeave}
      dir="auto"
    >
      {text.trim() ? text : (placeholder ?? '')}
    </div>
  );
}

export const LazyRichText = memo(function LazyRichText({
  initialState,
  onEdit,
  onBlur,
  ariaLabel,
  placeholder,
}: Props) {
  const [active, setActive] = useState(false);
  // The document as last edited, so a preview shown again (while the editor chunk loads) is current.
  const latest = useRef<() => string>(() => initialState);
  const preview = useMemo(() => plainTextFromLexical(initialState), [initialState]);
  // Typed into the stand-in, added to the document as it was when the field was opened.
  const [typed, setTyped] = useState('');
  const openedWith = useRef(initialState);
  // False once the person leaves the stand-in: the editor then opens without taking the focus back.
  const [focusOnOpen, setFocusOnOpen] = useState(true);

  const handleEdit = (json: () => string) => {
    latest.current = json;
    onEdit(json);
  };
  const onDocumentChange = (doc: EditorDocument) => handleEdit(doc.json);
  const open = () => {
    openedWith.current = latest.current();
    setActive(true);
  };
  const type = (edit: (typed: string) => string) => {
    const next = edit(typed);
    if (next === typed) return;
    setTyped(next);
    const json = appendTyped(openedWith.current, next);
    handleEdit(() => json);
  };

  const previewBox = (
    <div
      role="textbox"
      aria-label={ariaLabel}
      aria-multiline="true"
      tabIndex={0}
      className={`ladder-conv-preview${preview.trim() ? '' : ' is-empty'}`}
      onFocus={open}
      // No default focus: this box is replaced by the editor (or the stand-in) at once, and the browser
      // would focus the removed box (so, the page) after the editor had taken focus.
      onMouseDown={(e) => {
        e.preventDefault();
        open();
      }}
      dir="auto"
    >
      {preview.trim() ? preview : (placeholder ?? '')}
    </div>
  );

  if (!active) return previewBox;
  return (
    <Suspense
      fallback={
        <LoadingBox
          text={plainTextFromLexical(latest.current())}
          ariaLabel={ariaLabel}
          placeholder={placeholder}
          onType={type}
          onLeave={() => setFocusOnOpen(false)}
        />
      }
    >
      <RichTextEditor
        initialState={latest.current()}
        onDocumentChange={onDocumentChange}
        onBlur={onBlur}
        ariaLabel={ariaLabel}
        placeholder={placeholder}
        autoFocus={focusOnOpen}
      />
    </Suspense>
  );
});
