// @vitest-environment jsdom
// Mark done takes the row out of the list: the focus goes on to the next row's button (across the
// Overdue and Open groups), else the previous one, else the summary, never to the page's body.
import { conversationWithActions, renderReal, useRealStore } from './realStore';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FollowUpsView } from '../../../src-renderer/src/features/followups/FollowUpsView';

beforeEach(() => {
  useRealStore();
});

const doneButton = (text: string) => screen.getByRole('button', { name: `Mark done: ${text}` });

describe('follow-ups focus', () => {
  it('moves to the next row, then the previous one, then the summary', async () => {
    const user = userEvent.setup();
    await conversationWithActions([
      { text: 'Send the summary', dueDate: '2026-11-02' },
      { text: 'Book the course', dueDate: '2026-12-15' },
      { text: 'Ask about the team lead role' },
    ]);
    renderReal(<FollowUpsView />);
    await screen.findByText('3 open, 1 overdue');

    // The only overdue one: the next row is the first of the Open group.
    await user.click(doneButton('Send the summary'));
    await screen.findByText('2 open, 0 overdue');
    await waitFor(() => expect(document.activeElement).toBe(doneButton('Book the course')));

    // The last row: the one before it.
    doneButton('Ask about the team lead role').focus();
    await user.keyboard('{Enter}');
    await screen.findByText('1 open, 0 overdue');
    await waitFor(() => expect(document.activeElement).toBe(doneButton('Book the course')));

    // None left: the summary, which now says so.
    await user.keyboard(' ');
    const summary = await screen.findByText('Nothing open.');
    await waitFor(() => expect(document.activeElement).toBe(summary));
  });
});
