// Bodies the app writes itself (text typed while a conversation loads, generated data) must be what
// the editor would have written for the same paragraphs: opened and saved unchanged, they stay the same body,
// so no spurious change or version appears. Checked against Lexical's own editor state, without a DOM.
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';

function editorState(paragraphs: string[]): unknown {
  const editor = createHeadlessEditor({
    onError: (e) => {
      throw e;
    },
  });
  editor.update(
    () => {
      for (const p of paragraphs) {
        const paragraph = $createParagraphNode();
        if (p) paragraph.append($createTextNode(p));
        $getRoot().append(paragraph);
      }
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON();
}

/** The state the editor holds after opening `json`. */
function opened(json: string): unknown {
  const editor = createHeadlessEditor({
    onError: (e) => {
      throw e;
    },
  });
  editor.setEditorState(editor.parseEditorState(json));
  return editor.getEditorState().toJSON();
}

describe('bodies written by the app', () => {
  it("equal the editor's own state for the same paragraphs, empty lines included", () => {
    for (const paragraphs of [['One'], ['One', '', 'Two words'], ['']]) {
      const ours = lexicalFromParagraphs(paragraphs);
      expect(JSON.parse(ours)).toEqual(editorState(paragraphs));
      expect(opened(ours)).toEqual(JSON.parse(ours));
    }
  });
});
