// The journal's rich-text editor (Lexical). Features use only this component.
import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
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
import '@vscode/codicons/dist/codicon.css';
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

export interface RichTextEditorProps {
  /** Lexical editor-state JSON, or '' for an empty document. Read once, on mount. */
  initialState: string;
  /** Called with the serialised state after every content change (not on selection moves). */
  onChange: (json: string) => void;
  onBlur?: () => void;
  ariaLabel: string;
  placeholder?: string;
  /** Text to find, scroll to and select once (from a search result). */
  reveal?: string | null;
  autoFocus?: boolean;
  /** Extra Lexical plugins, rendered inside the editor's composer. */
  children?: ReactNode;
}

export function RichTextEditor(props: RichTextEditorProps) {
  const { onChange, ariaLabel, placeholder } = props;
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'ladder',
    theme: EDITOR_THEME,
    nodes: [...EDITOR_NODES],
    editorState: usableInitialState(props.initialState),
    // Log only the error's name: a message may quote document text.
    onError: (error) => console.error('editor error', error.name),
  }));

  const latestOnChange = useRef(onChange);
  useLayoutEffect(() => {
    latestOnChange.current = onChange;
  }, [onChange]);
  const handleChange = useCallback((state: EditorState, _editor: LexicalEditor) => {
    latestOnChange.current(JSON.stringify(state.toJSON()));
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
}
