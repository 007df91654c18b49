// The start-up benchmark's floor: React, Lexical's core and its rich-text plugin, built the same way,
// one short paragraph and nothing else. Ladder cannot start faster than this page.
import { createRoot } from 'react-dom/client';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';

const initialConfig = {
  namespace: 'blank-lexical',
  onError: (error: Error) => {
    throw error;
  },
  editorState: () => {
    $getRoot().append(
      $createParagraphNode().append(
        $createTextNode('A short paragraph so the editor has something to show.'),
      ),
    );
  },
};

createRoot(document.getElementById('root')!).render(
  <LexicalComposer initialConfig={initialConfig}>
    <RichTextPlugin
      contentEditable={<ContentEditable aria-label="Blank editor" />}
      ErrorBoundary={LexicalErrorBoundary}
    />
  </LexicalComposer>,
);
