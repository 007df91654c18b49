// @vitest-environment jsdom
// A rehearsal left mid-answer and taken up again from its pane, against the real main side: the
// half-typed answer is back in the answer box to be typed on, and the summary is titled by what was
// rehearsed, as for a rehearsal played in one go.
import { call, renderReal, useRealStore } from '../followups/realStore';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RehearsalSettings } from '../../../src-main/shared/rehearsal/rehearsal';
import { SessionPane } from '../../../src-renderer/src/features/rehearsal/SessionPane';
import { closeRehearsal } from '../../../src-renderer/src/features/rehearsal/overlayHost';
import '../../../src-renderer/src/features/rehearsal/rehearsal.contribution';

const SETTINGS: RehearsalSettings = {
  count: 2,
  timeBoxSec: 120,
  order: 'script',
  followUps: false,
  voice: false,
  seed: 1,
};

beforeEach(() => {
  useRealStore();
});

describe('a rehearsal resumed mid-answer', () => {
  it('puts the draft back in the answer box to type on, and titles its summary by the conversation', async () => {
    const user = userEvent.setup();
    const talk = await call('conversations.create', { templateId: 'grow', title: 'Growth talk' });
    const { session } = await call('rehearsal.begin', {
      mode: 'conversation',
      conversationId: talk.conversation.id,
      settings: SETTINGS,
    });
    if (!session) throw new Error('nothing to rehearse');
    const first = session.questions[0];
    if (!first) throw new Error('a question expected');
    // As the page records it when the window closes mid-answer: the draft so far, ungraded.
    const now = Date.now();
    await call('rehearsal.record', {
      sessionId: session.id,
      position: 0,
      questionId: first.id,
      answer: 'Half an answer',
      startedAt: now,
      endedAt: now + 40_000,
      timeMs: 40_000,
      timedOut: false,
      revealed: false,
    });
    await call('rehearsal.leave', { id: session.id });

    renderReal(
      <SessionPane input={{ type: 'rehearsal-session', id: session.id }} active reveal={null} />,
    );
    await user.click(await screen.findByRole('button', { name: 'Resume rehearsal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rehearsal: Growth talk' });
    expect(within(dialog).getByRole('heading', { name: first.text })).toBeTruthy();
    const box = within(dialog).getByRole('textbox', { name: 'Your answer' }) as HTMLTextAreaElement;
    expect(box.value).toBe('Half an answer');
    // The time already used stays used: 40 of 120 seconds, paused until the person goes on.
    expect(within(dialog).getByText('Question 1 of 2 · paused')).toBeTruthy();
    expect(within(dialog).getByText('1:20 · paused')).toBeTruthy();
    await user.click(box);
    await user.keyboard('{End}, finished now.');
    expect(box.value).toBe('Half an answer, finished now.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await within(dialog).findByRole('group', { name: /How did that go/ });
    await user.keyboard('3');
    await user.keyboard('{Enter}');
    await within(dialog).findByRole('heading', { name: session.questions[1]?.text });
    await user.keyboard('Second.{Control>}{Enter}{/Control}');
    await within(dialog).findByRole('group', { name: /How did that go/ });
    await user.keyboard('3');
    await user.keyboard('{Enter}');
    await within(dialog).findByRole('heading', { name: 'Rehearsal summary: Growth talk' });
    const done = await call('rehearsal.get', { id: session.id });
    expect(done.answers.map((a) => [a.answer, a.grade])).toEqual([
      ['Half an answer, finished now.', 'good'],
      ['Second.', 'good'],
    ]);
    await waitFor(() => expect(done.status).toBe('finished'));
    closeRehearsal();
  });
});
