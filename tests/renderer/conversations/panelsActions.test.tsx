// @vitest-environment jsdom
import { call, conversationWithActions, renderReal, useRealStore } from '../followups/realStore';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ActionPlanSection } from '../../../src-renderer/src/features/conversations/panels/ActionPlanSection';
import { OverdueStatusItem } from '../../../src-renderer/src/features/followups/OverdueStatusItem';

beforeEach(() => {
  useRealStore();
});

describe('action plan', () => {
  it('adds an item with owner and due date from the keyboard, edits and removes it', async () => {
    const user = userEvent.setup();
    const doc = await conversationWithActions([]);
    const id = doc.conversation.id;
    renderReal(<ActionPlanSection conversationId={id} active />);
    await screen.findByText(/No actions yet/);
    await user.type(
      screen.getByRole('textbox', { name: 'New action' }),
      'Shadow the team lead for a sprint',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Owner of the new action' }),
      'both',
    );
    await user.type(screen.getByLabelText('Due date of the new action'), '2027-02-01');
    await user.keyboard('{Enter}');
    const text = await screen.findByRole('textbox', {
      name: 'Action: Shadow the team lead for a sprint',
    });
    expect((screen.getByRole('textbox', { name: 'New action' }) as HTMLInputElement).value).toBe(
      '',
    );
    let saved = (await call('conversations.get', { id })).actions;
    expect(saved).toMatchObject([
      {
        text: 'Shadow the team lead for a sprint',
        owner: 'both',
        dueDate: '2027-02-01',
        status: 'open',
      },
    ]);

    await user.clear(text);
    await user.type(text, 'Shadow the lead for two sprints{Enter}');
    await waitFor(async () =>
      expect((await call('conversations.get', { id })).actions[0]!.text).toBe(
        'Shadow the lead for two sprints',
      ),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: /^Status of/ }), 'dropped');
    await waitFor(async () =>
      expect((await call('conversations.get', { id })).actions[0]!.status).toBe('dropped'),
    );

    await user.click(
      screen.getByRole('button', { name: 'Remove Shadow the lead for two sprints' }),
    );
    await screen.findByText(/No actions yet/);
    saved = (await call('conversations.get', { id })).actions;
    expect(saved).toEqual([]);
  });

  it('marks overdue items, and marking one done takes it off the overdue count', async () => {
    const user = userEvent.setup();
    const doc = await conversationWithActions([
      { text: 'Send the summary', dueDate: '2026-11-02' },
      { text: 'Book the course', dueDate: '2027-01-10' },
    ]);
    renderReal(
      <>
        <OverdueStatusItem />
        <ActionPlanSection conversationId={doc.conversation.id} active />
      </>,
    );
    await screen.findByRole('button', { name: /^1 overdue action item/ });
    const late = screen.getByRole('textbox', { name: 'Action: Send the summary' }).closest('li')!;
    await waitFor(() => expect(within(late).getByText('Overdue')).toBeTruthy());
    const onTime = screen.getByRole('textbox', { name: 'Action: Book the course' }).closest('li')!;
    expect(within(onTime).queryByText('Overdue')).toBeNull();

    within(late).getByRole('checkbox', { name: 'Done: Send the summary' }).focus();
    await user.keyboard(' ');
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /overdue action item/ })).toBeNull(),
    );
    expect(within(late).queryByText('Overdue')).toBeNull();
    expect((await call('followups.list', {})).overdueCount).toBe(0);
  });

  it('shows the unfinished items of the last conversation with the same person and closes them from here', async () => {
    const user = userEvent.setup();
    const first = await conversationWithActions(
      [{ text: 'Find a mentor', dueDate: '2026-10-01' }, { text: 'Read the strategy memo' }],
      {
        title: 'September',
        startsAt: '2026-09-01T10:00',
      },
    );
    await call('conversations.markHeld', { id: first.conversation.id, heldOn: '2026-09-01' });
    const next = await call('conversations.create', {
      templateId: 'blank',
      personName: 'Dana',
      startsAt: '2026-12-01T10:00',
    });
    renderReal(<ActionPlanSection conversationId={next.conversation.id} active />);
    const carried = await screen.findByRole('region', {
      name: 'Carried over from earlier conversations',
    });
    expect(within(carried).getByText('Find a mentor')).toBeTruthy();
    expect(within(carried).getByText('Read the strategy memo')).toBeTruthy();
    expect(within(carried).getAllByRole('button', { name: 'September' })).toHaveLength(2);
    await waitFor(() => expect(within(carried).getByText(/Overdue since/)).toBeTruthy());

    await user.click(within(carried).getByRole('button', { name: 'Mark done: Find a mentor' }));
    await waitFor(() =>
      expect(
        within(carried).queryByRole('button', { name: 'Mark done: Find a mentor' }),
      ).toBeNull(),
    );
    expect(within(carried).getByText(/^Done/)).toBeTruthy();
    expect(
      (await call('conversations.get', { id: first.conversation.id })).actions[0]!.status,
    ).toBe('done');
  });
});
