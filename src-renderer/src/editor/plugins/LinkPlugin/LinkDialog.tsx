// A small inline dialog to add, change or remove the link on the selection. Escape or Cancel closes it
// and puts the focus back in the text.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createLinkNode, $isLinkNode, $toggleLink } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  type BaseSelection,
} from 'lexical';
import { normaliseLinkInput } from '../../linkUrl';

/** What the dialog edits: the current address and the selection to link. */
export interface LinkDialogRequest {
  url: string;
  selection: BaseSelection | null;
}

const LINK_ATTRIBUTES = { rel: 'noopener noreferrer', target: '_blank' };

function $applyLink(url: string | null): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
  if (selection.isCollapsed() && link) {
    if (url) link.setURL(url);
    else {
      for (const child of link.getChildren()) link.insertBefore(child);
      link.remove();
    }
  } else if (selection.isCollapsed()) {
    if (url)
      selection.insertNodes([$createLinkNode(url, LINK_ATTRIBUTES).append($createTextNode(url))]);
  } else {
    $toggleLink(url === null ? null : { url, ...LINK_ATTRIBUTES });
  }
}

export function LinkDialog({
  request,
  onClose,
}: {
  request: LinkDialogRequest;
  onClose: () => void;
}) {
  const [editor] = useLexicalComposerContext();
  const [value, setValue] = useState(request.url);
  const [invalid, setInvalid] = useState(false);
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  // Lexical may restore the text selection (and so the focus) once the opening key press is handled;
  // take the focus after that.
  useEffect(() => {
    inputRef.current?.focus();
    const frame = requestAnimationFrame(() => inputRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  const finish = (url: string | null | undefined) => {
    if (url !== undefined) {
      editor.update(() => {
        if (request.selection) $setSelection(request.selection.clone());
        $applyLink(url);
      });
    }
    onClose();
    editor.focus();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const url = normaliseLinkInput(value);
    if (url === null) setInvalid(true);
    else finish(url);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish(undefined);
    }
  };

  return (
    <form
      className="le-link-dialog"
      role="dialog"
      aria-label="Link"
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
    >
      <label htmlFor={`${id}-url`}>Link address</label>
      <input
        id={`${id}-url`}
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        ref={inputRef}
        value={value}
        placeholder="https://…"
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setInvalid(false);
        }}
      />
      {invalid && (
        <p id={`${id}-error`} className="le-link-error" role="alert">
          Use a web address (https:// or http://) or an email address.
        </p>
      )}
      <div className="le-link-actions">
        <button type="submit">Apply</button>
        {request.url && (
          <button type="button" onClick={() => finish(null)}>
            Remove link
          </button>
        )}
        <button type="button" onClick={() => finish(undefined)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
