// @vitest-environment jsdom
import { call, renderReal, useRealStore } from '../followups/realStore';
import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SinceLastTimeSection } from '../../../src-renderer/src/features/conversations/panels/SinceLastTimeSection';
import {
  ChecklistSection,
  readableDetail,
} from '../../../src-renderer/src/features/conversations/panels/ChecklistSection';
import { shortWhen } from '../../../src-renderer/src/features/conversations/whenLabel';
import { getConversationSections } from '../../../src-renderer/src/features/conversations/sections';
import { settleQuickPick, useWorkbench } from '../../../src-renderer/src/workbench/store';
import '../../../src-renderer/src/features/conversations/panels/panels.contribution';

beforeEach(() => {
  useRealStore();
});

async function heldThenNext() {
  const first = await call('conversations.create', {
    templateId: 'blank',
    title: 'Spring check-in',
    personName: 'Dana',
    startsAt: '2026-09-01T10:00',
  });
  await call('conversations.markHeld', { id: first.conversation.id, heldOn: '2026-09-01' });
  await call('journal.create', { kind: 'accomplishment', title: 'Old win', date: '2026-08-01' });
  const win = await call('journal.create', {
    kind: 'accomplishment',
    title: 'Cut build time in half',
    date: '2026-10-02',
    fields: { impact: '40 minutes saved a day' },
  });
  const praise = await call('journal.create', {
    kind: 'praise',
    title: 'Thanks from support',
    date: '2026-10-20',
  });
  await call('journal.create', { kind: 'reflection', title: 'Not evidence', date: '2026-10-21' });
  const next = await call('conversations.create', {
    templateId: 'grow',
    title: 'Autumn',
    personName: 'Dana',
    startsAt: '2026-12-01T10:00',
  });
  return { next, win, praise };
}

describe('since last time', () => {
  it('lists the evidence written since the last held conversation and adds one to a chosen agenda item', async () => {
    const user = userEvent.setup();
    const { next, win, praise } = await heldThenNext();
    const id = next.conversation.id;
    renderReal(<SinceLastTimeSection conversationId={id} active />);
    const list = await screen.findByRole('list', { name: 'Entries since last time' });
    expect(
      screen.getByText(/Written since your last conversation on .* \(Spring check-in\)/),
    ).toBeTruthy();
    const titles = within(list)
      .getAllByRole('button', { name: /^(Cut build|Thanks)/ })
      .map((b) => b.textContent);
    expect(titles).toEqual(['Thanks from support', 'Cut build time in half']);
    expect(within(list).getByText('40 minutes saved a day')).toBeTruthy();
    expect(within(list).queryByText('Old win')).toBeNull();
    expect(within(list).queryByText('Not evidence')).toBeNull();

    await user.click(
      screen.getByRole('button', { name: 'Add Cut build time in half to an agenda item' }),
    );
    await waitFor(() => expect(useWorkbench.getState().quickPick).not.toBeNull());
    const choices = useWorkbench.getState().quickPick!.items;
    expect(choices.map((c) => c.label)).toEqual(['Goal', 'Reality', 'Options', 'Will']);
    act(() => settleQuickPick(choices[1]!.value));
    await screen.findByText(/On the agenda: Reality/);
    const doc = await call('conversations.get', { id });
    expect(doc.items[1]!.evidence.map((e) => e.id)).toEqual([win.id]);
    expect(praise.id).not.toBe(win.id);

    await user.click(screen.getByRole('button', { name: 'Thanks from support' }));
    expect(useWorkbench.getState().activeTab).toBe(`entry:${praise.id}`);
  });

  it('without an earlier held conversation every entry counts; without agenda items it says what to do', async () => {
    const user = userEvent.setup();
    await call('journal.create', {
      kind: 'lesson',
      title: 'Shipped too early',
      date: '2026-01-05',
    });
    const doc = await call('conversations.create', { templateId: 'blank', personName: 'Noor' });
    renderReal(<SinceLastTimeSection conversationId={doc.conversation.id} active />);
    await screen.findByText(
      'No earlier held conversation with this person, so every entry counts.',
    );
    await user.click(
      screen.getByRole('button', { name: 'Add Shipped too early to an agenda item' }),
    );
    await waitFor(() =>
      expect(useWorkbench.getState().notifications.at(-1)?.message).toMatch(/agenda has no items/),
    );
  });
});

