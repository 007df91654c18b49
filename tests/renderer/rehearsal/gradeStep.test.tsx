// @vitest-environment jsdom
// The grade step: each button says when the question comes back, and a grade can be undone (U,
// Ctrl+Z or the button) until the next question is shown; then a new grade can be given.
import { callsTo, fake, resetFake } from './fakeRehearsalApi';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshState } from '../journal/renderWithQuery';
import { confirmSettings, manualClock, renderOverlay } from './overlayHarness';

beforeEach(() => {
  resetFake();
  freshState();
});
afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

const answerBox = () => screen.getByRole('textbox', { name: 'Your answer' });

async function answerFirst() {
  renderOverlay(manualClock(), vi.fn());
  await confirmSettings({ followUps: false });
  await screen.findByRole('heading', { name: 'Question number 1?' });
  await waitFor(() => expect(document.activeElement).toBe(answerBox()));
  const user = userEvent.setup();
  await user.type(answerBox(), 'We cut costs by 12%.');
  await user.keyboard('{Control>}{Enter}{/Control}');
  const grades = await screen.findByRole('group', { name: /How did that go/ });
  return { user, grades };
}

describe('grade step', () => {
  it('shows on each grade button the interval that grade schedules', async () => {
    const { grades } = await answerFirst();
    await within(grades).findByText('8 days');
    expect(
      within(grades)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      '1 Again1 minI could not answer it',
      '2 Hard6 minGot there, with effort',
      '3 Good10 minA sound answer',
      '4 Easy8 daysConfident and crisp',
    ]);
    expect(callsTo('practice.preview')).toEqual([{ questionId: 'q1' }]);
  });

  it('undoes a grade with U, Ctrl+Z or the button, then takes a new one and goes on with Enter', async () => {
    const { user } = await answerFirst();
    await user.keyboard('3');
    expect((await screen.findByText(/^Rated Good/)).textContent).toBe(
      'Rated Good: next practice in 10 min.',
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next question' }));
    await waitFor(() => expect(fake.sessions[0]?.answers[0]?.grade).toBe('good'));

    await user.keyboard('u');
    const grades = await screen.findByRole('group', { name: /How did that go/ });
    await waitFor(() => expect(fake.sessions[0]?.answers[0]?.grade).toBeNull());
    expect(document.activeElement).toBe(within(grades).getByRole('button', { name: /Good/ }));
    expect(screen.getByRole('heading', { name: 'Question number 1?' })).toBeTruthy();

    await user.keyboard('1');
    await screen.findByText(/^Rated Again/);
    await user.keyboard('{Control>}z{/Control}');
    await screen.findByRole('group', { name: /How did that go/ });

    await user.keyboard('2');
    await user.click(await screen.findByRole('button', { name: 'Undo grade' }));
    await screen.findByRole('group', { name: /How did that go/ });

    await user.keyboard('4');
    await screen.findByText(/^Rated Easy/);
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Question number 2?' });
    // Every undo went to the main side after the grade it takes back, and the last grade stands.
    await waitFor(() => expect(fake.sessions[0]?.answers[0]?.grade).toBe('easy'));
    expect(callsTo('rehearsal.ungrade')).toHaveLength(3);
    expect(
      fake.calls
        .filter((c) => c.channel === 'rehearsal.ungrade' || c.args.grade != null)
        .map((c) => (c.channel === 'rehearsal.ungrade' ? 'undo' : c.args.grade)),
    ).toEqual(['good', 'undo', 'again', 'undo', 'hard', 'undo', 'easy']);
    // Once the next question shows, the undo keys do nothing to the answer before.
    screen.getByRole('heading', { name: 'Question number 2?' }).focus();
    await user.keyboard('u');
    expect(callsTo('rehearsal.ungrade')).toHaveLength(3);
  });
});
