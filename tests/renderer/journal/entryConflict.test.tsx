// @vitest-environment jsdom
// A journal entry open in two tabs: the tab that saves over the other's change is refused, keeps its
// text in view and lets the person use theirs or keep the stored one.
import { call, renderReal, useRealStore } from '../followups/realStore';
import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { flushAll, openEditor } from '../../../src-renderer/src/workbench/store';
import { EntryPane } from '../../../src-renderer/src/features/journal/EntryPane';

beforeEach(() => {
  useRealStore();
});

const OTHER_TAB = 'the-other-tab';

async function openEntry() {
  const entry = await call('journal.create', {
    kind: 'lesson',
    title: 'Ship smaller',
    date: '2026-11-20',
  });
  const input = { type: 'entry', id: entry.id };
  openEditor(input);
  renderReal(<EntryPane input={input} active reveal={null} />);
  await screen.findByRole('textbox', { name: 'Title' });
  // The other tab saves first, from the same version.
  const { id, date, fields, body, tags } = entry;
  await call('journal.save', {
    id,
    date,
    fields,
    body,
    tags,
    title: 'Ship smaller, sooner',
    session: OTHER_TAB,
    seq: 1,
    baseVersion: entry.version,
  });
  return entry;
}

describe('a journal entry open in two tabs', () => {
  it('refuses the stale save, keeps the typed title in view, and saves it on Use mine', async () => {
    const entry = await openEntry();
    const user = userEvent.setup();
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.type(title, ' and learn');
    await act(() => flushAll());
    const notice = await screen.findByRole('alert', {
      name: /This entry was changed in another tab or window/,
    });
    expect((title as HTMLInputElement).value).toBe('Ship smaller and learn');
    expect(
      (within(notice).getByRole('textbox', { name: 'Your unsaved text' }) as HTMLTextAreaElement)
        .value,
    ).toContain('Title: Ship smaller and learn');
    expect(within(notice).getByText(/Ship smaller, sooner/)).toBeTruthy();
    expect((await call('journal.get', { id: entry.id })).title).toBe('Ship smaller, sooner');

    await user.click(within(notice).getByRole('button', { name: 'Use mine' }));
    await waitFor(async () =>
      expect((await call('journal.get', { id: entry.id })).title).toBe('Ship smaller and learn'),
    );
  });

  it('opens the stored entry again on Keep theirs', async () => {
    const entry = await openEntry();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Title' }), ' and learn');
    await act(() => flushAll());
    const notice = await screen.findByRole('alert', { name: /This entry was changed/ });
    await user.click(within(notice).getByRole('button', { name: 'Keep theirs' }));
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe(
        'Ship smaller, sooner',
      ),
    );
    await act(() => flushAll());
    expect((await call('journal.get', { id: entry.id })).title).toBe('Ship smaller, sooner');
  });
});
