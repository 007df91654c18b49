// @vitest-environment jsdom
import { flushHooks, makeEntry, renderApp, resetAll, store } from './setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

beforeEach(() => {
  resetAll({
    entries: [
      makeEntry('a', 'First win'),
      makeEntry('b', 'Second win'),
      makeEntry('c', 'Third win'),
    ],
  });
});
afterEach(() => resetAll());

const state = () => store.useWorkbench.getState();

async function openThree() {
  renderApp();
  act(() => {
    store.openEditor({ type: 'entry', id: 'a' });
    store.openEditor({ type: 'entry', id: 'b' });
    store.openEditor({ type: 'entry', id: 'c' });
  });
  await screen.findByRole('tab', { name: /Third win/ });
}

describe('tabs', () => {
  it('shows one tab per open editor with its title, and only the active panel', async () => {
    await openThree();
    const tabs = within(screen.getByRole('tablist', { name: 'Open editors' })).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['First win', 'Second win', 'Third win']);
    expect(tabs[2]!.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('Editing c (active)')).toBeTruthy();
    // Inactive editors stay mounted (their unsaved text survives) but hidden.
    const hidden = screen.getByText('Editing a').closest('[role="tabpanel"]') as HTMLElement;
    expect(hidden.hidden).toBe(true);
  });

  it('names a new tab by what its opener knows, else by its kind, never by its id', () => {
    const id = '0b6f2c1e-7d3a-4e59-9c21-5f8a3d7e1b40';
    store.openEditor({ type: 'entry', id: 'a' }, { title: 'First win' });
    store.openEditor({ type: 'entry', id });
    store.openEditor({ type: 'entry', id: 'blank' }, { title: '  ' });
    // Restored at start, before any pane has loaded.
    store.restoreTabs([{ type: 'welcome', id: 'welcome' }], null);
    expect(state().tabs.map((t) => t.meta.title)).toEqual([
      'Welcome',
      'First win',
      'Entry',
      'Entry',
    ]);
    // A tab already open keeps the title its pane reported.
    store.setTabMeta('entry:a', { title: 'First win, edited' });
    store.openEditor({ type: 'entry', id: 'a' }, { title: 'First win' });
    expect(state().tabs[1]!.meta.title).toBe('First win, edited');
  });

  it('shows the watermark with shortcuts when nothing is open', async () => {
    renderApp();
    expect(await screen.findByText('Show all commands')).toBeTruthy();
    expect(screen.getByText('Ctrl+Shift+P')).toBeTruthy();
  });

  it('closes the active tab with Ctrl+W and reopens it with Ctrl+Shift+T', async () => {
    await openThree();
    fireEvent.keyDown(document.body, { key: 'w', code: 'KeyW', ctrlKey: true });
    await screen.findByText('Editing b (active)');
    expect(state().tabs.map((t) => t.key)).toEqual(['entry:a', 'entry:b']);
    fireEvent.keyDown(document.body, { key: 'T', code: 'KeyT', ctrlKey: true, shiftKey: true });
    await screen.findByText('Editing c (active)');
    expect(state().tabs.map((t) => t.key)).toEqual(['entry:a', 'entry:b', 'entry:c']);
  });

  it('closes with Ctrl+F4, the close button and a middle click', async () => {
    const user = userEvent.setup();
    await openThree();
    fireEvent.keyDown(document.body, { key: 'F4', code: 'F4', ctrlKey: true });
    await screen.findByText('Editing b (active)');
    await user.click(screen.getByTitle('Close First win'));
    await screen.findByRole('tab', { name: /Second win/ });
    expect(screen.queryByRole('tab', { name: /First win/ })).toBeNull();
    const tab = screen.getByRole('tab', { name: /Second win/ });
    fireEvent(tab, new MouseEvent('auxclick', { bubbles: true, button: 1 }));
    await screen.findByText('Show all commands');
    expect(state().tabs).toEqual([]);
  });

  it('moves the focus on to the editor left active when the focused tab closes with Delete, and to the editor area after the last', async () => {
    const user = userEvent.setup();
    await openThree();
    screen.getByRole('tab', { name: /Third win/ }).focus();
    await user.keyboard('{Delete}');
    await screen.findByText('Editing b (active)');
    const panelOfB = () => screen.getByText('Editing b (active)').closest('[role="tabpanel"]');
    await waitFor(() => expect(panelOfB()?.contains(document.activeElement)).toBe(true));
    screen.getByRole('tab', { name: /Second win/ }).focus();
    await user.keyboard('{Delete}');
    screen.getByRole('tab', { name: /First win/ }).focus();
    await user.keyboard('{Delete}');
    await screen.findByText('Show all commands');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('main', { name: 'Editor' })),
    );
  });

  it('waits for the tab to save before closing it', async () => {
    await openThree();
    let finishSave: () => void = () => {};
    const flushed: string[] = [];
    flushHooks.onFlush = (key) =>
      new Promise<void>((resolve) => {
        flushed.push(key);
        finishSave = resolve;
      });
    fireEvent.keyDown(document.body, { key: 'w', code: 'KeyW', ctrlKey: true });
    expect(flushed).toEqual(['entry:c']);
    // Still open while its save is in flight.
    await Promise.resolve();
    expect(state().tabs.map((t) => t.key)).toContain('entry:c');
    await act(async () => finishSave());
    expect(state().tabs.map((t) => t.key)).not.toContain('entry:c');
  });

  it('marks a dirty tab with a dot announced as unsaved', async () => {
    await openThree();
    act(() => store.setTabMeta('entry:b', { dirty: true }));
    const tab = screen.getByRole('tab', { name: /Second win/ });
    expect(tab.textContent).toContain('●');
    expect(tab.textContent).toContain('unsaved');
    expect(screen.getByRole('tab', { name: /First win/ }).textContent).not.toContain('unsaved');
  });

  it('cycles with Ctrl+PageDown / Ctrl+PageUp and Ctrl+Tab, wrapping around', async () => {
    await openThree();
    fireEvent.keyDown(document.body, { key: 'PageDown', ctrlKey: true });
    expect(state().activeTab).toBe('entry:a');
    fireEvent.keyDown(document.body, { key: 'Tab', ctrlKey: true });
    expect(state().activeTab).toBe('entry:b');
    fireEvent.keyDown(document.body, { key: 'PageUp', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'Tab', ctrlKey: true, shiftKey: true });
    expect(state().activeTab).toBe('entry:c');
  });

  it('moves between tabs with the arrow keys', async () => {
    const user = userEvent.setup();
    await openThree();
    screen.getByRole('tab', { name: /Third win/ }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(state().activeTab).toBe('entry:b');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: /Second win/ }));
    await user.keyboard('{Home}');
    expect(state().activeTab).toBe('entry:a');
  });

  it('keeps shortcuts working while typing in the editor', async () => {
    await openThree();
    const body = screen.getByRole('textbox', { name: 'Body of c' });
    fireEvent.keyDown(body, { key: 'w', code: 'KeyW', ctrlKey: true });
    await screen.findByText('Editing b (active)');
    // A shortcut the editor already handled (preventDefault) is left to the editor.
    const bold = new KeyboardEvent('keydown', {
      key: 'b',
      code: 'KeyB',
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
    });
    const body2 = screen.getByRole('textbox', { name: 'Body of b' });
    body2.addEventListener('keydown', (e) => e.preventDefault(), { once: true });
    body2.dispatchEvent(bold);
    expect(state().sideBarVisible).toBe(true);
  });
});
