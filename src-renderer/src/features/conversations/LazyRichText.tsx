// Talking points of one agenda item: plain text until the user goes there, then the rich-text
// editor. A long agenda opens at once because no editor is built before it is needed.
import { Suspense, memo, useMemo, useRef, useState } from 'react';
import { plainTextFromLexical } from '../../../../src-main/shared/plainText';
import { lazyPart } from '../../ui/lazyPart';

const RichTextEditor = lazyPart(() => import('../../editor/RichTextEditor').then((m) => m.RichTextEditor));

interface Props {
  initialState: string;
  onChange: (json: string) => void;
  onBlur?: () => void;
  ariaLabel: string;
  placeholder?: string;
}

export const LazyRichText = memo(function LazyRichText({ initialState, onChange, onBlur, ariaLabel, placeholder }: Props) {
  const [active, setActive] = useState(false);
  // The text as last edited, so a preview shown again (while the editor chunk loads) is current.
  const latest = useRef(initialState);
  const preview = useMemo(() => plainTextFromLexical(initialState), [initialState]);

  const handleChange = (json: string) => {
    latest.current = json;
    onChange(json);
  };

  const previewBox = (
    <div
      role="textbox"
      aria-label={ariaLabel}
      aria-multiline="true"
      tabIndex={0}
      className={`ladder-conv-preview${preview.trim() ? '' : ' is-empty'}`}
      onFocus={() => setActive(true)}
      // No default focus: this box is replaced by the editor at once, and the browser would focus
      // the removed box (so, the page) after the editor had taken focus, losing what is typed next.
      onMouseDown={(e) => {
        e.preventDefault();
        setActive(true);
      }}
      dir="auto"
    >
      {preview.trim() ? preview : (placeholder ?? '')}
    </div>
  );

  if (!active) return previewBox;
  return (
    <Suspense fallback={previewBox}>
      <RichTextEditor
        initialState={latest.current}
        onChange={handleChange}
        onBlur={onBlur}
        ariaLabel={ariaLabel}
        placeholder={placeholder}
        autoFocus
      />
    </Suspense>
  );
});
