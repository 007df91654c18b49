// @vitest-environment jsdom
import { callsTo, makeEntry, resetStore, store } from './fakeApi';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  getCommand,
  getCommands,
  getEditor,
  getViews,
} from '../../../src-renderer/src/workbench/registry';
import { closeEditor, openEditor, useWorkbench } from '../../../src-renderer/src/workbench/store';
import '../../../src-renderer/src/features/journal/journal.contribution';
import { JournalView } from '../../../src-renderer/src/features/journal/JournalView';
import { EntryPane } from '../../../src-renderer/src/features/journal/EntryPane';
import { freshState, renderWithQuery } from './renderWithQuery';

beforeEach(() => {
  resetStore();
  freshState();
});
afterEach(cleanup);

describe('journal commands', () => {
  it('registers the New commands with their exact titles', () => {
    const titles = getCommands().map((c) => `${c.id} ${c.title}`);
    for (const line of [
      'journal.newAccomplishment Journal: New Accomplishment',
      'journal.newPraise Journal: New Praise',
      'journal.newFeedback Journal: New Feedback',
      'journal.newLesson Journal: New Lesson',
      'journal.newLearning Journal: New Learning',
      'journal.newReflection Journal: New Reflection',
      'journal.openProfilePage Journal: Open Profile Page...',
      'entry.showHistory Entry: Show History',
      'entry.moveToTrash Entry: Move to Trash',
      'journal.showTrash Journal: Show Trash',
    ]) {
      expect(titles).toContain(line);
    }
    expect(getViews().map((v) => v.id)).toEqual(expect.arrayContaining(['journal', 'trash']));
    expect(getEditor('entry')).toBeDefined();
  });

  it('New Praise creates a praise entry and opens it in a tab', async () => {
    await getCommand('journal.newPraise')!.run();
    expect(callsTo('journal.create')).toEqual([{ kind: 'praise' }]);
    const created = store.entries[0]!;
    const state = useWorkbench.getState();
    expect(state.activeTab).toBe(`entry:${created.id}`);
  });

  it('Move to Trash trashes the active entry and closes its tab', async () => {
    store.entries.push(makeEntry({ id: 'x1', kind: 'lesson', title: 'Missed deadline' }));
    openEditor({ type: 'entry', id: 'x1' });
    await getCommand('entry.moveToTrash')!.run();
    expect(store.entries[0]!.deletedAt).not.toBeNull();
    expect(useWorkbench.getState().tabs).toHaveLength(0);
  });
});

describe('journal side bar', () => {
  beforeEach(() => {
    store.entries.push(
      makeEntry({
        id: 'a',
        kind: 'accomplishment',
        title: 'Shipped billing',
        date: '2026-10-03',
        tags: ['billing'],
      }),
      makeEntry({
        id: 'b',
        kind: 'praise',
        title: 'Thanks from Acme',
        date: '2026-11-20',
        tags: ['client'],
      }),
      makeEntry({
        id: 'c',
        kind: 'accomplishment',
        title: '',
        date: '2026-11-02',
        tags: ['client'],
      }),
    );
  });

  it('lists profile pages, then months newest first', async () => {
    renderWithQuery(<JournalView />);
    const list = screen.getByRole('listbox', { name: 'Journal' });
    await within(list).findByText('Shipped billing');
    const groups = within(list)
      .getAllByRole('group')
      .map((g) => g.getAttribute('aria-label'));
    expect(groups[0]).toBe('Profile');
    expect(groups.slice(1)).toEqual([
      new Date(2026, 10, 1).toLocaleDateString(undefined, { year: 'numeric', month: 'long' }),
      new Date(2026, 9, 1).toLocaleDateString(undefined, { year: 'numeric', month: 'long' }),
    ]);
    const november = within(list).getAllByRole('group')[1]!;
    const rows = within(november).getAllByRole('option');
    expect(rows.map((r) => r.getAttribute('title'))).toEqual([
      'Thanks from Acme',
      'Untitled accomplishment',
    ]);
    expect(within(rows[0]!).getByRole('img', { name: 'Praise' })).toBeTruthy();
  });

  it('filters by kind with pressed chips and by tag', async () => {
    const user = userEvent.setup();
    renderWithQuery(<JournalView />);
    await screen.findByText('Shipped billing');
    const chip = await screen.findByRole('button', { name: /Praise\s*1/ });
    await user.click(chip);
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(screen.queryByText('Shipped billing')).toBeNull());
    expect(screen.getByText('Thanks from Acme')).toBeTruthy();
    await user.click(chip);
    await screen.findByText('Shipped billing');

    const select = screen.getByRole('combobox', { name: 'Filter by tag' });
    await screen.findByRole('option', { name: 'billing (1)' });
    await user.selectOptions(select, 'billing');
    await waitFor(() => expect(screen.queryByText('Thanks from Acme')).toBeNull());
    expect(screen.getByText('Shipped billing')).toBeTruthy();
  });

  it('moves with the arrow keys and opens with Enter', async () => {
    const user = userEvent.setup();
    renderWithQuery(<JournalView />);
    await screen.findByText('Shipped billing');
    const first = screen.getAllByRole('option', { name: /Values/ })[0]!;
    first.focus();
    for (let i = 0; i < 5; i++) await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.getAttribute('title')).toBe('Thanks from Acme');
    await user.keyboard('{Enter}');
    expect(useWorkbench.getState().activeTab).toBe('entry:b');
  });

  it('names the tab it opens at once, before the entry loads', async () => {
    const user = userEvent.setup();
    renderWithQuery(<JournalView />);
    await user.click(await screen.findByRole('option', { name: /Untitled accomplishment/ }));
    await user.click(screen.getByRole('option', { name: /Values/ }));
    openEditor({ type: 'history', id: 'c' });
    const titles = useWorkbench.getState().tabs.map((t) => t.meta.title);
    expect(titles).toEqual(['Untitled accomplishment', 'Values', 'History']);
  });
});

