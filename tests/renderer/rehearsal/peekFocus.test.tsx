// @vitest-environment jsdom
// "Peek at prepared answer" turns disabled once used: the focus goes on to the answer box, not to
// the page's body.
import { resetFake } from './fakeRehearsalApi';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

async function startPlaying() {
  renderOverlay(manualClock());
  await confirmSettings();
  await screen.findByRole('heading', { name: 'Question number 1?' });
  await waitFor(() => expect(document.activeElement).toBe(answerBox()));
  return userEvent.setup();
}

describe('peek focus', () => {
  it('clicking Peek leaves the focus in the answer box, the prepared answer shown', async () => {
    const user = await startPlaying();
    await user.type(answerBox(), 'We cut costs');
    await user.click(screen.getByRole('button', { name: 'Peek at prepared answer' }));
    expect(
      within(screen.getByRole('complementary', { name: 'Prepared answer' })).getByText(
        'Prepared talking points 1',
      ),
    ).toBeTruthy();
    expect(document.activeElement).toBe(answerBox());
    await user.keyboard(' by 12%');
    expect((answerBox() as HTMLTextAreaElement).value).toBe('We cut costs by 12%');
  });

  it('Enter on the focused Peek button does the same', async () => {
    const user = await startPlaying();
    screen.getByRole('button', { name: 'Peek at prepared answer' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('complementary', { name: 'Prepared answer' });
    expect(document.activeElement).toBe(answerBox());
  });
});
