// Editor logic without a DOM: Markdown import and shortcuts, JSON round trips, text formats, and the
// plain-text projection the main side derives from what the real editor produces.
import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $convertFromMarkdownString, registerMarkdownShortcuts } from '@lexical/markdown';
import { registerRichText } from '@lexical/rich-text';
import { registerList } from '@lexical/list';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  IS_BOLD,
  IS_CODE,
  IS_ITALIC,
  IS_STRIKETHROUGH,
  type LexicalEditor,
} from 'lexical';
import { EDITOR_NODES } from '../../../src-renderer/src/editor/nodes';
import { EDITOR_TRANSFORMERS } from '../../../src-renderer/src/editor/transformers';
import { plainTextFromLexical } from '../../../src-main/shared/journal/plainText';

interface JsonNode {
  type: string;
  tag?: string;
  listType?: string;
  checked?: boolean;
  text?: string;
  format?: number;
  url?: string;
  children?: JsonNode[];
}

function newEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'ladder',
    nodes: [...EDITOR_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

function fromMarkdown(markdown: string): LexicalEditor {
  const editor = newEditor();
  editor.update(() => $convertFromMarkdownString(markdown, EDITOR_TRANSFORMERS), {
    discrete: true,
  });
  return editor;
}

function rootChildren(editor: LexicalEditor): JsonNode[] {
  editor.read(() => undefined); // flushes updates queued by listeners (the shortcut transforms)
  return (editor.getEditorState().toJSON().root as unknown as JsonNode).children ?? [];
}

function textNodes(node: JsonNode): JsonNode[] {
  if (node.type === 'text') return [node];
  return (node.children ?? []).flatMap(textNodes);
}

const DOC = [
  '## Quarter review',
  '',
  'Led the **migration** and *mentored* two people, see `runbook` and ~~old plan~~.',
  '',
  '- shipped search',
  '- cut costs',
  '',
  '1. ask for scope',
  '2. agree dates',
  '',
  '> Great work on the launch',
  '',
  '- [ ] book the meeting',
  '- [x] write agenda',
  '',
  'Details in [the doc](https://example.com/doc).',
].join('\n');

describe('Markdown import', () => {
  it('builds headings, lists, check lists, quotes and links', () => {
    const children = rootChildren(fromMarkdown(DOC));
    expect(children.map((c) => c.type)).toEqual([
      'heading',
      'paragraph',
      'list',
      'list',
      'quote',
      'list',
      'paragraph',
    ]);
    expect(children[0]?.tag).toBe('h2');
    expect(children.filter((c) => c.type === 'list').map((c) => c.listType)).toEqual([
      'bullet',
      'number',
      'check',
    ]);
    const checks = children[5]?.children ?? [];
    expect(checks.map((c) => c.checked)).toEqual([false, true]);
    const link = children[6]?.children?.find((c) => c.type === 'link');
    expect(link?.url).toBe('https://example.com/doc');
  });

  it('sets format bits for bold, italic, code and strikethrough', () => {
    const paragraph = rootChildren(fromMarkdown(DOC))[1] as JsonNode;
    const byText = new Map(textNodes(paragraph).map((t) => [t.text, t.format ?? 0]));
    expect(byText.get('migration')).toBe(IS_BOLD);
    expect(byText.get('mentored')).toBe(IS_ITALIC);
    expect(byText.get('runbook')).toBe(IS_CODE);
    expect(byText.get('old plan')).toBe(IS_STRIKETHROUGH);
    expect(byText.get('Led the ')).toBe(0);
  });

  it('round-trips through JSON unchanged', () => {
    const editor = fromMarkdown(DOC);
    const json = JSON.stringify(editor.getEditorState().toJSON());
    const other = newEditor();
    other.setEditorState(other.parseEditorState(json));
    expect(JSON.stringify(other.getEditorState().toJSON())).toBe(json);
  });
});

describe('plain-text projection of real editor states', () => {
  it('keeps every block on its own line, with list items, quotes and link text', () => {
    const json = JSON.stringify(fromMarkdown(DOC).getEditorState().toJSON());
    expect(plainTextFromLexical(json)).toBe(
      [
        'Quarter review',
        'Led the migration and mentored two people, see runbook and old plan.',
        'shipped search',
        'cut costs',
        '',
        'ask for scope',
        'agree dates',
        '',
        'Great work on the launch',
        'book the meeting',
        'write agenda',
        '',
        'Details in the doc.',
      ].join('\n'),
    );
  });

  it('turns line breaks into newlines', () => {
    const editor = newEditor();
    editor.update(
      () => {
        const p = $createParagraphNode();
        p.append(
          $createTextNode('first line'),
          $createLineBreakNode(),
          $createTextNode('second line'),
        );
        $getRoot().append(p);
      },
      { discrete: true },
    );
    expect(plainTextFromLexical(JSON.stringify(editor.getEditorState().toJSON()))).toBe(
      'first line\nsecond line',
    );
  });
});

describe('Markdown shortcuts while typing', () => {
  function typeInto(editor: LexicalEditor, before: string, typed: string): void {
    editor.update(
      () => {
        const text = $createTextNode(before);
        $getRoot().clear().append($createParagraphNode().append(text));
        text.select(before.length, before.length);
      },
      { discrete: true },
    );
    editor.update(
      () => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText(typed);
      },
      { discrete: true },
    );
  }

  function shortcutEditor(): LexicalEditor {
    const editor = newEditor();
    registerRichText(editor);
    registerList(editor);
    registerMarkdownShortcuts(editor, EDITOR_TRANSFORMERS);
    return editor;
  }

  it.each([
    ['#', ' ', 'heading', 'h1'],
    ['###', ' ', 'heading', 'h3'],
    ['-', ' ', 'list', 'bullet'],
    ['1.', ' ', 'list', 'number'],
    ['[ ]', ' ', 'list', 'check'],
    ['>', ' ', 'quote', undefined],
  ])('"%s" then a space makes a %s', (before, typed, type, detail) => {
    const editor = shortcutEditor();
    typeInto(editor, before, typed);
    const first = rootChildren(editor)[0] as JsonNode;
    expect(first.type).toBe(type);
    if (type === 'heading') expect(first.tag).toBe(detail);
    if (type === 'list') expect(first.listType).toBe(detail);
  });

  it('"**bold**" becomes bold text as the closing marker is typed', () => {
    const editor = shortcutEditor();
    typeInto(editor, 'say **this*', '*');
    const texts = textNodes(rootChildren(editor)[0] as JsonNode);
    expect(texts.find((t) => t.text === 'this')?.format).toBe(IS_BOLD);
    expect(texts.map((t) => t.text).join('')).toBe('say this');
  });
});
