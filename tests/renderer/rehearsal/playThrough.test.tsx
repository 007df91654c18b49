// @vitest-environment jsdom
import { callsTo, fake, question, resetFake } from './fakeRehearsalApi';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshState } from '../journal/renderWithQuery';
import { flushAll } from '../../../src-renderer/src/workbench/store';
import { confirmSettings, manualClock, renderOverlay } from './overlayHarness';
import { ANSWER_COUNTER_FROM } from '../../../src-renderer/src/features/rehearsal/answerLimit';
import { MAX_FIELD } from '../../../src-main/shared/limits';
import { schemas } from '../../../src-main/shared/schemas';

beforeEach(() => {
  resetFake();
  freshState();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const answerBox = () => screen.getByRole('textbox', { name: 'Your answer' });

async function startPlaying(options: Parameters<typeof confirmSettings>[0] = {}) {
  const clock = manualClock();
  const onClose = vi.fn();
  renderOverlay(clock, onClose);
  await confirmSettings(options);
  await screen.findByRole('heading', { name: 'Question number 1?' });
  await waitFor(() => expect(document.activeElement).toBe(answerBox()));
  return { clock, onClose, user: userEvent.setup() };
}

describe('rehearsal play-through keys', () => {
  it('is a modal dialog, and Ctrl+Enter ends the answer and records it with the time taken', async () => {
    const { clock, user } = await startPlaying({ followUps: false });
    expect(
      screen.getByRole('dialog', { name: 'Rehearsal: Growth talk' }).getAttribute('aria-modal'),
    ).toBe('true');
    await user.type(answerBox(), 'We cut costs by 12% in Q3 2026.');
    clock.advance(20_000);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByRole('heading', { name: 'Question number 1?' }); // the review keeps the question
    await waitFor(() => expect(callsTo('rehearsal.record')).toHaveLength(1));
    const [recorded] = callsTo('rehearsal.record');
    expect(recorded).toMatchObject({
      position: 0,
      questionId: 'q1',
      answer: 'We cut costs by 12% in Q3 2026.',
      timeMs: 20_000,
      timedOut: false,
      grade: null,
    });
    expect(screen.getByText('Prepared talking points 1')).toBeTruthy();
    expect(await screen.findByText(/Cites evidence: 12%/)).toBeTruthy();
  });

  it('a window going away mid-answer records what was typed so far, ungraded; a blank box records nothing', async () => {
    const { clock, user } = await startPlaying({ followUps: false });
    await act(() => flushAll({ urgent: true }));
    expect(callsTo('rehearsal.record')).toHaveLength(0);

    await user.type(answerBox(), 'Half an answer');
    clock.advance(12_000);
    await act(() => flushAll({ urgent: true }));
    expect(callsTo('rehearsal.record')).toEqual([
      expect.objectContaining({
        position: 0,
        questionId: 'q1',
        answer: 'Half an answer',
        timeMs: 12_000,
        timedOut: false,
        grade: null,
        followUp: null,
      }),
    ]);
    expect(fake.sessions[0]?.answers).toEqual([
      expect.objectContaining({ position: 0, answer: 'Half an answer', grade: null }),
    ]);
    await act(() => flushAll({ urgent: true })); // the same draft is not sent twice
    expect(callsTo('rehearsal.record')).toHaveLength(1);

    // The rehearsal goes on: ending the answer replaces the draft at the same place.
    await user.type(answerBox(), ', now whole.');
    clock.advance(3_000);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(callsTo('rehearsal.record')).toHaveLength(2));
    expect(callsTo('rehearsal.record')[1]).toMatchObject({
      position: 0,
      answer: 'Half an answer, now whole.',
      timeMs: 15_000,
    });
  });

  it('Space and R type in the answer box; outside it Space pauses and resumes and R peeks', async () => {
    const { clock, user } = await startPlaying();
    await user.type(answerBox(), 'r r');
    expect((answerBox() as HTMLTextAreaElement).value).toBe('r r');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    expect(screen.queryByRole('complementary', { name: 'Prepared answer' })).toBeNull();

    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Question number 1?' }),
    );
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
    clock.advance(50_000); // paused: this time does not count
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    await user.keyboard('r');
    expect(
      within(screen.getByRole('complementary', { name: 'Prepared answer' })).getByText(
        'Prepared talking points 1',
      ),
    ).toBeTruthy();
    clock.advance(5_000);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(callsTo('rehearsal.record')).toHaveLength(1));
    expect(callsTo('rehearsal.record')[0]).toMatchObject({
      answer: 'r r',
      timeMs: 5_000,
      revealed: true,
    });
  });

  it('Escape outside the box asks first; Keep rehearsing stays, Leave keeps the typed draft and ends as left', async () => {
    const { user, onClose } = await startPlaying();
    await user.type(answerBox(), 'Half an answer');
    await user.keyboard('{Escape}{Escape}');
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave this rehearsal?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep rehearsing' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(callsTo('rehearsal.leave')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy(); // running again

    screen.getByRole('heading', { name: 'Question number 1?' }).focus();
    await user.keyboard('{Escape}');
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Leave' }),
    );
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(callsTo('rehearsal.record')).toEqual([
      expect.objectContaining({ position: 0, answer: 'Half an answer' }),
    ]);
    expect(callsTo('rehearsal.leave')).toEqual([{ id: 's1' }]);
    expect(fake.sessions[0]?.status).toBe('left');
  });

  it('grades with keys 1-4 only after an answer, then Enter moves on; the last shows the summary with one row each', async () => {
    const { user } = await startPlaying({ followUps: false });
    await user.keyboard('{Escape}3'); // a grade key while asking does nothing
    expect(callsTo('rehearsal.record')).toHaveLength(0);
    answerBox().focus();
    for (const [i, key] of ['1', '3', '4'].entries()) {
      await screen.findByRole('heading', { name: `Question number ${i + 1}?` });
      await waitFor(() => expect(document.activeElement).toBe(answerBox()));
      await user.type(answerBox(), `Answer ${i + 1}`);
      await user.keyboard('{Control>}{Enter}{/Control}');
      await screen.findByRole('group', { name: /How did that go/ });
      await user.keyboard(key);
      await screen.findByText(/^Rated /);
      await user.keyboard('{Enter}');
    }
    const summary = await screen.findByRole('heading', { name: 'Rehearsal summary: Growth talk' });
    expect(summary).toBeTruthy();
    const graded = callsTo('rehearsal.record').filter((c) => c.grade !== null);
    expect(graded.map((c) => [c.position, c.grade])).toEqual([
      [0, 'again'],
      [1, 'good'],
      [2, 'easy'],
    ]);
    expect(callsTo('rehearsal.finish')).toEqual([{ id: 's1' }]);
    const table = screen.getByRole('table', { name: 'Each question of this rehearsal' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]?.textContent)).toEqual([
      'Again',
      'Good',
      'Easy',
    ]);
    const weakest = screen.getByRole('heading', { name: 'Practise these next' })
      .nextElementSibling as HTMLElement;
    expect(within(weakest).getAllByRole('listitem')[0]?.textContent).toContain(
      'Question number 1?',
    );
  });
});

