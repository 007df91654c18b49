// @vitest-environment jsdom
// Words typed right after "New entry", while the entry is written and its pane mounts: they land
// in the new entry's title, never lost and never in the pane that had the focus before.
import { callsTo, gateCreates, makeEntry, resetStore, store } from './fakeApi';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getCommand } from '../../../src-renderer/src/workbench/registry';
import { useWorkbench } from '../../../src-renderer/src/workbench/store';
import '../../../src-renderer/src/features/journal/journal.contribution';
import { JournalView } from '../../../src-renderer/src/features/journal/JournalView';
import { EntryPane } from '../../../src-renderer/src/features/journal/EntryPane';
import { LadderError } from '../../../src-main/shared/errors';
import { freshState, renderWithQuery } from './renderWithQuery';

beforeEach(() => {
  resetStore();
  freshState();
});
afterEach(cleanup);

/** A field outside the journal, where a person may click while the entry is on its way. */
const withOtherField = () => (
  <>
    <JournalView />
    <input aria-label="Other field" />
  </>
);

const createdId = async () => {
  await waitFor(() => expect(useWorkbench.getState().activeTab).toMatch(/^entry:/));
  return useWorkbench.getState().activeTab!.slice('entry:'.length);
};

/** Lets the create answer, mounts the new entry's pane as the editor area would; its title field. */
async function openedTitle(gate: { open: () => void }, run: void | Promise<void>) {
  gate.open();
  await run;
  const id = await createdId();
  renderWithQuery(<EntryPane input={{ type: 'entry', id }} active reveal={null} />);
  return screen.findByRole('textbox', { name: 'Title' });
}

describe('typing before a new entry has opened', () => {
  it('puts the words typed while it was written and while its pane mounted in its title', async () => {
    const user = userEvent.setup();
    renderWithQuery(<JournalView />);
    const gate = gateCreates();
    await user.click(screen.getByRole('button', { name: 'New entry' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Praise' }));
    await user.keyboard('Thanks fro{Backspace}{Backspace}rom');
    gate.open();
    const id = await createdId();
    await user.keyboard(' the team');
    renderWithQuery(<EntryPane input={{ type: 'entry', id }} active reveal={null} />);

    const title = await screen.findByRole('textbox', { name: 'Title' });
    expect(title).toHaveProperty('value', 'Thanks from the team');
    expect(document.activeElement).toBe(title);
    await user.keyboard(' lead');
    expect(title).toHaveProperty('value', 'Thanks from the team lead');
    await user.tab();
    await waitFor(() =>
      expect(callsTo('journal.save').at(-1)).toMatchObject({
        id,
        title: 'Thanks from the team lead',
      }),
    );
  });

  it('keeps a paste as one line, and a character outside the BMP as one for Backspace', async () => {
    const user = userEvent.setup();
    renderWithQuery(<JournalView />);
    const gate = gateCreates();
    const run = getCommand('journal.newPraise')!.run();
    await user.paste('Kind words\nfrom Ana');
    await user.keyboard(' 🎉🎉{Backspace}!');
    expect(await openedTitle(gate, run)).toHaveProperty('value', 'Kind words from Ana 🎉!');
  });

  it('from the palette, keys do not reach the entry that had the focus', async () => {
    const user = userEvent.setup();
    store.entries.push(makeEntry({ id: 'old', kind: 'lesson', title: 'Earlier lesson' }));
    renderWithQuery(<EntryPane input={{ type: 'entry', id: 'old' }} active reveal={null} />);
    const oldTitle = await screen.findByRole('textbox', { name: 'Title' });
    oldTitle.focus();
    const gate = gateCreates();
    const run = getCommand('journal.newLesson')!.run();
    await user.keyboard('Ask early');
    expect(oldTitle).toHaveProperty('value', 'Earlier lesson');
    cleanup();
    expect(await openedTitle(gate, run)).toHaveProperty('value', 'Ask early');
  });

  it('a click elsewhere ends the hold: what is typed after goes where the person clicked', async () => {
    const user = userEvent.setup();
    renderWithQuery(withOtherField());
    const gate = gateCreates();
    const run = getCommand('journal.newPraise')!.run();
    await user.keyboard('Kind');
    await user.click(screen.getByRole('textbox', { name: 'Other field' }));
    await user.keyboard('words');
    expect(screen.getByRole('textbox', { name: 'Other field' })).toHaveProperty('value', 'words');
    expect(await openedTitle(gate, run)).toHaveProperty('value', 'Kind');
  });

  /** New Praise whose write fails while `keys` are typed: the messages shown after. */
  async function failWhileTyping(user: ReturnType<typeof userEvent.setup>, keys: string) {
    renderWithQuery(withOtherField());
    const gate = gateCreates();
    const run = getCommand('journal.newPraise')!.run();
    await user.keyboard(keys);
    gate.fail(new LadderError('storage-full', 'No room to write the journal.'));
    await run;
    return useWorkbench.getState().notifications.map((n) => n.message);
  }

  it('a failed create shows the words typed meanwhile in its message, and lets the keys go', async () => {
    const user = userEvent.setup();
    expect(await failWhileTyping(user, 'Kind words')).toEqual([
      'Could not create the praise: No room to write the journal. What you typed: “Kind words”',
    ]);
    const other = screen.getByRole('textbox', { name: 'Other field' });
    other.focus();
    await user.keyboard('typed after');
    expect(other).toHaveProperty('value', 'typed after');
  });

  it('a failed create with only spaces typed says only what failed', async () => {
    expect(await failWhileTyping(userEvent.setup(), '  ')).toEqual([
      'Could not create the praise: No room to write the journal.',
    ]);
  });

  it('shortcuts pass through while it holds (Ctrl and Alt keys are not text)', async () => {
    const user = userEvent.setup();
    renderWithQuery(<JournalView />);
    const gate = gateCreates();
    const run = getCommand('journal.newPraise')!.run();
    const seen: string[] = [];
    const listen = (e: KeyboardEvent) => seen.push(`${e.ctrlKey ? 'Ctrl+' : ''}${e.key}`);
    document.addEventListener('keydown', listen);
    await user.keyboard('{Control>}k{/Control}{Escape}a');
    document.removeEventListener('keydown', listen);
    expect(seen).toEqual(['Ctrl+Control', 'Ctrl+k', 'Escape']);
    gate.open();
    await run;
  });
});