describe('preparation checklist', () => {
  it('shows live progress and follows a change made elsewhere when the tab is shown again', async () => {
    const { next } = await heldThenNext();
    const id = next.conversation.id;
    const view = renderReal(<ChecklistSection conversationId={id} active />);
    const steps = await screen.findByRole('list', { name: 'Preparation steps' });
    const outcome = within(steps)
      .getByText('State the outcome you expect from the meeting')
      .closest('li')!;
    expect(within(outcome).getByRole('img', { name: 'To do' })).toBeTruthy();
    const accomplishments = within(steps)
      .getByText('List your accomplishments and their impact')
      .closest('li')!;
    expect(within(accomplishments).getByRole('img', { name: 'Done' })).toBeTruthy();
    expect(accomplishments.textContent).toContain(
      `1 accomplishment since ${shortWhen('2026-09-01T00:00')}`,
    );
    const rehearsal = within(steps).getByText('Rehearse the questions you expect').closest('li')!;
    expect(within(rehearsal).getByRole('img', { name: 'To do' })).toBeTruthy();
    expect(rehearsal.textContent).toContain('Not rehearsed yet');
    const progress = screen.getByRole('progressbar', {
      name: 'Preparation progress',
    }) as HTMLProgressElement;
    const before = progress.value;
    expect(progress.max).toBe(12);

    const yearAhead = within(steps)
      .getByText(/^Decide your actions for the coming year/)
      .closest('li')!;
    expect(within(yearAhead).getByRole('img', { name: 'To do' })).toBeTruthy();

    await call('conversations.save', {
      id,
      expectedOutcome: 'Agree on a path to team lead by spring',
    });
    await call('actions.add', {
      conversationId: id,
      text: 'Run the spring planning',
      owner: 'me',
      dueDate: '2027-03-01',
    });
    view.rerender(<ChecklistSection conversationId={id} active={false} />);
    view.rerender(<ChecklistSection conversationId={id} active />);
    await waitFor(() => expect(within(outcome).getByRole('img', { name: 'Done' })).toBeTruthy());
    expect(within(yearAhead).getByRole('img', { name: 'Done' })).toBeTruthy();
    expect(yearAhead.textContent).toContain('1 action of yours due within a year');
    expect(progress.value).toBe(before + 2);
  });

  it('writes the days and times in its details as dates, not database values', () => {
    expect(readableDetail('2026-12-01 09:30')).toBe(`${shortWhen('2026-12-01T00:00')}, 09:30`);
    expect(readableDetail('3 praise entries since 2026-09-01')).toBe(
      `3 praise entries since ${shortWhen('2026-09-01T00:00')}`,
    );
    expect(readableDetail('0 of 4 items with talking points')).toBe(
      '0 of 4 items with talking points',
    );
  });

  it('explains itself instead for a manager-led conversation', async () => {
    const doc = await call('conversations.create', {
      templateId: 'blank',
      myRole: 'manager',
      personName: 'Ari',
    });
    renderReal(<ChecklistSection conversationId={doc.conversation.id} active />);
    await screen.findByText(/You lead this conversation as the manager/);
    expect(screen.queryByRole('list', { name: 'Preparation steps' })).toBeNull();
  });
});

describe('panel registration', () => {
  it('registers the four sections in the pane order', () => {
    const mine = getConversationSections().filter((s) =>
      ['sinceLastTime', 'anticipated', 'checklist', 'actions'].includes(s.id),
    );
    expect(mine.map((s) => [s.title, s.order])).toEqual([
      ['Since last time', 30],
      ['Anticipated questions', 40],
      ['Preparation checklist', 50],
      ['Action plan', 60],
    ]);
  });
});
