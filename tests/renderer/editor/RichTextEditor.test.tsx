// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import {
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type EditorState,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { runAction } from '../../../src-renderer/src/editor/actions';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';
import { renderEditor, settle } from './editorHarness';
import type { EditorDocument } from '../../../src-renderer/src/editor/RichTextEditor';

afterEach(cleanup);

function selectText(
  editor: LexicalEditor,
  start: number,
  end: number,
  which: 'first' | 'last' = 'first',
): Promise<void> {
  return settle(() =>
    editor.update(
      () => {
        const text =
          which === 'first' ? $getRoot().getFirstDescendant() : $getRoot().getLastDescendant();
        // A fresh selection, as a click makes: it takes its format from the text it lands in.
        $setSelection(null);
        if ($isTextNode(text)) text.select(start, end);
      },
      { discrete: true },
    ),
  );
}

function button(name: string): HTMLElement {
  return within(screen.getByRole('toolbar')).getByRole('button', { name });
}

describe('RichTextEditor', () => {
  it('labels the text box and shows the placeholder to sight only', async () => {
    await renderEditor({ initialState: '', placeholder: 'Write what happened' });
    const box = screen.getByRole('textbox', { name: 'Entry text' });
    expect(box.getAttribute('aria-multiline')).toBe('true');
    expect(box.getAttribute('aria-placeholder')).toBe('Write what happened');
    const shown = screen.getByText('Write what happened');
    expect(shown.closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('renders a toolbar of named buttons with one tab stop and arrow-key movement', async () => {
    await renderEditor();
    const toolbar = screen.getByRole('toolbar', { name: 'Entry text: formatting' });
    const names = within(toolbar)
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual([
      'Undo',
      'Redo',
      'Paragraph',
      'Heading 1',
      'Heading 2',
      'Heading 3',
      'Bold',
      'Italic',
      'Underline',
      'Strikethrough',
      'Code',
      'Link',
      'Bulleted list',
      'Numbered list',
      'Check list',
      'Quote',
    ]);
    const stops = within(toolbar)
      .getAllByRole('button')
      .filter((b) => b.tabIndex === 0);
    expect(stops).toHaveLength(1);
    act(() => stops[0]?.focus());
    fireEvent.keyDown(toolbar, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(button('Redo'));
    fireEvent.keyDown(toolbar, { key: 'End' });
    expect(document.activeElement).toBe(button('Quote'));
    fireEvent.keyDown(toolbar, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(button('Undo'));
    expect(button('Bold').getAttribute('title')).toMatch(/Bold \((Ctrl|⌘)\+B\)/);
  });

  it('reflects the selection in aria-pressed after Bold and Heading 1', async () => {
    const { editor } = await renderEditor();
    expect(button('Bold').getAttribute('aria-pressed')).toBe('false');
    expect(button('Paragraph').getAttribute('aria-pressed')).toBe('true');
    await selectText(editor, 0, 5);
    await settle(() => fireEvent.click(button('Bold')));
    expect(button('Bold').getAttribute('aria-pressed')).toBe('true');
    await settle(() => runAction(editor, 'h1'));
    expect(button('Heading 1').getAttribute('aria-pressed')).toBe('true');
    expect(button('Paragraph').getAttribute('aria-pressed')).toBe('false');
    await selectText(editor, 3, 3, 'last');
    expect(button('Bold').getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('textbox').querySelector('h1 strong, h1 .le-bold')?.textContent).toBe(
      'Hello',
    );
  });

  it('toggles lists from the toolbar and back to paragraphs', async () => {
    const { editor } = await renderEditor();
    await selectText(editor, 2, 2);
    await settle(() => fireEvent.click(button('Check list')));
    expect(button('Check list').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('textbox').querySelector('li[role="checkbox"]')).not.toBeNull();
    await settle(() => fireEvent.click(button('Check list')));
    expect(button('Paragraph').getAttribute('aria-pressed')).toBe('true');
  });

  it('hands out each changed document without serialising it until asked', async () => {
    const docs: EditorDocument[] = [];
    const { editor } = await renderEditor({
      onChange: undefined,
      onDocumentChange: (doc) => docs.push(doc),
    });
    const states = Object.getPrototypeOf(editor.getEditorState()) as EditorState;
    const toJSON = vi.spyOn(states, 'toJSON');
    try {
      for (const word of [' one', ' two']) {
        await settle(() =>
          editor.update(
            () => $getRoot().getLastChildOrThrow<ElementNode>().append($createTextNode(word)),
            { discrete: true },
          ),
        );
      }
      expect(docs).toHaveLength(2);
      expect(toJSON).not.toHaveBeenCalled();
      const last = docs[1] as EditorDocument;
      expect(JSON.parse(last.json())).toEqual(editor.getEditorState().toJSON());
      expect(last.json()).toBe(last.json());
      expect(toJSON).toHaveBeenCalledTimes(2); // once for the document, once for the comparison
      expect(last.text()).toBe('Hello world one two');
      expect(docs[0]?.text()).toBe('Hello world one');
    } finally {
      toJSON.mockRestore();
    }
  });

  it('does not report a change on mount, and reports one after an edit', async () => {
    const withLink = JSON.stringify({
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            textFormat: 0,
            textStyle: '',
            children: [
              {
                type: 'link',
                version: 1,
                url: 'https://example.com',
                rel: null,
                target: null,
                title: null,
                direction: null,
                format: '',
                indent: 0,
                children: [
                  {
                    type: 'text',
                    version: 1,
                    text: 'site',
                    format: 0,
                    detail: 0,
                    mode: 'normal',
                    style: '',
                  },
                ],
              },
            ],
          },
        ],
      },
    });
    const { editor, changes } = await renderEditor({ initialState: withLink });
    await selectText(editor, 1, 1);
    expect(changes).toHaveLength(0);
    await settle(() =>
      editor.update(
        () => $getRoot().getLastChildOrThrow<ElementNode>().append($createTextNode(' more')),
        { discrete: true },
      ),
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]).toContain(' more');
  });

  it('opens with an empty page when the stored state is damaged', async () => {
    const { changes } = await renderEditor({ initialState: '{"root": nope' });
    expect(screen.getByRole('textbox').textContent).toBe('');
    expect(changes).toHaveLength(0);
  });

  it('unlinks a stored javascript: link but keeps its text', async () => {
    const hostile = lexicalFromParagraphs(['x']).replace(
      /"children":\[\{"type":"text"[^\]]*\]/,
      '"children":[{"type":"link","version":1,"url":"javascript:alert(1)","rel":null,"target":null,"title":null,"direction":null,"format":"","indent":0,"children":[{"type":"text","version":1,"text":"click me","format":0,"detail":0,"mode":"normal","style":""}]}]',
    );
    expect(hostile).toContain('javascript:');
    await renderEditor({ initialState: hostile });
    const box = screen.getByRole('textbox');
    expect(box.textContent).toBe('click me');
    expect(box.querySelector('a')).toBeNull();
  });

  it('lets each paragraph take its own direction, for Hebrew and Arabic next to English', async () => {
    // dir="auto" makes the browser set each block's direction from its first strong character;
    // the Chromium check confirms the computed direction.
    await renderEditor({
      initialState: lexicalFromParagraphs(['שלום עולם', 'مرحبا بالعالم', 'Hello']),
    });
    const paragraphs = Array.from(screen.getByRole('textbox').querySelectorAll('p'));
    expect(paragraphs.map((p) => [p.textContent, p.getAttribute('dir')])).toEqual([
      ['שלום עולם', 'auto'],
      ['مرحبا بالعالم', 'auto'],
      ['Hello', 'auto'],
    ]);
  });

  it('selects revealed text ignoring case and accents', async () => {
    const { editor } = await renderEditor({
      initialState: lexicalFromParagraphs(['First line', 'Mon RÉSUMÉ est prêt pour la réunion']),
      reveal: 'resume',
    });
    const selected = editor.getEditorState().read(() => {
      const selection = $getSelection();
      return $isRangeSelection(selection) ? selection.getTextContent() : null;
    });
    expect(selected).toBe('RÉSUMÉ');
  });
});
