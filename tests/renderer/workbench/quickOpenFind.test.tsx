// @vitest-environment jsdom
// Quick open and entry picks ask the main side for what is typed (journal.find), never for the whole
// journal; and a palette command that reads before opening its pick keeps the keys typed meanwhile.
import { callsTo, fake, makeEntry, registry, renderApp, resetAll, store } from './setup';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

beforeEach(() => {
  resetAll();
});
afterEach(() => resetAll());

const many = (n: number, title: (i: number) => string) =>
  Array.from({ length: n }, (_, i) =>
    makeEntry(`e${i}`, title(i), { date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}` }),
  );

describe('quick open over journal.find', () => {
  it('asks for the typed text and shows only the few entries found, never reading the whole list', async () => {
    const user = userEvent.setup();
    resetAll({ entries: [...many(80, (i) => `Standup ${i}`), makeEntry('x', 'Billing retro')] });
    renderApp();
    act(() => store.openPalette('files'));
    const dialog = await screen.findByRole('dialog', { name: 'Go to entry' });
    // Nothing typed: the five profile pages and the newest 50 entries.
    await waitFor(() => expect(within(dialog).getAllByRole('option')).toHaveLength(5 + 50), {
      timeout: 5000,
    });
    await user.type(within(dialog).getByRole('combobox'), 'retro');
    await waitFor(() =>
      expect(
        within(dialog)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual([expect.stringContaining('Billing retro')]),
    );
    const texts = callsTo('journal.find').map((a) => (a as { text: string }).text);
    expect(texts[0]).toBe('');
    expect(texts.at(-1)).toBe('retro');
    expect(callsTo('journal.list')).toEqual([]);
  });

  it('Enter right after typing opens the entry the text matches', async () => {
    const user = userEvent.setup();
    resetAll({
      entries: [makeEntry('a', 'Values workshop notes'), makeEntry('b', 'Quarterly goals')],
    });
    renderApp();
    act(() => store.openPalette('files'));
    const box = await screen.findByRole('combobox');
    await user.type(box, 'workshop{Enter}');
    await waitFor(() => expect(store.useWorkbench.getState().activeTab).toBe('entry:a'));
  });
});

describe('entry pick', () => {
  it('offers what journal.find returns for the typed text, less the excluded, and resolves the id', async () => {
    const user = userEvent.setup();
    resetAll({
      entries: [
        makeEntry('a', 'Cut the build time'),
        makeEntry('b', 'Led the billing migration'),
        makeEntry('c', 'Cut cloud costs'),
      ],
    });
    renderApp();
    let picked: Promise<string | undefined> = Promise.resolve(undefined);
    act(() => {
      picked = store.showEntryPick('Evidence to link', ['c']);
    });
    const dialog = await screen.findByRole('dialog', { name: 'Evidence to link' });
    await waitFor(() => expect(within(dialog).getAllByRole('option')).toHaveLength(2));
    await user.type(within(dialog).getByRole('combobox'), 'cut');
    await waitFor(() =>
      expect(
        within(dialog)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual([expect.stringContaining('Cut the build time')]),
    );
    await user.keyboard('{Enter}');
    await expect(picked).resolves.toBe('a');
    expect(callsTo('journal.find').at(-1)).toMatchObject({ text: 'cut', exclude: ['c'] });
  });
});

describe('palette command that opens a pick after a read', () => {
  it('gives the pick the keys typed between the palette closing and the pick opening', async () => {
    const user = userEvent.setup();
    let release: () => void = () => undefined;
    let picked: Promise<string | undefined> | undefined;
    registry.registerCommand({
      id: 'test.slowPick',
      title: 'Test: Slow Pick...',
      run: async () => {
        await new Promise<void>((resolve) => (release = resolve));
        picked = store.showQuickPick(
          [
            { label: 'Alpha', value: 'alpha' },
            { label: 'Beta', value: 'beta' },
          ],
          'Pick a letter',
        );
        await picked;
      },
    });
    fake.state.entries = [];
    renderApp();
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'Item title');
    document.body.append(field);
    field.focus();
    act(() => store.openPalette('commands'));
    await user.type(await screen.findByRole('combobox'), 'slow pick');
    await user.keyboard('{Enter}');
    // The command is reading: keys typed now must not reach the field the palette gave focus back to.
    await user.keyboard('be');
    expect(field.value).toBe('');
    act(() => release());
    const dialog = await screen.findByRole('dialog', { name: 'Pick a letter' });
    const box = within(dialog).getByRole('combobox') as HTMLInputElement;
    expect(box.value).toBe('be');
    expect(document.activeElement).toBe(box);
    await user.keyboard('{Enter}');
    await expect(picked).resolves.toBe('beta');
    // Settled: the focus is back in the field, which got none of those keys.
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(field.value).toBe('');
    field.remove();
  });

  it('never holds the window for long: a command with no pick to come gives the focus back', async () => {
    const user = userEvent.setup();
    registry.registerCommand({
      id: 'test.slowNoPick',
      title: 'Test: Slow Without Pick...',
      run: () => new Promise<void>(() => undefined),
    });
    renderApp();
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'Item title');
    document.body.append(field);
    field.focus();
    act(() => store.openPalette('commands'));
    await user.type(await screen.findByRole('combobox'), 'slow without');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Test: Slow Without Pick...' })).toBeTruthy();
    expect(document.activeElement).not.toBe(field);
    await waitFor(() => expect(document.activeElement).toBe(field), { timeout: 4000 });
    expect(screen.queryByRole('dialog')).toBeNull();
    field.remove();
  });
});
