// @vitest-environment jsdom
// An autosave puts the entry's row into the side bar's cached pages instead of re-reading lists,
// counts and tags (each a cost at 100,000 entries); only a new date or new tags read again what
// they change.
import { callsTo, makeEntry, resetStore, store } from './fakeApi';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openEditor } from '../../../src-renderer/src/workbench/store';
import { JournalView } from '../../../src-renderer/src/features/journal/JournalView';
import { EntryPane } from '../../../src-renderer/src/features/journal/EntryPane';
import { freshState, renderWithQuery } from './renderWithQuery';

const READS = ['journal.page', 'journal.months', 'journal.list', 'journal.counts', 'journal.tags'];
const readsSince = (from: number) =>
  store.calls
    .slice(from)
    .filter((c) => READS.includes(c.channel))
    .map((c) => c.channel);

beforeEach(() => {
  resetStore();
  freshState();
  for (let i = 0; i < 300; i++)
    store.entries.push(
      makeEntry({
        id: `n${i}`,
        kind: 'lesson',
        title: `Entry ${i}`,
        date: '2026-10-01',
        tags: ['t'],
      }),
    );
});
afterEach(cleanup);

async function openWithList(id: string) {
  openEditor({ type: 'entry', id });
  renderWithQuery(
    <>
      <JournalView />
      <EntryPane input={{ type: 'entry', id }} active reveal={null} />
    </>,
  );
  return screen.findByRole('textbox', { name: 'Title' });
}

describe('a save and the side bar', () => {
  it('patches the row in place and re-reads no list, count or tag', async () => {
    const user = userEvent.setup();
    // Entry 299 is the newest written of the day: the list's first row.
    const title = await openWithList('n299');
    const list = screen.getByRole('listbox', { name: 'Journal' });
    await within(list).findByText('Entry 299');
    await waitFor(() => expect(callsTo('journal.tags')).toHaveLength(1));
    const from = store.calls.length;
    await user.clear(title);
    await user.type(title, 'Renamed');
    await user.click(screen.getByRole('textbox', { name: 'Entry body' }));
    await waitFor(() => expect(callsTo('journal.save')).toHaveLength(1));
    await within(list).findByText('Renamed');
    expect(readsSince(from)).toEqual([]);
  });

  it('reads the tags again after a tag edit, and the pages and months after a new date', async () => {
    const user = userEvent.setup();
    await openWithList('n299');
    const list = screen.getByRole('listbox', { name: 'Journal' });
    await within(list).findByText('Entry 299');
    await waitFor(() => expect(callsTo('journal.tags')).toHaveLength(1));
    let from = store.calls.length;
    await user.type(screen.getByRole('combobox', { name: 'Add a tag' }), 'new{Enter}');
    await waitFor(() => expect(readsSince(from)).toContain('journal.tags'));
    expect(readsSince(from)).not.toContain('journal.page');

    from = store.calls.length;
    const date = screen.getByLabelText('Date');
    fireEvent.change(date, { target: { value: '2026-11-05' } });
    await user.click(screen.getByRole('textbox', { name: 'Entry body' }));
    await waitFor(() =>
      expect(readsSince(from)).toEqual(expect.arrayContaining(['journal.page', 'journal.months'])),
    );
    expect(readsSince(from)).not.toContain('journal.counts');
  });
});
