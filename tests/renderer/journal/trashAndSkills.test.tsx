// @vitest-environment jsdom
import { callsTo, makeEntry, resetStore, store } from './fakeApi';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TrashView } from '../../../src-renderer/src/features/journal/TrashView';
import { SkillsTable } from '../../../src-renderer/src/features/journal/SkillsTable';
import { freshState, renderWithQuery } from './renderWithQuery';

beforeEach(() => {
  resetStore();
  freshState();
});
afterEach(cleanup);

describe('trash view', () => {
  it('restores an entry', async () => {
    const user = userEvent.setup();
    store.entries.push(makeEntry({ id: 'g', kind: 'lesson', title: 'Gone for now', deletedAt: 9 }));
    renderWithQuery(<TrashView />);
    await user.click(await screen.findByRole('button', { name: 'Restore Gone for now' }));
    await waitFor(() => expect(store.entries[0]!.deletedAt).toBeNull());
    await screen.findByText(/The Trash is empty/);
  });

  it('asks in an alert dialog before emptying, and Escape cancels', async () => {
    const user = userEvent.setup();
    store.entries.push(
      makeEntry({ id: 'g1', kind: 'lesson', title: 'One', deletedAt: 9 }),
      makeEntry({ id: 'g2', kind: 'lesson', title: 'Two', deletedAt: 9 }),
    );
    renderWithQuery(<TrashView />);
    await screen.findByText('One');
    await user.click(screen.getByRole('button', { name: 'Empty Trash' }));
    let dialog = await screen.findByRole('alertdialog', { name: 'Empty the Trash?' });
    expect(dialog.textContent).toContain('2 entries');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(callsTo('journal.emptyTrash')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Empty Trash' }));
    dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Empty Trash' }));
    await waitFor(() => expect(store.entries).toHaveLength(0));
  });
});

describe('skills table', () => {
  it('adds a skill, rates it by click and by arrow key, and keeps the history', async () => {
    const user = userEvent.setup();
    renderWithQuery(<SkillsTable />);
    await user.type(
      await screen.findByRole('textbox', { name: 'New skill name' }),
      'Negotiation{Enter}',
    );
    const group = await screen.findByRole('radiogroup', { name: 'Rate Negotiation' });
    await user.type(
      screen.getByRole('textbox', { name: 'Note for the next rating of Negotiation' }),
      'Closed two renewals',
    );
    await user.click(within(group).getByRole('radio', { name: '3 of 5' }));
    await waitFor(() =>
      expect(
        within(group).getByRole('radio', { name: '3 of 5' }).getAttribute('aria-checked'),
      ).toBe('true'),
    );
    expect(callsTo('skills.rate')).toEqual([
      { id: store.skills[0]!.id, rating: 3, note: 'Closed two renewals' },
    ]);

    within(group).getByRole('radio', { name: '3 of 5' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(group).getByRole('radio', { name: '4 of 5' }).getAttribute('aria-checked')).toBe(
      'true',
    );
    await user.tab(); // an arrow only moves; focus leaving saves the choice
    await waitFor(() => expect(store.skills[0]!.history.map((h) => h.rating)).toEqual([3, 4]));
    await screen.findByText('Rating history (2)');
    expect(
      screen.getByRole('img', { name: 'Negotiation: 2 ratings, from 3 to 4 out of 5' }),
    ).toBeTruthy();
    expect(screen.getByText('Rating history (2)')).toBeTruthy();
  });

  it('saves what colleagues would say on blur', async () => {
    const user = userEvent.setup();
    store.skills.push({
      id: 's1',
      name: 'Writing',
      rating: 4,
      colleaguesView: '',
      history: [],
      version: 1,
    });
    renderWithQuery(<SkillsTable />);
    const box = await screen.findByRole('textbox', {
      name: 'What three colleagues would say about Writing',
    });
    await user.type(box, 'Clear and short');
    expect(callsTo('skills.setColleaguesView')).toHaveLength(0);
    await user.tab();
    await waitFor(() =>
      expect(callsTo('skills.setColleaguesView')).toEqual([
        expect.objectContaining({ id: 's1', text: 'Clear and short', baseVersion: 1 }),
      ]),
    );
  });
});
