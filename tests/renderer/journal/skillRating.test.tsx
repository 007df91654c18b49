// @vitest-environment jsdom
import { callsTo, resetStore, store } from './fakeApi';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { Skill } from '../../../src-main/shared/domain';
import { SkillsTable } from '../../../src-renderer/src/features/journal/SkillsTable';
import { freshState, renderWithQuery } from './renderWithQuery';

// RatingControl's settle delay: an arrow-key choice is saved after this long at rest.
const SETTLE_MS = 800;
// Events are fired directly: user-event's Testing Library wrapper waits on a setTimeout that it
// only advances under Jest's fake clock, so under Vitest's it never resolves.

beforeEach(() => {
  resetStore();
  freshState();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Loads one skill with real timers, then hands over a clock the test drives. */
async function renderSkill(partial: Partial<Skill> = {}) {
  store.skills.push({
    id: 's1',
    name: 'Negotiation',
    rating: null,
    colleaguesView: '',
    history: [],
    version: 1,
    ...partial,
  });
  const view = renderWithQuery(<SkillsTable />);
  const group = await screen.findByRole('radiogroup', { name: 'Rate Negotiation' });
  vi.useFakeTimers();
  const star = (n: number) => within(group).getByRole('radio', { name: `${n} of 5` });
  const checked = () =>
    within(group)
      .queryAllByRole('radio', { checked: true })
      .map((r) => r.textContent);
  return { view, group, star, checked };
}

const noteBox = () =>
  screen.getByRole('textbox', { name: 'Note for the next rating of Negotiation' });
const focus = (el: HTMLElement) => act(() => el.focus());
const press = (...keys: string[]) =>
  keys.forEach((key) => fireEvent.keyDown(document.activeElement!, { key }));
const writeNote = (text: string) => fireEvent.change(noteBox(), { target: { value: text } });
const click = (el: HTMLElement) => {
  focus(el);
  fireEvent.click(el);
};

const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const rated = () => callsTo('skills.rate');
const savedHistory = () => store.skills[0]!.history.map((h) => h.rating);
const ratedTwo = { rating: 2, history: [{ rating: 2, note: '', ratedAt: 500 }] };

describe('skill rating control', () => {
  it('saves three quick arrow presses once, with the final value and the note', async () => {
    const { star, checked } = await renderSkill();
    writeNote('After the offsite');
    focus(star(1));
    press('ArrowRight', 'ArrowRight', 'ArrowRight');
    expect(checked()).toEqual(['4']);
    expect(document.activeElement).toBe(star(4));
    expect(star(4).tabIndex).toBe(0);
    expect(rated()).toEqual([]);

    await wait(SETTLE_MS - 1);
    expect(rated()).toEqual([]);
    await wait(1);
    expect(rated()).toEqual([{ id: 's1', rating: 4, note: 'After the offsite' }]);
    await wait(SETTLE_MS * 3);
    expect(rated()).toHaveLength(1);
    expect(savedHistory()).toEqual([4]);
    expect(screen.getByText('Rating history (1)')).toBeTruthy();
    expect(screen.getByText(/4 of 5 — After the offsite/)).toBeTruthy();
  });

  it('keeps two separately settled changes as two history entries', async () => {
    const { star, checked } = await renderSkill();
    focus(star(1));
    press('ArrowRight');
    await wait(SETTLE_MS);
    press('ArrowRight');
    expect(checked()).toEqual(['3']);
    await wait(SETTLE_MS);
    expect(rated()).toEqual([
      { id: 's1', rating: 2 },
      { id: 's1', rating: 3 },
    ]);
    await wait(100); // the refetch that redraws the history
    expect(savedHistory()).toEqual([2, 3]);
    expect(screen.getByText('Rating history (2)')).toBeTruthy();
    expect(
      screen.getByRole('img', { name: 'Negotiation: 2 ratings, from 2 to 3 out of 5' }),
    ).toBeTruthy();
  });

  it('saves at once when focus leaves right after an arrow key', async () => {
    const { star } = await renderSkill();
    focus(star(1));
    press('ArrowRight');
    focus(noteBox());
    expect(rated()).toEqual([{ id: 's1', rating: 2 }]);
    await wait(SETTLE_MS * 2);
    expect(rated()).toHaveLength(1);
  });

  it('saves a click at once, over an unsettled arrow choice; the saved value again only with a note', async () => {
    const { star, checked } = await renderSkill(ratedTwo);
    focus(star(2));
    press('ArrowRight');
    click(star(5));
    expect(checked()).toEqual(['5']);
    expect(rated()).toEqual([{ id: 's1', rating: 5 }]);
    await wait(SETTLE_MS * 2);
    expect(rated()).toHaveLength(1);

    click(star(5));
    expect(rated()).toHaveLength(1);
    writeNote('Still true');
    click(star(5));
    expect(rated()).toEqual([
      { id: 's1', rating: 5 },
      { id: 's1', rating: 5, note: 'Still true' },
    ]);
  });

  it('moves with Home and End without saving, and saves a digit at once', async () => {
    const { star, checked } = await renderSkill({
      rating: 3,
      history: [{ rating: 3, note: '', ratedAt: 500 }],
    });
    focus(star(3));
    press('End');
    expect(checked()).toEqual(['5']);
    press('Home');
    expect(checked()).toEqual(['1']);
    expect(rated()).toEqual([]);
    press('4');
    expect(checked()).toEqual(['4']);
    expect(document.activeElement).toBe(star(4));
    expect(rated()).toEqual([{ id: 's1', rating: 4 }]);
    await wait(SETTLE_MS * 2);
    expect(rated()).toHaveLength(1);
  });

  it('saves nothing when the selection settles back on the saved value', async () => {
    const { star, checked } = await renderSkill(ratedTwo);
    focus(star(2));
    press('ArrowRight', 'ArrowLeft');
    expect(checked()).toEqual(['2']);
    await wait(SETTLE_MS * 2);
    focus(noteBox());
    expect(rated()).toEqual([]);
  });

  it('saves a pending choice when the table unmounts', async () => {
    const { view, star } = await renderSkill(ratedTwo);
    focus(star(2));
    press('ArrowRight', 'ArrowRight');
    expect(rated()).toEqual([]);
    view.unmount();
    expect(rated()).toEqual([{ id: 's1', rating: 4 }]);
  });
});
