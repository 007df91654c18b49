// The typing benchmark's baseline: plain Lexical (React, the rich-text plugin and undo history),
// built the same way as the app and in the same frame (a scrolling surface), holding the same document as Ladder's entry (./document.json,
// written by the benchmark). Whatever Ladder adds per keystroke shows against this page.
import { createRoot } from 'react-dom/client';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import './page.css';

void fetch('./document.json')
  .then((response) => response.text())
  .then(render);

function render(json: string) {
  createRoot(document.getElementById('root')!).render(
    <LexicalComposer
      initialConfig={{
        namespace: 'lexical-text',
        onError: (error: Error) => {
          throw error;
        },
        editorState: json,
      }}
    >
      <div className="surface">
        <RichTextPlugin
          contentEditable={<ContentEditable className="content" aria-label="Plain editor" />}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
    </LexicalComposer>,
  );
}
