// @vitest-environment jsdom
import { fake, makeEntry, registry, renderApp, resetAll, store } from './setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatKeybinding } from '../../../src-renderer/src/workbench/keybindings';

beforeEach(() => {
  resetAll();
});
afterEach(() => resetAll());

async function openPaletteByKeys() {
  fireEvent.keyDown(document.body, { key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true });
  await screen.findByRole('combobox'); // the real box, once its chunk has loaded
  return screen.getByRole('dialog', { name: 'Command Palette' });
}

describe('command palette', () => {
  it('opens with Ctrl+Shift+P and lists every registered command with its shortcut', async () => {
    renderApp();
    const dialog = await openPaletteByKeys();
    const options = within(dialog).getAllByRole('option');
    const commands = registry.getCommands();
    expect(options).toHaveLength(commands.length);
    for (const command of commands) {
      const option = options.find((o) => o.textContent?.startsWith(command.title));
      expect(option, command.title).toBeDefined();
      if (command.keybinding)
        expect(option!.textContent).toContain(formatKeybinding(command.keybinding));
    }
    expect(
      within(dialog).getByRole('option', { name: /View: Toggle Side Bar/ }).textContent,
    ).toContain('Ctrl+B');
  });

  it('opens with F1 too', async () => {
    renderApp();
    fireEvent.keyDown(document.body, { key: 'F1', code: 'F1' });
    expect(await screen.findByRole('dialog', { name: 'Command Palette' })).toBeTruthy();
  });

  it('filters as you type and runs the chosen command with Enter', async () => {
    const user = userEvent.setup();
    renderApp();
    await openPaletteByKeys();
    const box = await screen.findByRole('combobox');
    expect((box as HTMLInputElement).value).toBe('>');
    await user.type(box, 'toggle side');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringContaining('View: Toggle Side Bar'),
    ]);
    expect(store.useWorkbench.getState().sideBarVisible).toBe(true);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.useWorkbench.getState().sideBarVisible).toBe(false);
  });

  it('closes on Escape and gives focus back where it was', async () => {
    const user = userEvent.setup();
    renderApp();
    const row = await screen.findByRole('button', { name: 'First journal row' });
    row.focus();
    await user.keyboard('{Control>}{Shift>}p{/Shift}{/Control}');
    const box = await screen.findByRole('combobox');
    expect(document.activeElement).toBe(box);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(row);
  });

  it('keeps the focus while open: focus moved out by the page (an editor putting back its caret) returns to the box', async () => {
    const user = userEvent.setup();
    renderApp();
    const row = await screen.findByRole('button', { name: 'First journal row' });
    row.focus();
    await user.keyboard('{Control>}{Shift>}p{/Shift}{/Control}');
    const box = await screen.findByRole('combobox');
    act(() => row.focus());
    expect(document.activeElement).toBe(box);
    await user.keyboard('toggle');
    expect((box as HTMLInputElement).value).toBe('>toggle');
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(row);
  });
});

describe('quick open', () => {
  it('lists profile pages and entries, filters by title, and opens the choice', async () => {
    const user = userEvent.setup();
    resetAll({
      entries: [
        makeEntry('e1', 'Shipped the billing migration', { date: '2026-10-01' }),
        makeEntry('e2', 'Thanks from the support team', { kind: 'praise', date: '2026-11-05' }),
      ],
    });
    renderApp();
    fireEvent.keyDown(document.body, { key: 'p', code: 'KeyP', ctrlKey: true });
    const dialog = await screen.findByRole('dialog', { name: 'Go to entry' });
    await within(dialog).findByRole('option', { name: /Shipped the billing migration/ });
    expect(within(dialog).getByRole('option', { name: /^Values/ })).toBeTruthy();
    await user.type(within(dialog).getByRole('combobox'), 'billing');
    const options = within(dialog).getAllByRole('option');
    expect(options).toHaveLength(1);
    await user.keyboard('{Enter}');
    expect(store.useWorkbench.getState().activeTab).toBe('entry:e1');
  });

  it('opens a profile page as a profile tab', async () => {
    const user = userEvent.setup();
    renderApp();
    act(() => store.openPalette('files'));
    await user.type(await screen.findByRole('combobox'), 'mission');
    await user.keyboard('{Enter}');
    expect(store.useWorkbench.getState().activeTab).toBe('profile:mission');
  });

  it('switches to commands when the text starts with >', async () => {
    const user = userEvent.setup();
    fake.state.entries = [makeEntry('e1', 'Toggle nothing')];
    renderApp();
    act(() => store.openPalette('files'));
    const box = await screen.findByRole('combobox');
    await user.type(box, '>reopen');
    await waitFor(() =>
      expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
        expect.stringContaining('View: Reopen Closed Editor'),
      ]),
    );
  });
});

describe('quick pick', () => {
  it('shows the items a feature asks for and resolves with the chosen value', async () => {
    const user = userEvent.setup();
    renderApp();
    let picked: Promise<string | undefined> = Promise.resolve(undefined);
    act(() => {
      picked = store.showQuickPick(
        [
          { label: 'Values', description: 'what matters', icon: 'compass', value: 'values' },
          { label: 'Goals', detail: 'short and long term', icon: 'target', value: 'goals' },
        ],
        'Choose a page',
      );
    });
    const dialog = await screen.findByRole('dialog', { name: 'Choose a page' });
    expect(within(dialog).getByPlaceholderText('Choose a page')).toBeTruthy();
    expect(within(dialog).getByRole('option', { name: /Goals/ }).textContent).toContain(
      'short and long term',
    );
    await user.click(within(dialog).getByRole('option', { name: /Goals/ }));
    await expect(picked).resolves.toBe('goals');
  });

  it('resolves undefined when dismissed with Escape', async () => {
    const user = userEvent.setup();
    renderApp();
    let picked: Promise<string | undefined> = Promise.resolve('not settled');
    act(() => {
      picked = store.showQuickPick([{ label: 'One', value: 'one' }], 'Pick one');
    });
    await screen.findByRole('dialog', { name: 'Pick one' });
    await user.keyboard('{Escape}');
    await expect(picked).resolves.toBeUndefined();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
