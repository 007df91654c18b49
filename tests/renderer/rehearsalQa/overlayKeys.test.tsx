// @vitest-environment jsdom
// QA findings on the rehearsal layer: keys pressed while one screen gives way to the next, the
// summary's "practise next" list, and where focus goes when the layer closes.
import { callsTo, fake, question, resetFake } from '../rehearsal/fakeRehearsalApi';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshState } from '../journal/renderWithQuery';
import { confirmSettings, manualClock, renderOverlay } from '../rehearsal/overlayHarness';
import {
  closeRehearsal,
  openRehearsal,
} from '../../../src-renderer/src/features/rehearsal/overlayHost';
import { answersToPractise } from '../../../src-renderer/src/features/rehearsal/weakest';
import type { SessionAnswer } from '../../../src-main/shared/rehearsal/rehearsal';

beforeEach(() => {
  resetFake();
  freshState();
});
afterEach(() => {
  closeRehearsal();
  cleanup();
  document.body.innerHTML = '';
});

const answerBox = () => screen.getByRole('textbox', { name: 'Your answer' });

/** Plays `grades.length` questions, typing an answer and grading each with its key. */
async function playThrough(grades: string[]) {
  const onClose = vi.fn();
  renderOverlay(manualClock(), onClose);
  await confirmSettings({ count: grades.length, followUps: false });
  const user = userEvent.setup();
  for (const [i, key] of grades.entries()) {
    await screen.findByRole('heading', { name: `Question number ${i + 1}?` });
    await waitFor(() => expect(document.activeElement).toBe(answerBox()));
    await user.type(answerBox(), `In 2025 I shipped ${i + 3} releases.`);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByRole('group', { name: /How did that go/ });
    await user.keyboard(key);
    await screen.findByText(/^Rated /);
    await user.keyboard('{Enter}');
  }
  await screen.findByRole('heading', { name: /Rehearsal summary/ });
  return { onClose, user };
}

describe('keys between two screens', () => {
  it('Escape closes the summary even when focus has fallen to the page body', async () => {
    const { onClose } = await playThrough(['3']);
    (document.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement).toBe(document.body);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('a grade typed while focus is on the body still grades the answer on show', async () => {
    renderOverlay(manualClock());
    await confirmSettings({ count: 2, followUps: false });
    await waitFor(() => expect(document.activeElement).toBe(answerBox()));
    fireEvent.change(answerBox(), { target: { value: 'We grew revenue 14% in March.' } });
    fireEvent.keyDown(answerBox(), { key: 'Enter', ctrlKey: true });
    await screen.findByRole('group', { name: /How did that go/ });
    (document.activeElement as HTMLElement | null)?.blur();
    await act(async () => {
      fireEvent.keyDown(document.body, { key: '2' });
    });
    await waitFor(() =>
      expect(callsTo('rehearsal.record').some((c) => c.grade === 'hard')).toBe(true),
    );
    // Going on works the same way from the body.
    await screen.findByText(/^Rated Hard/);
    (document.activeElement as HTMLElement | null)?.blur();
    await act(async () => {
      fireEvent.keyDown(document.body, { key: 'Enter' });
    });
    await screen.findByRole('heading', { name: 'Question number 2?' });
  });
});

describe('the summary’s "practise these next"', () => {
  const answer = (
    position: number,
    grade: SessionAnswer['grade'],
    timedOut = false,
  ): SessionAnswer => ({
    questionId: `q${position}`,
    position,
    answer: 'x',
    startedAt: 1,
    endedAt: 2,
    timeMs: 1000,
    timedOut,
    revealed: false,
    followUp: null,
    grade,
    feedback: { notes: [], words: 1, wordsPerMinute: null } as unknown as SessionAnswer['feedback'],
    version: 1,
  });

  it('leaves out answers graded Good or Easy in time, keeps a timed-out one', () => {
    const picked = answersToPractise([
      answer(0, 'easy'),
      answer(1, 'good'),
      answer(2, 'hard'),
      answer(3, 'easy', true),
      answer(4, 'again'),
    ]);
    expect(picked.map((a) => a.position)).toEqual([4, 2, 3]);
  });

  it('says nothing stands out when every answer went well, instead of listing an Easy one', async () => {
    resetFake([question(1), question(2)]);
    await playThrough(['4', '3']);
    expect(screen.queryByRole('heading', { name: 'Practise these next' })).toBeNull();
    expect(screen.getByText(/nothing stands out to practise next/)).toBeTruthy();
  });
});

describe('focus after the layer closes', () => {
  function workbench(): { rehearse: HTMLButtonElement } {
    const root = document.createElement('div');
    root.id = 'root';
    root.innerHTML =
      '<div class="activity-bar"><button class="activity-button" aria-label="Journal">J</button><button class="activity-button" aria-label="Rehearse, 2">R</button></div>';
    document.body.appendChild(root);
    return { rehearse: root.querySelectorAll('button')[1] as HTMLButtonElement };
  }

  it('lands on the Rehearse button when the place it came from is gone', async () => {
    const { rehearse } = workbench();
    const paletteBox = document.createElement('input');
    document.body.appendChild(paletteBox);
    paletteBox.focus();
    act(() => openRehearsal({ mode: 'surprise', title: 'A surprise mix' }));
    await screen.findByRole('heading', { name: 'Rehearse: A surprise mix' });
    paletteBox.remove();
    act(() => closeRehearsal());
    expect(document.activeElement).toBe(rehearse);
    expect(document.getElementById('root')?.inert).toBe(false);
  });

  it('goes back to the control that opened it when that is still there', async () => {
    workbench();
    const opener = document.createElement('button');
    opener.textContent = 'Start rehearsal…';
    document.getElementById('root')?.appendChild(opener);
    opener.focus();
    act(() => openRehearsal({ mode: 'surprise', title: 'A surprise mix' }));
    await screen.findByRole('heading', { name: 'Rehearse: A surprise mix' });
    act(() => closeRehearsal());
    expect(document.activeElement).toBe(opener);
    expect(fake.sessions).toEqual([]);
  });
});
