// @vitest-environment jsdom
// The progress chart in the Rehearse history, against the real main side: every kind of session
// (a conversation's, a surprise mix, the questions due) is drawn in the side bar, and a session's
// pane draws the rehearsals of its own kind.
import { call, renderReal, useRealStore } from '../followups/realStore';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Args } from '../../../src-main/shared/contract';
import type { Grade } from '../../../src-main/shared/questions/questionBank';
import type { RehearsalSettings } from '../../../src-main/shared/rehearsal/rehearsal';
import { RehearsalView } from '../../../src-renderer/src/features/rehearsal/RehearsalView';
import { SessionPane } from '../../../src-renderer/src/features/rehearsal/SessionPane';
import '../../../src-renderer/src/features/rehearsal/rehearsal.contribution';

const SETTINGS: RehearsalSettings = {
  count: 1,
  timeBoxSec: 120,
  order: 'script',
  followUps: false,
  voice: false,
  seed: 1,
};

/** A session of one question, answered in `seconds` and graded. */
async function rehearsed(
  args: Omit<Args<'rehearsal.begin'>, 'settings'>,
  grade: Grade,
  seconds: number,
) {
  const { session } = await call('rehearsal.begin', { ...args, settings: SETTINGS });
  if (!session) throw new Error('nothing to rehearse');
  const q = session.questions[0]!;
  await call('rehearsal.record', {
    sessionId: session.id,
    position: 0,
    questionId: q.id,
    answer: 'An answer.',
    startedAt: 1_000,
    endedAt: 1_000 + seconds * 1000,
    timeMs: seconds * 1000,
    timedOut: false,
    revealed: false,
    grade,
  });
  await call('rehearsal.finish', { id: session.id });
  store.clock.advance(3_600_000); // the next one an hour later
  return session;
}

let store: ReturnType<typeof useRealStore>;
beforeEach(() => {
  store = useRealStore();
});

describe('the history’s progress chart', () => {
  it('draws every kind of session in the side bar, and a session’s own kind in its pane', async () => {
    const talk = await call('conversations.create', { templateId: 'grow', title: 'Growth talk' });
    // A meeting the day after the store's clock (21 Nov 2026) makes its question due now, so a due
    // practice has something to ask.
    const meeting = await call('conversations.create', {
      templateId: 'blank',
      title: 'Pay talk',
      startsAt: '2026-11-22T10:00',
      timeZone: 'UTC',
    });
    await call('anticipated.add', {
      conversationId: meeting.conversation.id,
      question: 'What are your expectations on pay?',
    });
    await rehearsed({ mode: 'conversation', conversationId: talk.conversation.id }, 'good', 30);
    const surprise = await rehearsed({ mode: 'surprise' }, 'again', 60);
    await rehearsed({ mode: 'due' }, 'easy', 90);
    await rehearsed({ mode: 'surprise' }, 'good', 120);

    const view = renderReal(<RehearsalView />);
    const all = await screen.findByRole('img', { name: /^4 rehearsals/ });
    expect(all.closest('figure')?.querySelector('figcaption')?.textContent).toBe(
      'All your rehearsals over time',
    );
    expect(all.getAttribute('aria-label')).toBe(
      '4 rehearsals: answers graded Good or Easy went from 100% to 100%; average time from 0:30 to 2:00.',
    );
    expect(all.querySelectorAll('rect')).toHaveLength(4);
    view.unmount();

    renderReal(
      <SessionPane input={{ type: 'rehearsal-session', id: surprise.id }} active reveal={null} />,
    );
    const own = await screen.findByRole('img', { name: /^2 rehearsals/ });
    expect(own.getAttribute('aria-label')).toBe(
      '2 rehearsals: answers graded Good or Easy went from 0% to 100%; average time from 1:00 to 2:00.',
    );
    const figure = own.closest('figure') as HTMLElement;
    expect(
      within(figure).getByText('Rehearsals of this kind (Surprise me) over time'),
    ).toBeTruthy();
  });
});