describe('entry pane', () => {
  it("shows the kind's own fields and saves on blur, then with a checkpoint on close", async () => {
    const user = userEvent.setup();
    store.entries.push(
      makeEntry({
        id: 'a',
        kind: 'accomplishment',
        title: 'Old title',
        fields: { impact: 'Faster' },
      }),
    );
    openEditor({ type: 'entry', id: 'a' });
    renderWithQuery(<EntryPane input={{ type: 'entry', id: 'a' }} active reveal={null} />);
    const title = await screen.findByRole('textbox', { name: 'Title' });
    expect(screen.getByLabelText('Impact')).toHaveProperty('value', 'Faster');
    expect(screen.getByLabelText('Measurable result')).toBeTruthy();
    expect(screen.getByLabelText('Who benefited')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Entry body' })).toBeTruthy();

    await user.clear(title);
    await user.type(title, 'Cut build time in half');
    expect(useWorkbench.getState().tabs[0]!.meta.dirty).toBe(true);
    await user.click(screen.getByLabelText('Measurable result'));
    await waitFor(() => expect(callsTo('journal.save')).toHaveLength(1));
    expect(callsTo('journal.save')[0]).toMatchObject({
      id: 'a',
      title: 'Cut build time in half',
      checkpoint: false,
    });
    await waitFor(() => expect(useWorkbench.getState().tabs[0]!.meta.dirty).toBe(false));
    expect(useWorkbench.getState().tabs[0]!.meta.title).toBe('Cut build time in half');

    await user.type(screen.getByLabelText('Measurable result'), '40 min to 20 min');
    await closeEditor('entry:a');
    const saves = callsTo('journal.save');
    expect(saves.at(-1)).toMatchObject({
      fields: { impact: 'Faster', result: '40 min to 20 min' },
      checkpoint: true,
    });
  });

  it('adds tags with Enter and comma, removes with Backspace and the chip button', async () => {
    const user = userEvent.setup();
    store.entries.push(makeEntry({ id: 't', kind: 'reflection' }));
    openEditor({ type: 'entry', id: 't' });
    renderWithQuery(<EntryPane input={{ type: 'entry', id: 't' }} active reveal={null} />);
    const box = await screen.findByRole('combobox', { name: 'Add a tag' });
    await user.type(box, 'growth{Enter}#career,mentor,');
    expect(screen.getByRole('list', { name: 'Tags' }).textContent).toBe('growthcareermentor');
    await user.type(box, '{Backspace}');
    await user.click(screen.getByRole('button', { name: 'Remove tag growth' }));
    expect(screen.getByRole('list', { name: 'Tags' }).textContent).toBe('career');
    fireEvent.blur(box);
    await waitFor(() => expect(callsTo('journal.save').at(-1)).toMatchObject({ tags: ['career'] }));
  });
});

describe('entry pane save failures', () => {
  it('keeps the draft on storage-full, shows the error once, and saves on the next edit', async () => {
    const { LadderError } = await import('../../../src-main/shared/errors');
    const user = userEvent.setup();
    store.entries.push(makeEntry({ id: 'f', kind: 'learning', title: '' }));
    store.failures.set('journal.save', {
      count: 2,
      error: new LadderError('storage-full', 'The disk is full'),
    });
    openEditor({ type: 'entry', id: 'f' });
    renderWithQuery(<EntryPane input={{ type: 'entry', id: 'f' }} active reveal={null} />);
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await user.type(title, 'Rust course');
    await user.tab();
    await waitFor(() =>
      expect(useWorkbench.getState().status['entry:f']).toMatchObject({ saveState: 'error' }),
    );
    expect(useWorkbench.getState().tabs[0]!.meta.dirty).toBe(true);
    // Leaving the date field retries (and fails again); the next edit's blur finally gets through.
    await user.type(screen.getByLabelText('Source'), 'Book');
    await user.type(screen.getByLabelText('Skill'), 'Ownership');
    await user.tab();
    await waitFor(() =>
      expect(useWorkbench.getState().status['entry:f']).toMatchObject({ saveState: 'saved' }),
    );
    expect(callsTo('journal.save').length).toBeGreaterThanOrEqual(3);
    const errors = useWorkbench.getState().notifications.filter((n) => n.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('The disk is full');
    expect(store.entries[0]).toMatchObject({
      title: 'Rust course',
      fields: { source: 'Book', skill: 'Ownership' },
    });
  });
});
