// @vitest-environment jsdom
// A link to another entry in the text: Ctrl+click or Ctrl+Enter opens that entry's tab through the
// workbench; one deleted for good, or in the trash, says so. The real editor, the real workbench store.
import { makeEntry, resetAll, store } from './setup';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { $getRoot, $isElementNode, $isTextNode, $setSelection, KEY_ENTER_COMMAND } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { renderEditor, settle } from '../editor/editorHarness';

afterEach(() => resetAll());

const state = () => store.useWorkbench.getState();

function bodyLinkingTo(id: string): string {
  const text = (t: string) => ({
    type: 'text',
    version: 1,
    text: t,
    format: 0,
    detail: 0,
    mode: 'normal',
    style: '',
  });
  const link = {
    type: 'link',
    version: 1,
    url: `ladder:entry/${id}`,
    rel: null,
    target: null,
    title: null,
    direction: null,
    format: '',
    indent: 0,
    children: [text('the review')],
  };
  const paragraph = {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [text('See '), link],
  };
  return JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [paragraph],
    },
  });
}

async function editorLinkingTo(id: string) {
  const { editor } = await renderEditor({ initialState: bodyLinkingTo(id) });
  const link = screen.getByRole('textbox', { name: 'Entry text' }).querySelector('a');
  if (!link) throw new Error('the entry link was not kept');
  return { editor, link };
}

describe('a link to another entry', () => {
  it('stays a link in the editor and opens its entry on Ctrl+click, not on a plain click', async () => {
    resetAll({ entries: [makeEntry('b-1', 'Weekly review')] });
    const { link } = await editorLinkingTo('b-1');
    expect(link.getAttribute('title')).toMatch(/Ctrl\+click or Ctrl\+Enter opens it/);
    await settle(() => fireEvent.click(link));
    expect(state().tabs).toEqual([]);
    await settle(() => fireEvent.click(link, { ctrlKey: true }));
    await waitFor(() => expect(state().activeTab).toBe('entry:b-1'));
    expect(state().tabs.map((t) => t.meta.title)).toEqual(['Weekly review']);
  });

  it('opens its entry on Ctrl+Enter with the caret in the link', async () => {
    resetAll({ entries: [makeEntry('b-2', 'Weekly review')] });
    const { editor } = await editorLinkingTo('b-2');
    await settle(() =>
      editor.update(
        () => {
          $setSelection(null);
          const paragraph = $getRoot().getFirstChild();
          const link = $isElementNode(paragraph) ? paragraph.getLastChild() : null;
          const text = $isElementNode(link) ? link.getFirstChild() : null;
          if ($isTextNode(text)) text.select(2, 2);
        },
        { discrete: true },
      ),
    );
    let handled = false;
    await settle(() => {
      handled = editor.dispatchCommand(
        KEY_ENTER_COMMAND,
        new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, cancelable: true }),
      );
    });
    expect(handled).toBe(true);
    await waitFor(() => expect(state().activeTab).toBe('entry:b-2'));
  });

  it('says so when the entry was deleted for good, and opens nothing', async () => {
    resetAll({ entries: [] });
    const { link } = await editorLinkingTo('gone-1');
    await settle(() => fireEvent.click(link, { ctrlKey: true }));
    await waitFor(() =>
      expect(state().notifications.map((n) => n.message)).toEqual([
        'The linked entry is no longer in your journal: it was deleted for good. The link keeps its text.',
      ]),
    );
    expect(state().tabs).toEqual([]);
  });

  it('opens an entry in the trash as the trash shows it, and says it is there', async () => {
    resetAll({ entries: [makeEntry('t-1', 'Old plan', { deletedAt: 5 })] });
    const { link } = await editorLinkingTo('t-1');
    await act(async () => {
      fireEvent.click(link, { ctrlKey: true });
    });
    await waitFor(() => expect(state().activeTab).toBe('entry:t-1'));
    expect(state().notifications.map((n) => n.message)).toEqual([
      '“Old plan” is in the trash. Restore it from the trash to keep it.',
    ]);
  });
});
