// @vitest-environment jsdom
// A prepared answer changed in another tab since this one read it: the save is refused, the typed
// answer stays in view with a notice, and the person chooses (Use mine saves it over theirs, Keep
// theirs shows the stored answer and sends nothing more).
import { body, call, renderReal, useRealStore } from '../followups/realStore';
import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { plainTextFromLexical } from '../../../src-main/shared/journal/plainText';
import { flushAll } from '../../../src-renderer/src/workbench/store';
import { PreparedAnswer } from '../../../src-renderer/src/features/conversations/panels/PreparedAnswer';

// jsdom lays nothing out: Lexical measures the caret's Range to scroll it into view as one types.
Range.prototype.getBoundingClientRect ??= () => ({
  x: 0,
  y: 0,
  top: 0,
  left: 0,
  bottom: 0,
  right: 0,
  width: 0,
  height: 0,
  toJSON: () => ({}),
});
Range.prototype.getClientRects ??= () =>
  Object.assign([], { item: () => null }) as unknown as DOMRectList;

beforeEach(() => {
  useRealStore();
});

const OTHER_TAB = 'the-other-tab';

async function answerChangedElsewhere() {
  const doc = await call('conversations.create', { templateId: 'blank', personName: 'Dana' });
  const conversationId = doc.conversation.id;
  await call('anticipated.add', {
    conversationId,
    question: 'Why now?',
    preparedAnswer: body('Mine at first.'),
  });
  const question = (await call('conversations.get', { id: conversationId })).questions[0]!;
  renderReal(<PreparedAnswer conversationId={conversationId} question={question} />);
  // The other tab rewrites the answer after this one read it.
  await call('anticipated.update', {
    id: question.id,
    preparedAnswer: body('Their answer.'),
    baseVersion: question.version,
    session: OTHER_TAB,
  });
  const user = userEvent.setup();
  const editor = await waitFor(() => {
    const el = document.querySelector<HTMLElement>('[contenteditable="true"]');
    if (!el) throw new Error('no editor yet');
    return el;
  });
  await user.click(editor);
  await user.keyboard(' And more.');
  await act(() => flushAll());
  const notice = await screen.findByRole('alert', {
    name: /This prepared answer was changed in another tab or window/,
  });
  const stored = async () =>
    plainTextFromLexical(
      (await call('conversations.get', { id: conversationId })).questions[0]!.preparedAnswer,
    );
  return { user, notice, editor, stored };
}

describe('a prepared answer changed in another tab', () => {
  it('keeps the typed answer in view, saves nothing over theirs, then saves mine on Use mine', async () => {
    const { user, notice, stored } = await answerChangedElsewhere();
    expect(
      (within(notice).getByRole('textbox', { name: 'Your unsaved text' }) as HTMLTextAreaElement)
        .value,
    ).toContain('And more.');
    expect(await stored()).toBe('Their answer.');
    await user.click(within(notice).getByRole('button', { name: 'Use mine' }));
    await waitFor(async () => expect(await stored()).toContain('And more.'));
    expect(screen.queryByRole('alert', { name: /changed in another tab/ })).toBeNull();
  });

  it('shows the stored answer on Keep theirs and sends nothing more', async () => {
    const { user, notice, stored } = await answerChangedElsewhere();
    await user.click(within(notice).getByRole('button', { name: 'Keep theirs' }));
    await waitFor(() =>
      expect(document.querySelector('[contenteditable="true"]')?.textContent).toBe('Their answer.'),
    );
    await act(() => flushAll());
    expect(await stored()).toBe('Their answer.');
    expect(screen.queryByRole('alert', { name: /changed in another tab/ })).toBeNull();
  });
});