describe('countdown', () => {
  it('announces the half, the last 15 seconds and the time-out, and records a timed-out answer', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    const clock = { now: () => Date.now(), wall: () => Date.now() };
    renderOverlay(clock);
    await confirmSettings({ seconds: 60, followUps: false });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    fireEvent.change(answerBox(), { target: { value: 'Still thinking' } });
    const live = () => screen.getByRole('status').textContent;
    const bar = () => screen.getByRole('progressbar', { name: 'Time used' });
    await act(() => vi.advanceTimersByTimeAsync(29_000));
    expect(live()).toBe('');
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(live()).toBe('Half the time is gone. 30 seconds left.');
    expect(bar().getAttribute('aria-valuenow')).toBe('50');
    await act(() => vi.advanceTimersByTimeAsync(14_000));
    expect(live()).toBe('Half the time is gone. 30 seconds left.');
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(live()).toBe('15 seconds left.');
    await act(() => vi.advanceTimersByTimeAsync(15_000));
    expect(live()).toBe('Time is up. Your answer is saved.');
    expect(callsTo('rehearsal.record')).toEqual([
      expect.objectContaining({ answer: 'Still thinking', timedOut: true, timeMs: 60_000 }),
    ]);
    expect(screen.getByText(/The time box ran out/)).toBeTruthy();
  });
});

describe('nothing to rehearse', () => {
  it('says why and offers the question bank', async () => {
    resetFake([]);
    const onClose = vi.fn();
    renderOverlay(manualClock(), onClose);
    await confirmSettings();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'No question in the bank matches this choice.',
    );
    const open = screen.getByRole('button', { name: 'Open the question bank' });
    expect(document.activeElement).toBe(open);
    fireEvent.click(open);
    expect(onClose).toHaveBeenCalled();
    expect(fake.sessions).toHaveLength(0);
  });
});

describe('follow-ups', () => {
  // The seed comes from Math.random when the settings are confirmed; these two seeds push and do not.
  it.each([
    [0.1, true],
    [0.2, false],
  ])('with random %s the manager asks a follow-up turn: %s', async (random, pushes) => {
    resetFake([question(1, { probes: ['What evidence do you have?'] })]);
    vi.spyOn(Math, 'random').mockReturnValue(random);
    renderOverlay(manualClock());
    await confirmSettings({ count: 1 });
    vi.restoreAllMocks();
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Question number 1?' });
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByRole('group', { name: /How did that go/ });
    await waitFor(() => expect(callsTo('rehearsal.record')).toHaveLength(1));
    expect(callsTo('rehearsal.record')[0]?.followUp).toBe(
      pushes ? 'What evidence do you have?' : null,
    );
    // The probe is not shown in the question's review: it is asked next, as its own turn.
    expect(screen.queryByText(/What evidence do you have\?/)).toBeNull();
    await user.keyboard('3');
    await screen.findByText(/^Rated Good/);
    await user.keyboard('{Enter}');
    if (pushes) {
      await screen.findByRole('heading', { name: 'What evidence do you have?' });
      expect(screen.getByText(/Follow-up · question 1 of 1/)).toBeTruthy();
      expect(screen.getByRole('textbox', { name: 'Your answer to the follow-up' })).toBeTruthy();
    } else {
      await waitFor(() => expect(callsTo('rehearsal.finish')).toHaveLength(1));
    }
  });
});

