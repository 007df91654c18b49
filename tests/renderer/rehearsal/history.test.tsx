// @vitest-environment jsdom
// The Rehearse side bar's history against the real main side: each past rehearsal is named as the
// person started it, and opening one puts the keyboard in its pane.
import { call, renderReal, useRealStore } from '../followups/realStore';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Args } from '../../../src-main/shared/contract';
import type { RehearsalSettings } from '../../../src-main/shared/rehearsal/rehearsal';
import { RehearsalView } from '../../../src-renderer/src/features/rehearsal/RehearsalView';
import { SessionPane } from '../../../src-renderer/src/features/rehearsal/SessionPane';
import { closeRehearsal } from '../../../src-renderer/src/features/rehearsal/overlayHost';
import { Summary } from '../../../src-renderer/src/features/rehearsal/Summary';
import { EditorArea } from '../../../src-renderer/src/workbench/EditorArea';
import '../../../src-renderer/src/features/rehearsal/rehearsal.contribution';

const SETTINGS: RehearsalSettings = {
  count: 2,
  timeBoxSec: 120,
  order: 'script',
  followUps: true,
  voice: false,
  seed: 1,
};

async function begin(args: Omit<Args<'rehearsal.begin'>, 'settings'>) {
  const { session } = await call('rehearsal.begin', { ...args, settings: SETTINGS });
  if (!session) throw new Error('nothing to rehearse');
  return session;
}

/** What each history item says it practised: the part between the time and the counts. */
async function historyNames(count: number): Promise<string[]> {
  const list = await screen.findByRole('list', { name: 'Past rehearsals' });
  await waitFor(() =>
    expect(within(list).queryAllByRole('button', { name: /answered/ })).toHaveLength(count),
  );
  return within(list)
    .getAllByRole('button', { name: /answered/ })
    .map((b) => /: ([^,]+), \d+ of/.exec(b.textContent ?? '')?.[1] ?? '');
}

beforeEach(() => {
  useRealStore();
});

describe('past rehearsals', () => {
  it('are named as they were started, in the side bar and in their pane', async () => {
    const surprise = await begin({ mode: 'surprise' });
    await begin({ mode: 'filter', filter: { framework: 'grow', step: 'will' } });
    const talk = await call('conversations.create', { templateId: 'grow', title: 'Growth talk' });
    await begin({ mode: 'conversation', conversationId: talk.conversation.id });
    const old = await call('conversations.create', { templateId: 'grow', title: 'Old talk' });
    await begin({ mode: 'conversation', conversationId: old.conversation.id });
    await call('conversations.trash', { id: old.conversation.id });

    renderReal(<RehearsalView />);
    expect((await historyNames(4)).sort()).toEqual([
      'A removed conversation',
      'Growth talk',
      'Questions by category or step',
      'Surprise me',
    ]);

    renderReal(
      <SessionPane input={{ type: 'rehearsal-session', id: surprise.id }} active reveal={null} />,
    );
    expect(await screen.findByText(/^Surprise me · not finished · 0 of 2 answered/)).toBeTruthy();
  });

  it('opened from the side bar, take the keyboard focus to the session pane', async () => {
    const user = userEvent.setup();
    await begin({ mode: 'surprise' });
    renderReal(
      <>
        <RehearsalView />
        <EditorArea />
      </>,
    );
    await historyNames(1);
    const open = screen.getByRole('button', { name: /answered/ });
    open.focus();
    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { level: 2, name: /^Rehearsal of / });
    await waitFor(() => expect(document.activeElement).toBe(heading));

    // Opened again while its tab is open already: focus follows again.
    open.focus();
    await user.click(open);
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('draws the conversation’s progress from its real sessions, and says it in words', async () => {
    const talk = await call('conversations.create', { templateId: 'grow', title: 'Growth talk' });
    const grades = [
      ['again', 'hard'],
      ['good', 'easy'],
    ] as const;
    let last = null as Awaited<ReturnType<typeof begin>> | null;
    for (const [i, pair] of grades.entries()) {
      const s = await begin({ mode: 'conversation', conversationId: talk.conversation.id });
      for (const [position, grade] of pair.entries()) {
        const q = s.questions[position]!;
        await call('rehearsal.record', {
          sessionId: s.id,
          position,
          questionId: q.id,
          answer: 'An answer.',
          startedAt: 1_000,
          endedAt: 1_000 + (i + 1) * 30_000,
          timeMs: (i + 1) * 30_000,
          timedOut: false,
          revealed: false,
          grade,
        });
      }
      await call('rehearsal.finish', { id: s.id });
      last = s;
    }
    const session = await call('rehearsal.get', { id: last!.id });
    renderReal(<Summary session={session} title="Growth talk" onClose={() => undefined} />);
    const chart = await screen.findByRole('img', { name: /^2 rehearsals/ });
    expect(chart.getAttribute('aria-label')).toBe(
      '2 rehearsals: answers graded Good or Easy went from 0% to 100%; average time from 0:30 to 1:00.',
    );
    expect(chart.querySelectorAll('rect')).toHaveLength(2);
    expect(chart.querySelector('path')).toBeTruthy();
  });

  it('are deleted from the side bar after a confirmation, and a cancel keeps them', async () => {
    const user = userEvent.setup();
    await begin({ mode: 'surprise' });
    await begin({ mode: 'due' }).catch(() => undefined);
    await begin({ mode: 'filter', filter: { framework: 'grow' } });
    renderReal(<RehearsalView />);
    const before = await historyNames(2);
    expect(before).toHaveLength(2);
    const deletes = () => screen.getAllByRole('button', { name: /^Delete the rehearsal of / });
    await user.click(deletes()[1]!);
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await historyNames(2)).toHaveLength(2);
    await user.click(deletes()[1]!);
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: /delete/i }));
    // The row chosen is the one gone, in the side bar and in the store.
    expect(await historyNames(1)).toEqual([before[0]]);
    const left = await call('rehearsal.history', { all: true });
    expect(left).toHaveLength(1);
    expect(left[0]!.mode).toBe(before[0] === 'Surprise me' ? 'surprise' : 'filter');
  });
});

