// @vitest-environment jsdom
import { call, conversationWithActions, renderReal, useRealStore } from './realStore';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FollowUpsView } from '../../../src-renderer/src/features/followups/FollowUpsView';
import { OverdueStatusItem } from '../../../src-renderer/src/features/followups/OverdueStatusItem';
import { getCommand, getStatusItems, getViews } from '../../../src-renderer/src/workbench/registry';
import { useWorkbench } from '../../../src-renderer/src/workbench/store';
import '../../../src-renderer/src/features/followups/followups.contribution';

beforeEach(() => {
  useRealStore();
});

describe('follow-ups view', () => {
  it('lists open items overdue first, leaves done and dropped ones out, and opens the conversation', async () => {
    const user = userEvent.setup();
    const doc = await conversationWithActions([
      { text: 'Book the course', dueDate: '2026-12-15' },
      { text: 'Send the summary', dueDate: '2026-11-02', owner: 'them' },
      { text: 'Ask about the team lead role' },
      { text: 'Finished already', dueDate: '2026-10-01' },
    ]);
    await call('actions.update', { id: doc.actions[3]!.id, status: 'done' });
    renderReal(<FollowUpsView />);
    await screen.findByText('3 open, 1 overdue');
    const overdue = screen.getByRole('region', { name: 'Overdue (1)' });
    expect(within(overdue).getByText('Send the summary')).toBeTruthy();
    expect(within(overdue).getByText(/Overdue since/)).toBeTruthy();
    const open = screen.getByRole('region', { name: 'Open (2)' });
    expect([...open.querySelectorAll('.followup__text')].map((n) => n.textContent)).toEqual([
      'Book the course',
      'Ask about the team lead role',
    ]);
    expect(screen.queryByText('Finished already')).toBeNull();

    await user.click(screen.getByRole('button', { name: /^Send the summary\./ }));
    expect(useWorkbench.getState().activeTab).toBe(`conversation:${doc.conversation.id}`);
  });

  it('marks an item done from the keyboard and the overdue count goes with it', async () => {
    const user = userEvent.setup();
    await conversationWithActions([
      { text: 'Send the summary', dueDate: '2026-11-02' },
      { text: 'Later', dueDate: '2027-01-10' },
    ]);
    renderReal(
      <>
        <OverdueStatusItem />
        <FollowUpsView />
      </>,
    );
    const status = await screen.findByRole('button', {
      name: '1 overdue action item. Show open follow-ups',
    });
    expect(status.textContent).toBe('1 overdue');
    screen.getByRole('button', { name: 'Mark done: Send the summary' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByText('1 open, 0 overdue');
    expect(screen.queryByRole('button', { name: /overdue action item/ })).toBeNull();
    expect(screen.queryByText('Send the summary')).toBeNull();
    const followUps = await call('followups.list', {});
    expect(followUps.items.map((i) => i.text)).toEqual(['Later']);
  });

  it('says so when nothing is open', async () => {
    renderReal(<FollowUpsView />);
    await screen.findByText('Nothing open.');
    expect(screen.getByText(/wait here until they are done/)).toBeTruthy();
  });
});

describe('follow-ups contribution', () => {
  it('registers the view with an overdue badge, the command and the status item', async () => {
    await conversationWithActions([
      { text: 'Late', dueDate: '2026-11-01' },
      { text: 'Also late', dueDate: '2026-11-03' },
    ]);
    const view = getViews().find((v) => v.id === 'followups');
    expect(view).toMatchObject({ title: 'Follow-ups', icon: 'checklist', order: 30 });
    expect(getStatusItems('left').map((i) => i.id)).toContain('followups.overdue');
    const command = getCommand('followups.show');
    expect(command?.title).toBe('Follow-ups: Show Open Items');
    await command!.run();
    expect(useWorkbench.getState().activeView).toBe('followups');

    function Badge() {
      return <span>badge {view!.useBadge!() ?? 'none'}</span>;
    }
    renderReal(<Badge />);
    await screen.findByText('badge 2');
  });

  it('the status item runs the command', async () => {
    const user = userEvent.setup();
    await conversationWithActions([{ text: 'Late', dueDate: '2026-11-01' }]);
    useWorkbench.setState({ activeView: 'journal' });
    renderReal(<OverdueStatusItem />);
    await user.click(await screen.findByRole('button', { name: /1 overdue/ }));
    await waitFor(() => expect(useWorkbench.getState().activeView).toBe('followups'));
  });
});