describe('a rehearsal open in two tabs', () => {
  it('keeps the answer typed here when the other tab answered first, and continues from what was saved', async () => {
    const { clock, user } = await startPlaying({ followUps: false });
    // The other tab answers and grades the first question meanwhile.
    const other = fake.sessions[0]!;
    other.answers = [
      {
        position: 0,
        questionId: 'q1',
        answer: 'Their answer',
        startedAt: 1,
        endedAt: 2,
        timeMs: 1000,
        timedOut: false,
        revealed: false,
        followUp: null,
        grade: 'again',
        feedback: other.answers[0]?.feedback ?? ({} as never),
        version: 2,
      },
    ];
    await user.type(answerBox(), 'My own answer, typed here.');
    clock.advance(5_000);
    await user.keyboard('{Control>}{Enter}{/Control}');
    const notice = await screen.findByRole('alert', {
      name: /This rehearsal was changed in another tab or window/,
    });
    expect(
      (within(notice).getByRole('textbox', { name: 'Your unsaved text' }) as HTMLTextAreaElement)
        .value,
    ).toBe('My own answer, typed here.');
    expect(fake.sessions[0]!.answers[0]).toMatchObject({ answer: 'Their answer', grade: 'again' });
    // No "Try saving again" that could only fail the same way.
    expect(screen.queryByRole('button', { name: 'Try saving again' })).toBeNull();

    await user.click(within(notice).getByRole('button', { name: 'Continue from what was saved' }));
    await screen.findByRole('heading', { name: 'Question number 2?' });
    expect(screen.queryByRole('alert', { name: /changed in another tab/ })).toBeNull();
  });
});

describe('an answer as long as the store allows', () => {
  it('stops at the limit with a counter near it, says a paste did not fit, and the answer saves with its grade', async () => {
    const { user } = await startPlaying({ followUps: false });
    const box = answerBox() as HTMLTextAreaElement;
    await user.paste('a'.repeat(ANSWER_COUNTER_FROM - 10));
    expect(screen.queryByText(/characters left/)).toBeNull();
    await user.type(box, 'bbbbbbbbbbbbbbbbbbbb');
    expect(
      screen.getByText(`1,990 of ${MAX_FIELD.toLocaleString('en-US')} characters left.`),
    ).toBeTruthy();
    await user.paste('c'.repeat(2_500));
    expect(box.value).toHaveLength(MAX_FIELD);
    expect(
      screen.getByText(
        /at its limit of 20,000 characters\. The rest of what you pasted did not fit/,
      ),
    ).toBeTruthy();
    expect(box.getAttribute('aria-describedby')).toContain(screen.getByText(/at its limit/).id);

    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByRole('group', { name: /How did that go/ });
    await user.keyboard('3');
    await waitFor(() =>
      expect(callsTo('rehearsal.record').filter((c) => c.grade !== null)).toHaveLength(1),
    );
    for (const recorded of callsTo('rehearsal.record')) {
      // What the main side's edge accepts: nothing is refused, so nothing is lost.
      expect(schemas['rehearsal.record'].safeParse(recorded).success).toBe(true);
    }
    expect(callsTo('rehearsal.record').find((c) => c.grade !== null)).toMatchObject({
      grade: 'good',
      answer: expect.stringMatching(/^a+b{20}c+$/),
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a draft already past the limit (from before the cap) is saved cut to it, with its grade, never refused', async () => {
    const { user } = await startPlaying({ followUps: false });
    fireEvent.change(answerBox(), { target: { value: `${'x'.repeat(MAX_FIELD - 1)}😀 and more` } });
    expect(
      screen.getByText(
        /characters over the 20,000-character limit: only the first 20,000 are saved\./,
      ),
    ).toBeTruthy();
    answerBox().focus();
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByRole('group', { name: /How did that go/ });
    await user.keyboard('4');
    await waitFor(() =>
      expect(callsTo('rehearsal.record').filter((c) => c.grade !== null)).toHaveLength(1),
    );
    const graded = callsTo('rehearsal.record').find((c) => c.grade !== null);
    expect(graded).toMatchObject({ grade: 'easy', answer: 'x'.repeat(MAX_FIELD - 1) });
    expect(schemas['rehearsal.record'].safeParse(graded).success).toBe(true);
  });
});