describe('a rehearsal left early', () => {
  it('resumes from its pane at the first question without a grade, and finishes with every answer kept', async () => {
    const user = userEvent.setup();
    const session = await begin({ mode: 'filter', filter: { framework: 'grow', step: 'will' } });
    const first = session.questions[0];
    const second = session.questions[1];
    if (!first || !second) throw new Error('two questions expected');
    const now = Date.now();
    await call('rehearsal.record', {
      sessionId: session.id,
      position: 0,
      questionId: first.id,
      answer: 'Shipped the audit by March.',
      startedAt: now,
      endedAt: now + 1000,
      timeMs: 30_000,
      timedOut: false,
      revealed: false,
      grade: 'good',
    });
    await call('rehearsal.leave', { id: session.id });

    renderReal(
      <SessionPane input={{ type: 'rehearsal-session', id: session.id }} active reveal={null} />,
    );
    await user.click(await screen.findByRole('button', { name: 'Resume rehearsal' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Rehearsal: Questions by category or step',
    });
    expect(within(dialog).getByRole('heading', { name: second.text })).toBeTruthy();
    // It waits, paused, until the person is ready.
    await user.click(within(dialog).getByRole('button', { name: 'Resume' }));
    const box = within(dialog).getByRole('textbox');
    await user.type(box, 'Next quarter, with my lead.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await within(dialog).findByRole('group', { name: /How did that go/ });
    await user.keyboard('3');
    await user.click(await within(dialog).findByRole('button', { name: 'See the summary' }));
    await within(dialog).findByRole('heading', { name: /^Rehearsal summary/ });
    const done = await call('rehearsal.get', { id: session.id });
    expect(done.status).toBe('finished');
    expect(done.answers.map((a) => [a.position, a.grade])).toEqual([
      [0, 'good'],
      [1, 'good'],
    ]);
    closeRehearsal();
  });

  it('offers Mark as finished, not Resume, when every question has its grade but Finish never came', async () => {
    const user = userEvent.setup();
    const session = await begin({ mode: 'filter', filter: { framework: 'grow', step: 'will' } });
    const now = Date.now();
    for (const [position, q] of session.questions.entries()) {
      await call('rehearsal.record', {
        sessionId: session.id,
        position,
        questionId: q.id,
        answer: `Answer ${position}`,
        startedAt: now,
        endedAt: now + 1000,
        timeMs: 30_000,
        timedOut: false,
        revealed: false,
        grade: 'good',
      });
    }
    await call('rehearsal.leave', { id: session.id });
    renderReal(
      <SessionPane input={{ type: 'rehearsal-session', id: session.id }} active reveal={null} />,
    );
    await screen.findByText(/· left before the end ·/);
    expect(screen.queryByRole('button', { name: 'Resume rehearsal' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Mark as finished' }));
    await screen.findByText(/· finished ·/);
    expect(screen.queryByRole('button', { name: 'Mark as finished' })).toBeNull();
    expect((await call('rehearsal.get', { id: session.id })).status).toBe('finished');
  });

  it('offers no Resume once finished', async () => {
    const session = await begin({ mode: 'surprise' });
    await call('rehearsal.finish', { id: session.id });
    renderReal(
      <SessionPane input={{ type: 'rehearsal-session', id: session.id }} active reveal={null} />,
    );
    await screen.findByText(/· finished ·/);
    expect(screen.queryByRole('button', { name: 'Resume rehearsal' })).toBeNull();
  });
});
