// One state of the editor's document, handed out at every change without serialising it: a long
// entry's JSON (or its text) costs milliseconds per keystroke, so it is made only when asked for
// (a save, an idle moment) and then kept, since a Lexical editor state never changes.
import { $getRoot, type EditorState } from 'lexical';

export interface EditorDocument {
  /** The Lexical editor-state JSON, as stored. */
  json(): string;
  /** The text as Lexical reads it (blocks on lines of their own), for counting words. */
  text(): string;
}

export function documentOf(state: EditorState): EditorDocument {
  let json: string | undefined;
  let text: string | undefined;
  return {
    json: () => (json ??= JSON.stringify(state.toJSON())),
    text: () => (text ??= state.read(() => $getRoot().getTextContent())),
  };
}
