// @vitest-environment jsdom
// Pasting into the real editor: hostile HTML leaves only safe nodes, formats survive, and a 1 MB
// plain-text paste lands as paragraphs.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import { $getRoot, IS_BOLD, IS_ITALIC, type LexicalEditor } from 'lexical';
import { paste, renderEditor, settle } from './editorHarness';
import { loadSanitizer } from '../../../src-renderer/src/editor/plugins/PastePlugin/cleanTransfer';

/** Pastes, then waits for the sanitiser: the first paste of a session may arrive before its chunk. */
async function pasteAndSettle(target: HTMLElement, data: Record<string, string>): Promise<void> {
  await settle(() => paste(target, data));
  await act(async () => {
    await loadSanitizer();
  });
}

afterEach(cleanup);

interface JsonNode {
  type: string;
  text?: string;
  format?: number;
  url?: string;
  children?: JsonNode[];
}

function all(node: JsonNode): JsonNode[] {
  return [node, ...(node.children ?? []).flatMap(all)];
}

async function ready(): Promise<LexicalEditor> {
  const { editor } = await renderEditor({ initialState: '' });
  await settle(() => editor.update(() => $getRoot().selectEnd(), { discrete: true }));
  return editor;
}

function json(editor: LexicalEditor): { text: string; nodes: JsonNode[] } {
  const root = editor.getEditorState().toJSON().root as unknown as JsonNode;
  return { text: JSON.stringify(root), nodes: all(root) };
}

const HOSTILE =
  '<meta charset="utf-8"><style>p{color:red}</style><p style="color:red" onclick="steal()">Dear <b>team</b>, ' +
  '<i>thanks</i><img src="https://tracker.example/pixel.gif" onerror="steal()"></p>' +
  '<script>steal()</script><iframe src="https://evil.example"></iframe>' +
  '<p><a href="javascript:steal()">click</a> and <a href="https://ok.example/x" onmouseover="steal()">read</a></p>' +
  '<object data="https://evil.example/x.swf"></object><video src="https://evil.example/v.mp4"></video>';

describe('paste', () => {
  it('keeps text, formats and safe links from hostile HTML and nothing else', async () => {
    const editor = await ready();
    await pasteAndSettle(screen.getByRole('textbox'), {
      'text/html': HOSTILE,
      'text/plain': 'Dear team',
    });
    const { text, nodes } = json(editor);
    expect(new Set(nodes.map((n) => n.type))).toEqual(
      new Set(['root', 'paragraph', 'text', 'link']),
    );
    expect(nodes.find((n) => n.text === 'team')?.format).toBe(IS_BOLD);
    expect(nodes.find((n) => n.text === 'thanks')?.format).toBe(IS_ITALIC);
    expect(nodes.filter((n) => n.type === 'link').map((n) => n.url)).toEqual([
      'https://ok.example/x',
    ]);
    expect(nodes.some((n) => n.text?.includes('click'))).toBe(true);
    for (const banned of ['steal', 'javascript', 'tracker', 'evil', 'color'])
      expect(text).not.toContain(banned);
    const box = screen.getByRole('textbox');
    expect(
      box.querySelectorAll('img, script, iframe, object, video, [onclick], [style*="color"]'),
    ).toHaveLength(0);
  });

  it('keeps a link to another entry copied inside Ladder, and unlinks ladder: addresses pasted as HTML', async () => {
    const editor = await ready();
    const text = (t: string) => ({
      type: 'text',
      version: 1,
      text: t,
      format: 0,
      detail: 0,
      mode: 'normal',
      style: '',
    });
    const link = (url: string, t: string) => ({
      type: 'link',
      version: 1,
      url,
      rel: null,
      target: null,
      title: null,
      direction: null,
      format: '',
      indent: 0,
      children: [text(t)],
    });
    const copied = JSON.stringify({
      namespace: 'ladder',
      nodes: [link('ladder:entry/md-0123abc', 'the review'), link('ladder:evil/x', 'bad')],
    });
    await pasteAndSettle(screen.getByRole('textbox'), {
      'application/x-lexical-editor': copied,
      'text/plain': 'the review bad',
    });
    expect(
      json(editor)
        .nodes.filter((n) => n.type === 'link')
        .map((n) => n.url),
    ).toEqual(['ladder:entry/md-0123abc']);
    // From another app, a ladder: address is not trusted: its text only.
    const other = await ready();
    await pasteAndSettle(screen.getAllByRole('textbox')[1] as HTMLElement, {
      'text/html': '<p><a href="ladder:entry/md-0123abc">x</a></p>',
      'text/plain': 'x',
    });
    expect(json(other).nodes.filter((n) => n.type === 'link')).toEqual([]);
  });

  it('keeps headings, lists and quotes pasted from a web page', async () => {
    const editor = await ready();
    await pasteAndSettle(screen.getByRole('textbox'), {
      'text/html':
        '<h2>Goals</h2><ul><li>lead a project</li></ul><blockquote>aim high</blockquote>',
      'text/plain': 'Goals',
    });
    const types = json(editor).nodes.map((n) => n.type);
    for (const type of ['heading', 'list', 'listitem', 'quote']) expect(types).toContain(type);
  });

  it('goes through sanitizePaste: a pasted table arrives one paragraph per row', async () => {
    const editor = await ready();
    const html = '<table><tr><td>SQL</td><td>4</td></tr><tr><td>Go</td><td>3</td></tr></table>';
    await pasteAndSettle(screen.getByRole('textbox'), {
      'text/html': html,
      'text/plain': 'SQL 4 Go 3',
    });
    const rows = editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((block) => block.getTextContent())
        .filter((text) => text !== ''),
    );
    expect(rows).toEqual(['SQL | 4', 'Go | 3']);
  });

  it('inserts 1 MB of plain text as paragraphs in one go', async () => {
    const editor = await ready();
    const line = 'Entry line with some words to make it long enough to matter here. ';
    const lines = Array.from({ length: 16_000 }, (_, i) => `${i} ${line}`);
    const big = lines.join('\n');
    expect(big.length).toBeGreaterThan(1_000_000);
    await pasteAndSettle(screen.getByRole('textbox'), { 'text/plain': big });
    const count = editor.getEditorState().read(() => $getRoot().getChildrenSize());
    expect(count).toBe(lines.length);
    const last = editor
      .getEditorState()
      .read(() => $getRoot().getLastChildOrThrow().getTextContent());
    expect(last).toBe(lines[lines.length - 1]);
  });
});
