// @vitest-environment jsdom
// A follow-up as its own turn, against the real main side: answered from the keyboard only, its own
// countdown and labels, reviewed with why it was asked, graded with its question for the schedule,
// and listed under its question in the summary.
import { call, renderReal, useRealStore } from '../followups/realStore';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlayThrough } from '../../../src-renderer/src/features/rehearsal/PlayThrough';
import { Summary } from '../../../src-renderer/src/features/rehearsal/Summary';
import type { RehearsalSession } from '../../../src-main/shared/rehearsal/rehearsal';
import { manualClock } from './overlayHarness';
import { intervalText } from '../../../src-main/shared/practice/gradePreview';

afterEach(() => cleanup());

const SETTINGS = {
  count: 1,
  timeBoxSec: 60,
  order: 'script' as const,
  followUps: true,
  voice: false,
  seed: 1,
};

describe('a follow-up turn', () => {
  it('is asked after a graded answer with no figure, answered and graded by keys, and joins the summary', async () => {
    const t = useRealStore();
    const session = await call('rehearsal.start', {
      questionIds: ['grow-reality-01'],
      settings: SETTINGS,
    });
    const clock = manualClock();
    const onFinished = vi.fn<(s: RehearsalSession) => void>();
    renderReal(
      <PlayThrough session={session} clock={clock} onFinished={onFinished} onLeft={() => {}} />,
    );
    const user = userEvent.setup();
    const parentText = session.questions[0]!.text;
    await screen.findByRole('heading', { name: parentText });
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Your answer' })),
    );
    await user.keyboard(
      'For example, last quarter I rebuilt the release checklist with the support team.',
    );
    clock.advance(20_000);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByRole('group', { name: /How did that go/ });
    await user.keyboard('4');
    await screen.findByText(/^Rated Easy/);
    // The last question, but Enter asks its follow-up before the summary.
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'On to the follow-up' }),
    );
    await user.keyboard('{Enter}');

    // The follow-up turn: its words as the heading, the label, the question in small print.
    const heading = await screen.findByRole('heading', { name: 'Can you put a number on that?' });
    expect(screen.getByText('Follow-up · question 1 of 1')).toBeTruthy();
    expect(screen.getByText(parentText)).toBeTruthy();
    const box = screen.getByRole('textbox', { name: 'Your answer to the follow-up' });
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(heading.closest('section')?.getAttribute('aria-labelledby')).toBe(heading.id);
    // Its own countdown, from a full time box.
    expect(screen.getByText(/1:00|60 s/)).toBeTruthy();
    await user.keyboard('About 30 percent fewer failed releases.');
    clock.advance(7_000);
    await user.keyboard('{Control>}{Enter}{/Control}');

    await screen.findByText(/Why it was asked: Your answer had no figure/);
    await screen.findByText(/Cites evidence/);
    // Its buttons give the question's interval for the pair: Easy cannot go past the question's Easy.
    const pair = await call('rehearsal.probePreview', { sessionId: session.id, position: 0 });
    expect(pair.intervals.easy).toBeGreaterThan(pair.intervals.again);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^Again/ }).textContent).toContain(
        intervalText(pair.intervals.again),
      ),
    );
    await user.keyboard('2');
    await screen.findByText(/^Rated Hard/);
    expect((await call('questions.get', { id: 'grow-reality-01' })).lastGrade).toBe('hard');
    // Undone: the question is scheduled by its own grade again, and the follow-up waits for one.
    await user.keyboard('u');
    await screen.findByRole('group', { name: /How did that go/ });
    await waitFor(async () =>
      expect((await call('questions.get', { id: 'grow-reality-01' })).lastGrade).toBe('easy'),
    );
    await user.keyboard('1');
    await screen.findByText(`Rated Again: next practice in ${intervalText(pair.intervals.again)}.`);
    expect(screen.getByRole('button', { name: 'See the summary' })).toBeTruthy();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onFinished).toHaveBeenCalled());

    const stored = await call('rehearsal.get', { id: session.id });
    expect(stored.answers[0]).toMatchObject({ grade: 'easy' });
    expect(stored.answers[0]?.probe).toMatchObject({
      text: 'Can you put a number on that?',
      answer: 'About 30 percent fewer failed releases.',
      timeMs: 7_000,
      grade: 'again',
    });
    // One review of the question, at the lower grade of the two.
    expect((await call('questions.get', { id: 'grow-reality-01' })).lastGrade).toBe('again');
    expect(t.store).toBeTruthy();

    cleanup();
    renderReal(<Summary session={stored} title="Practice" onClose={() => {}} />);
    const table = screen.getByRole('table', { name: 'Each question of this rehearsal' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Question'),
      expect.stringContaining(parentText),
      expect.stringMatching(/Follow-up: Can you put a number on that\?.*0:07.*Again/),
    ]);
  });

  it('resumes a session left mid-probe at the follow-up, paused, its answer box ready', async () => {
    useRealStore();
    const session = await call('rehearsal.start', {
      questionIds: ['grow-reality-01', 'grow-goal-01'],
      settings: { ...SETTINGS, count: 2 },
    });
    const args = {
      sessionId: session.id,
      position: 0,
      questionId: 'grow-reality-01',
      answer: 'For example, last quarter I rebuilt the release checklist with the support team.',
      startedAt: 1,
      endedAt: 2,
      timeMs: 9_000,
      timedOut: false,
      revealed: false,
      followUp: 'Can you put a number on that?',
      followUpReason: 'no-number' as const,
      grade: 'good' as const,
    };
    await call('rehearsal.record', args);
    await call('rehearsal.leave', { id: session.id });
    const resumed = await call('rehearsal.resume', { id: session.id });
    renderReal(
      <PlayThrough
        session={resumed}
        clock={manualClock()}
        onFinished={() => {}}
        onLeft={() => {}}
      />,
    );
    await screen.findByRole('heading', { name: 'Can you put a number on that?' });
    expect(screen.getByText('Follow-up · question 1 of 2')).toBeTruthy();
    expect(screen.getByText('Paused')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Your answer to the follow-up' })).toBeTruthy();
  });

  it('resumes a follow-up answered but not graded with its answer back in the box', async () => {
    useRealStore();
    const session = await call('rehearsal.start', {
      questionIds: ['grow-reality-01', 'grow-goal-01'],
      settings: { ...SETTINGS, count: 2 },
    });
    await call('rehearsal.record', {
      sessionId: session.id,
      position: 0,
      questionId: 'grow-reality-01',
      answer: 'For example, last quarter I rebuilt the release checklist with the support team.',
      startedAt: 1,
      endedAt: 2,
      timeMs: 9_000,
      timedOut: false,
      revealed: false,
      followUp: 'Can you put a number on that?',
      followUpReason: 'no-number' as const,
      grade: 'good' as const,
    });
    await call('rehearsal.recordProbe', {
      sessionId: session.id,
      position: 0,
      answer: 'About a third fewer',
      startedAt: 3,
      endedAt: 4,
      timeMs: 12_000,
      timedOut: false,
      revealed: false,
      grade: null,
    });
    await call('rehearsal.leave', { id: session.id });
    const resumed = await call('rehearsal.resume', { id: session.id });
    renderReal(
      <PlayThrough
        session={resumed}
        clock={manualClock()}
        onFinished={() => {}}
        onLeft={() => {}}
      />,
    );
    await screen.findByRole('heading', { name: 'Can you put a number on that?' });
    const box = screen.getByRole('textbox', { name: 'Your answer to the follow-up' });
    expect((box as HTMLTextAreaElement).value).toBe('About a third fewer');
    // Its time used is kept: 12 s of the minute are gone.
    expect(screen.getByText(/0:48|48 s/)).toBeTruthy();
  });

  it('speaks the follow-up as its own turn when read-aloud is on', async () => {
    useRealStore();
    const spoken: string[] = [];
    class Utterance {
      constructor(readonly text: string) {}
    }
    const synth = {
      getVoices: () => [{}],
      speak: (u: Utterance) => spoken.push(u.text),
      cancel: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    Object.assign(window, { speechSynthesis: synth, SpeechSynthesisUtterance: Utterance });
    Object.assign(globalThis, { SpeechSynthesisUtterance: Utterance });
    try {
      const session = await call('rehearsal.start', {
        questionIds: ['grow-reality-01'],
        settings: { ...SETTINGS, voice: true },
      });
      renderReal(
        <PlayThrough
          session={session}
          clock={manualClock()}
          onFinished={() => {}}
          onLeft={() => {}}
        />,
      );
      const user = userEvent.setup();
      const box = await screen.findByRole('textbox', { name: 'Your answer' });
      await waitFor(() => expect(document.activeElement).toBe(box));
      await user.keyboard(
        'For example, last quarter I rebuilt the release checklist with the support team.',
      );
      await user.keyboard('{Control>}{Enter}{/Control}');
      await screen.findByRole('group', { name: /How did that go/ });
      await user.keyboard('3');
      await screen.findByText(/^Rated Good/);
      await user.keyboard('{Enter}');
      await screen.findByRole('heading', { name: 'Can you put a number on that?' });
      expect(spoken).toEqual([session.questions[0]!.text, 'Can you put a number on that?']);
      // Muted and unmuted, answered, graded and the grade undone: the follow-up is not said again.
      await user.keyboard('{Escape}');
      await user.keyboard('m');
      await screen.findByRole('button', { name: 'Mute reading aloud', pressed: true });
      await user.keyboard('m');
      await screen.findByRole('button', { name: 'Mute reading aloud', pressed: false });
      await user.click(screen.getByRole('textbox', { name: 'Your answer to the follow-up' }));
      await user.keyboard('Nine of ten.{Control>}{Enter}{/Control}');
      await screen.findByRole('group', { name: /How did that go/ });
      await user.keyboard('3');
      await screen.findByText(/^Rated Good/);
      await user.keyboard('u');
      await screen.findByRole('group', { name: /How did that go/ });
      await user.keyboard('3');
      await screen.findByText(/^Rated Good/);
      expect(spoken).toEqual([session.questions[0]!.text, 'Can you put a number on that?']);
    } finally {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    }
  });
});
