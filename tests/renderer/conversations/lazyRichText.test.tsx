// @vitest-environment jsdom
// Meeting notes and talking points open their editor on first use. On a busy machine the editor comes
// a moment later: what is typed meanwhile must be kept, and an editor arriving after the person moved
// on must not pull the focus (and the rest of their typing) away from the field they are in.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyRichText } from '../../../src-renderer/src/features/conversations/LazyRichText';
import { appendTyped } from '../../../src-renderer/src/features/conversations/typedWhileLoading';
import {
  lexicalFromParagraphs,
  plainTextFromLexical,
} from '../../../src-main/shared/journal/plainText';

// The editor's chunk arrives when the test says so, as a slow one does on a busy machine: the real
// editor, only later (without this the test raced the machine's load).
const chunk = vi.hoisted(() => {
  let release = (): void => undefined;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  return { arrived, release: () => release() };
});
vi.mock('../../../src-renderer/src/editor/RichTextEditor', async (importOriginal) => {
  await chunk.arrived;
  return importOriginal();
});

afterEach(() => {
  document.body.innerHTML = '';
});

function renderNotes(initial = lexicalFromParagraphs(['Met on Tuesday.'])) {
  const changes: string[] = [];
  render(
    <>
      <textarea aria-label="What was agreed" />
      <LazyRichText
        initialState={initial}
        onEdit={(json) => changes.push(json())}
        ariaLabel="Meeting notes"
      />
    </>,
  );
  return changes;
}

const editable = () => document.querySelector<HTMLElement>('[contenteditable="true"]');

describe('a rich-text field whose editor is still loading', () => {
  it('holds the focus and the keys typed meanwhile; the editor opens with them; leaving it first keeps the focus where it went', async () => {
    const user = userEvent.setup();
    const changes = renderNotes();
    act(() => {
      fireEvent.mouseDown(screen.getByRole('textbox', { name: 'Meeting notes' }));
    });
    // The premise: the editor's chunk has not arrived yet.
    expect(editable()).toBeNull();
    const standIn = screen.getByRole('textbox', { name: 'Meeting notes' });
    expect(document.activeElement).toBe(standIn);
    await user.keyboard('Dana suggested{Enter}the platform tean{Backspace}m');
    expect(standIn.textContent).toContain('the platform team');
    expect(plainTextFromLexical(changes.at(-1) ?? '')).toBe(
      'Met on Tuesday.Dana suggested\nthe platform team',
    );

    const agreed = screen.getByRole('textbox', { name: 'What was agreed' });
    await user.click(agreed);
    if (editable())
      throw new Error('the editor arrived before the person moved on: the test proves nothing');
    await user.type(agreed, 'A stretch project');
    chunk.release();
    await waitFor(() => expect(editable()).not.toBeNull(), { timeout: 10_000 });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(document.activeElement).toBe(agreed);
    await user.keyboard(' on the platform team');
    expect((agreed as HTMLTextAreaElement).value).toBe('A stretch project on the platform team');
    expect(editable()?.textContent).toBe('Met on Tuesday.Dana suggestedthe platform team');
  });
});

describe('appendTyped', () => {
  it('adds to the last paragraph, starts paragraphs at line breaks, and makes a document from nothing', () => {
    expect(
      plainTextFromLexical(appendTyped(lexicalFromParagraphs(['One']), ' two\nthree')).split('\n'),
    ).toEqual(['One two', 'three']);
    expect(plainTextFromLexical(appendTyped('', 'Fresh\nstart'))).toBe('Fresh\nstart');
    expect(plainTextFromLexical(appendTyped('not json', 'Kept'))).toBe('Kept');
    expect(appendTyped(lexicalFromParagraphs(['Same']), '')).toBe(lexicalFromParagraphs(['Same']));
  });
});
