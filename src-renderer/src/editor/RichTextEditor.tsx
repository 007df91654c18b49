// The journal's rich-text editor (Lexical). Features use only this component.
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';

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
}

export function RichTextEditor(props: RichTextEditorProps) {
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'ladder',
        editorState: props.initialState || undefined,
        onError: (error) => console.error(error.message),
      }}
    >
      <RichTextPlugin
        contentEditable={<ContentEditable aria-label={props.ariaLabel} onBlur={props.onBlur} />}
        ErrorBoundary={LexicalErrorBoundary}
      />
      <HistoryPlugin />
      <OnChangePlugin
        ignoreSelectionChange
        onChange={(state) => props.onChange(JSON.stringify(state.toJSON()))}
      />
    </LexicalComposer>
  );
}
