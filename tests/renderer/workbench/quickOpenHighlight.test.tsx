// @vitest-environment jsdom
// Quick open's highlight follows journal.find's answer (as in VS Code): the first row of the answer
// for what is typed, a row moved to by key only while it is still shown for the same text; Enter
// pressed before the answer opens that answer's first row. And the matched letters are marked.
import { fake, makeEntry, renderApp, resetAll, store } from './setup';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

beforeEach(() => {
  resetAll();
});
afterEach(() => resetAll());

const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);

/**
 * 55 entries 'Rebuild i' (newest last-numbered), then 'Budget review', older than all: the list
 * shown before anything is typed (the newest 50) holds only weak matches for 'bu', the answer for
 * 'bu' puts Budget first.
 */
function journal() {
  const rebuilds = Array.from({ length: 55 }, (_, i) =>
    makeEntry(`r${i}`, `Rebuild ${i}`, { date: day(i + 10) }),
  );
  resetAll({ entries: [...rebuilds, makeEntry('budget', 'Budget review', { date: day(0) })] });
}

/** Holds every journal.find for typed text until the returned release is called. */
function holdTypedFinds(): () => void {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  fake.state.holds['journal.find'] = (args) =>
    (args as { text: string }).text === '' ? undefined : gate;
  return release;
}

async function openQuickOpen() {
  renderApp();
  act(() => store.openPalette('files'));
  const dialog = await screen.findByRole('dialog', { name: 'Go to entry' });
  await waitFor(() => expect(within(dialog).getAllByRole('option')).toHaveLength(5 + 50), {
    timeout: 5000,
  });
  return dialog;
}

const highlighted = (dialog: HTMLElement) =>
  within(dialog)
    .getAllByRole('option')
    .filter((o) => o.getAttribute('aria-selected') === 'true')
    .map((o) => o.querySelector('.quick-item-label')?.textContent);

const labels = (dialog: HTMLElement) =>
  within(dialog)
    .getAllByRole('option')
    .map((o) => o.querySelector('.quick-item-label')?.textContent);

describe('quick open highlight', () => {
  it('moves to the first row of the answer for the typed text when it arrives', async () => {
    const user = userEvent.setup();
    journal();
    const dialog = await openQuickOpen();
    const release = holdTypedFinds();
    await user.type(within(dialog).getByRole('combobox'), 'bu');
    // The last answer, narrowed meanwhile: its first weak match is highlighted.
    expect(highlighted(dialog)).toEqual(['Rebuild 54']);
    release();
    await waitFor(() => expect(labels(dialog)[0]).toBe('Budget review'));
    expect(highlighted(dialog)).toEqual(['Budget review']);
    // What a screen reader is told is the highlighted row, too.
    const active = within(dialog).getByRole('combobox').getAttribute('aria-activedescendant');
    expect(active).toBe(within(dialog).getAllByRole('option')[0]!.id);
  });

  it('Enter pressed before the answer arrives opens the first row of that answer', async () => {
    const user = userEvent.setup();
    journal();
    const dialog = await openQuickOpen();
    const release = holdTypedFinds();
    await user.type(within(dialog).getByRole('combobox'), 'bu{Enter}');
    // Nothing opened from the rows of the last answer.
    expect(store.useWorkbench.getState().activeTab).toBeNull();
    expect(screen.queryByRole('dialog', { name: 'Go to entry' })).not.toBeNull();
    release();
    await waitFor(() => expect(store.useWorkbench.getState().activeTab).toBe('entry:budget'));
    expect(screen.queryByRole('dialog', { name: 'Go to entry' })).toBeNull();
  });

  it('keeps a row moved to by key while it is still shown for the same text', async () => {
    const user = userEvent.setup();
    journal();
    const dialog = await openQuickOpen();
    const release = holdTypedFinds();
    await user.type(within(dialog).getByRole('combobox'), 'bu');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(highlighted(dialog)).toEqual(['Rebuild 52']);
    release();
    await waitFor(() => expect(labels(dialog)[0]).toBe('Budget review'));
    expect(highlighted(dialog)).toEqual(['Rebuild 52']);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(store.useWorkbench.getState().activeTab).toBe('entry:r52'));
  });

  it('leaves a row moved to by key once the answer no longer shows it, or the text changes', async () => {
    const user = userEvent.setup();
    journal();
    const dialog = await openQuickOpen();
    const release = holdTypedFinds();
    const box = within(dialog).getByRole('combobox');
    await user.type(box, 'bu');
    // The last of the 50 newest: the answer for 'bu' (Budget and 49 of them) leaves it out.
    await user.keyboard('{End}');
    expect(highlighted(dialog)).toEqual(['Rebuild 5']);
    release();
    await waitFor(() => expect(labels(dialog)[0]).toBe('Budget review'));
    expect(labels(dialog)).not.toContain('Rebuild 5');
    expect(highlighted(dialog)).toEqual(['Budget review']);
    await user.keyboard('{ArrowDown}');
    expect(highlighted(dialog)).toEqual(['Rebuild 54']);
    await user.type(box, 'i');
    await waitFor(() => expect(highlighted(dialog)).toEqual(['Rebuild 54']));
    await user.keyboard('{ArrowDown}');
    expect(highlighted(dialog)).toEqual(['Rebuild 53']);
    await user.type(box, 'l');
    expect(highlighted(dialog)).toEqual(['Rebuild 54']);
  });

  it('Enter waiting for an answer that fails still acts on the rows shown for the text', async () => {
    const user = userEvent.setup();
    journal();
    const dialog = await openQuickOpen();
    fake.state.refusals['journal.find'] = 100;
    // 'val' matches a profile page only among the rows quick open holds without an answer.
    await user.type(within(dialog).getByRole('combobox'), 'val{Enter}');
    await waitFor(() => expect(store.useWorkbench.getState().activeTab).toBe('profile:values'));
  });
});

