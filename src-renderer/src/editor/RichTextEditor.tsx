// The journal's rich-text editor (Lexical). Features use only this component.
import { memo, useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { EditorState, LexicalEditor } from 'lexical';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { AutoFocusPlugin } from '@lexical/react/LexicalAutoFocusPlugin';
import '../styles/codicons.css';
import './editor.css';
import { EDITOR_NODES } from './nodes';
import { EDITOR_THEME } from './theme';
import { EDITOR_TRANSFORMERS } from './transformers';
import { usableInitialState } from './initialState';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { LinkPlugin } from './plugins/LinkPlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin';
import { RevealPlugin } from './plugins/RevealPlugin';
import { documentOf, type EditorDocument } from './editorDocument';

export type { EditorDocument } from './editorDocument';

export interface RichTextEditorProps {
  /** Lexical editor-state JSON, or '' for an empty document. Read once, on mount. */
  initialState: string;
  /**
   * Called with the serialised state after every content change (not on selection moves). Serialising
   * costs time in proportion to the document: long documents use `onDocumentChange` instead.
   */
  onChange?: (json: string) => void;
  /** Called after every content change with the new state, serialised only when asked for. */
  onDocumentChange?: (doc: EditorDocument) => void;
  onBlur?: () => void;
  ariaLabel: string;
  placeholder?: string;
  /** Text to find, scroll to and select once (from a search result). */
  reveal?: string | null;
  autoFocus?: boolean;
  /** Extra Lexical plugins, rendered inside the editor's composer. */
  children?: ReactNode;
}

// Memoised: the form around it re-renders as its title, fields and save status change; the composer's
// tree (toolbar, plugins) need not render again with it.
export const RichTextEditor = memo(function RichTextEditor(props: RichTextEditorProps) {
  const { onChange, onDocumentChange, ariaLabel, placeholder } = props;
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'ladder',
    theme: EDITOR_THEME,
    nodes: [...EDITOR_NODES],
    editorState: usableInitialState(props.initialState),
    // Log only the error's name: a message may quote document text.
    onError: (error) => console.error('editor error', error.name),
  }));

  const latest = useRef({ onChange, onDocumentChange });
  useLayoutEffect(() => {
    latest.current = { onChange, onDocumentChange };
  }, [onChange, onDocumentChange]);
  const handleChange = useCallback((state: EditorState, _editor: LexicalEditor) => {
    const doc = documentOf(state);
    latest.current.onDocumentChange?.(doc);
    latest.current.onChange?.(doc.json());
  }, []);

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="le-editor">
        <ToolbarPlugin label={`${ariaLabel}: formatting`} />
        <LinkPlugin />
        <div className="le-surface">
          <RichTextPlugin
            contentEditable={
              placeholder ? (
                <ContentEditable
                  className="le-content"
                  ariaLabel={ariaLabel}
                  ariaMultiline
                  aria-placeholder={placeholder}
                  placeholder={<div className="le-placeholder">{placeholder}</div>}
                  onBlur={props.onBlur}
                  spellCheck
                />
              ) : (
                <ContentEditable
                  className="le-content"
                  ariaLabel={ariaLabel}
                  ariaMultiline
                  onBlur={props.onBlur}
                  spellCheck
                />
              )
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <CheckListPlugin />
      <MarkdownShortcutPlugin transformers={EDITOR_TRANSFORMERS} />
      <PastePlugin />
      <ShortcutsPlugin />
      <RevealPlugin reveal={props.reveal} />
      <OnChangePlugin ignoreSelectionChange onChange={handleChange} />
      {props.autoFocus && <AutoFocusPlugin />}
      {props.children}
    </LexicalComposer>
  );
});
