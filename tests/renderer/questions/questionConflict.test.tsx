// @vitest-environment jsdom
// A question open in two tabs: the stale tab's save is refused, its text stays with a notice.
import { call, renderReal, useRealStore } from '../followups/realStore';
import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { flushAll, openEditor } from '../../../src-renderer/src/workbench/store';
import { QuestionPane } from '../../../src-renderer/src/features/questions/QuestionPane';

beforeEach(() => {
  useRealStore();
});

describe('a question open in two tabs', () => {
  it('keeps the typed tip when the other tab changed the question first, and saves it on Use mine', async () => {
    const mine = await call('questions.create', { text: 'Why did the reorg skip us?' });
    const input = { type: 'question', id: mine.id };
    openEditor(input);
    renderReal(<QuestionPane input={input} active reveal={null} />);
    const tip = await screen.findByRole('textbox', { name: /Tip/ });
    await call('questions.update', {
      id: mine.id,
      tip: 'Their tip',
      baseVersion: 1,
      session: 'the-other-tab',
    });

    const user = userEvent.setup();
    await user.type(tip, 'My tip');
    await act(() => flushAll());
    const notice = await screen.findByRole('alert', {
      name: /This question was changed in another tab or window/,
    });
    expect((tip as HTMLTextAreaElement).value).toBe('My tip');
    expect(
      (within(notice).getByRole('textbox', { name: 'Your unsaved text' }) as HTMLTextAreaElement)
        .value,
    ).toContain('Tip: My tip');
    expect((await call('questions.get', { id: mine.id })).tip).toBe('Their tip');

    await user.click(within(notice).getByRole('button', { name: 'Use mine' }));
    await waitFor(async () =>
      expect((await call('questions.get', { id: mine.id })).tip).toBe('My tip'),
    );
  });
});