describe('quick open matched letters', () => {
  it('marks the letters each typed word matched in the title as written, keeping the plain name', async () => {
    const user = userEvent.setup();
    resetAll({
      entries: [
        makeEntry('c', 'Café with Zoë', { date: day(1) }),
        makeEntry('r', 'Rebuild', { date: day(2) }),
        makeEntry('b', 'Budget', { date: day(3) }),
      ],
    });
    renderApp();
    act(() => store.openPalette('files'));
    const dialog = await screen.findByRole('dialog', { name: 'Go to entry' });
    const box = within(dialog).getByRole('combobox');
    await user.type(box, 'CAFE zoe');
    const cafe = await within(dialog).findByRole('option', { name: /^Café with Zoë/ });
    expect([...cafe.querySelectorAll('.quick-item-match')].map((m) => m.textContent)).toEqual([
      'Café',
      'Zoë',
    ]);
    await user.clear(box);
    await user.type(box, 'bu');
    await waitFor(() => expect(labels(dialog)).toEqual(['Budget', 'Rebuild']));
    // Its accessible name reads the title whole ('Re', 'bu', 'ild' with nothing between).
    const rebuild = within(dialog).getByRole('option', { name: (n) => n.startsWith('Rebuild') });
    expect([...rebuild.querySelectorAll('.quick-item-match')].map((m) => m.textContent)).toEqual([
      'bu',
    ]);
    expect(rebuild.querySelector('.quick-item-label')?.textContent).toBe('Rebuild');
    // Nothing typed, nothing marked.
    await user.clear(box);
    await waitFor(() => expect(labels(dialog)).toContain('Café with Zoë'));
    expect(dialog.querySelectorAll('.quick-item-match')).toHaveLength(0);
  });

  it('marks commands in the palette by the same rule', async () => {
    const user = userEvent.setup();
    renderApp();
    act(() => store.openPalette('commands'));
    const box = await screen.findByRole('combobox');
    await user.type(box, 'toggle side');
    const option = await screen.findByRole('option', { name: /^View: Toggle Side Bar/ });
    expect([...option.querySelectorAll('.quick-item-match')].map((m) => m.textContent)).toEqual([
      'Toggle',
      'Side',
    ]);
  });
});
