// @vitest-environment jsdom
import { call, renderReal, useRealStore } from '../followups/realStore';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getCommands, getEditor, getViews } from '../../../src-renderer/src/workbench/registry';
import { openEditor, useWorkbench } from '../../../src-renderer/src/workbench/store';
import '../../../src-renderer/src/features/conversations/conversations.contribution';
import { ConversationsView } from '../../../src-renderer/src/features/conversations/ConversationsView';

beforeEach(() => {
  useRealStore();
});

describe('conversations contribution', () => {
  it('registers the view, the editor type and the commands with their exact titles', () => {
    const titles = getCommands().map((c) => c.title);
    for (const title of [
      'Conversation: New from Template...',
      'Conversation: Mark as Held',
      'Conversation: Add Evidence...',
      'Conversation: Save as Template...',
    ]) {
      expect(titles).toContain(title);
    }
    expect(getViews().find((v) => v.id === 'conversations')?.title).toBe('Conversations');
    expect(getEditor('conversation')).toBeDefined();
  });

  it('hides the commands that need an open conversation until one is active', async () => {
    const needsOne = getCommands().filter((c) =>
      [
        'Conversation: Mark as Held',
        'Conversation: Add Evidence...',
        'Conversation: Save as Template...',
      ].includes(c.title),
    );
    expect(needsOne.map((c) => c.when?.())).toEqual([false, false, false]);
    const doc = await call('conversations.create', { templateId: 'blank', personName: 'Dana' });
    openEditor({ type: 'conversation', id: doc.conversation.id });
    expect(needsOne.map((c) => c.when?.())).toEqual([true, true, true]);
  });
});

describe('conversations view', () => {
  it('shows upcoming, past, and each person in date order, and opens a row from the keyboard', async () => {
    const held = await call('conversations.create', {
      templateId: 'blank',
      title: 'Spring check-in',
      personName: 'Dana',
      startsAt: '2026-03-02T10:00',
    });
    await call('conversations.markHeld', { id: held.conversation.id });
    const next = await call('conversations.create', {
      templateId: 'grow',
      title: 'Growth plan',
      personName: 'Dana',
      startsAt: '2026-12-01T09:30',
    });
    await call('conversations.create', {
      templateId: 'blank',
      title: 'Mentoring kickoff',
      personName: 'Sam',
    });
    const user = userEvent.setup();
    renderReal(<ConversationsView />);

    const list = await screen.findByRole('listbox', { name: 'Conversations' });
    const groups = within(list).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual([
      'Upcoming',
      'Past',
      'With Dana',
      'With Sam',
    ]);
    const titles = (group: HTMLElement) =>
      within(group)
        .getAllByRole('option')
        .map((o) => o.querySelector('.ladder-tree__title')?.textContent);
    expect(titles(groups[0]!)).toEqual(['Growth plan', 'Mentoring kickoff']);
    expect(titles(groups[1]!)).toEqual(['Spring check-in']);
    expect(titles(groups[2]!)).toEqual(['Spring check-in', 'Growth plan']);
    expect(within(groups[1]!).getByRole('img', { name: 'Held' })).toBeTruthy();

    const first = within(list).getAllByRole('option')[0]!;
    expect(first.tabIndex).toBe(0);
    first.focus();
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(useWorkbench.getState().activeTab).toBe(`conversation:${next.conversation.id}`);
    await waitFor(() => expect(first.getAttribute('aria-selected')).toBe('true'));
  });

  it('invites a first conversation when there is none', async () => {
    renderReal(<ConversationsView />);
    expect(await screen.findByText(/No conversations yet/)).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'New conversation' })).toHaveLength(2);
  });
});
