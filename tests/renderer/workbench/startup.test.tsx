// @vitest-environment jsdom
import {
  callsTo,
  fake,
  flushHooks,
  makeEntry,
  renderApp,
  requestFlushFromShell,
  resetAll,
  store,
} from './setup';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Layout } from '../../../src-main/shared/domain';

beforeEach(() => {
  resetAll();
});
afterEach(() => resetAll());

const state = () => store.useWorkbench.getState();

describe('welcome', () => {
  it('opens on first start and is remembered as seen', async () => {
    fake.state.settings.welcomeSeen = false;
    renderApp();
    expect(await screen.findByRole('heading', { name: 'Welcome to Ladder' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: /Welcome/ })).toBeTruthy();
    await waitFor(() => expect(fake.state.settings.welcomeSeen).toBe(true));
    expect(await screen.findByText('/home/me/.config/Ladder')).toBeTruthy();
  });

  it('does not open once seen, and Help: Welcome brings it back', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByText('Show all commands');
    expect(screen.queryByRole('heading', { name: 'Welcome to Ladder' })).toBeNull();
    await user.keyboard('{F1}');
    await user.type(await screen.findByRole('combobox'), 'help welcome');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Welcome to Ladder' })).toBeTruthy();
  });

  it('offers only actions whose commands exist, with their shortcuts, and runs them', async () => {
    const user = userEvent.setup();
    fake.state.settings.welcomeSeen = false;
    renderApp();
    const page = await screen.findByRole('article');
    const actions = within(page).getAllByRole('button');
    // search.focus and journal.openProfilePage are not registered in this test.
    expect(actions.map((b) => b.textContent)).toEqual([
      'New AccomplishmentCtrl+Alt+N',
      'Command PaletteCtrl+Shift+P',
    ]);
    await user.click(actions[0]!);
    expect(state().activeTab).toBe('entry:new-1');
  });
});

describe('layout across restarts', () => {
  const saved: Layout = {
    sideBarVisible: false,
    sideBarWidth: 31,
    activeView: 'search',
    openTabs: [
      { type: 'entry', id: 'kept' },
      { type: 'entry', id: 'gone' },
      { type: 'entry', id: 'trashed' },
      { type: 'welcome', id: 'welcome' },
      { type: 'unknown-kind', id: 'x' },
    ],
    activeTab: 'entry:kept',
  };

  it('restores side bar, view and tabs, quietly dropping entries that no longer exist', async () => {
    resetAll({
      entries: [
        makeEntry('kept', 'Still here'),
        makeEntry('trashed', 'In the trash', { deletedAt: 5 }),
      ],
    });
    fake.state.settings.layout = saved;
    renderApp();
    await screen.findByRole('tab', { name: /Still here/ });
    expect(state().tabs.map((t) => t.key)).toEqual(['entry:kept', 'welcome:welcome']);
    expect(state().activeTab).toBe('entry:kept');
    expect(state().sideBarVisible).toBe(false);
    expect(state().activeView).toBe('search');
    expect(state().sideBarWidth).toBe(31);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('writes changes back once they settle', async () => {
    renderApp();
    await screen.findByText('Show all commands');
    act(() => {
      store.openEditor({ type: 'entry', id: 'one' });
      store.openEditor({ type: 'entry', id: 'two' });
      store.toggleSideBar();
    });
    await waitFor(() => expect(fake.state.settings.layout?.openTabs).toHaveLength(2), {
      timeout: 3000,
    });
    expect(fake.state.settings.layout).toEqual({
      sideBarVisible: false,
      sideBarWidth: 22,
      activeView: 'journal',
      openTabs: [
        { type: 'entry', id: 'one' },
        { type: 'entry', id: 'two' },
      ],
      activeTab: 'entry:two',
    });
    // Debounced: the three changes above became one write.
    expect(callsTo('settings.set').filter((a) => 'layout' in (a as object))).toHaveLength(1);
  });
});

describe('layout writes', () => {
  it('tries a refused layout write again without waiting for another change', async () => {
    renderApp();
    await screen.findByText('Show all commands');
    fake.state.refusals['settings.set'] = 1;
    act(() => store.openEditor({ type: 'entry', id: 'one' }));
    await waitFor(
      () => expect(fake.state.settings.layout?.openTabs).toEqual([{ type: 'entry', id: 'one' }]),
      { timeout: 5000 },
    );
    expect(callsTo('settings.set').filter((a) => 'layout' in (a as object))).toHaveLength(2);
  });
});

describe('layout when leaving', () => {
  it('writes a tab opened just before the page hides at once, not after the pause', async () => {
    renderApp();
    await screen.findByText('Show all commands');
    const layoutWrites = () => callsTo('settings.set').filter((a) => 'layout' in (a as object));
    act(() => store.openEditor({ type: 'entry', id: 'late' }));
    expect(layoutWrites()).toHaveLength(0);
    window.dispatchEvent(new Event('pagehide'));
    // Sent within the event, as a page going away allows, not when the half-second pause ends.
    expect(layoutWrites()).toHaveLength(1);
    await waitFor(() => expect(fake.state.settings.layout?.activeTab).toBe('entry:late'));
  });
});

describe('saving before leaving', () => {
  it('flushes every tab when the shell asks and when the page hides', async () => {
    renderApp();
    await screen.findByText('Show all commands');
    act(() => {
      store.openEditor({ type: 'entry', id: 'a' });
      store.openEditor({ type: 'entry', id: 'b' });
    });
    await screen.findByText('Editing b (active)');
    const flushed: string[] = [];
    flushHooks.onFlush = async (key) => {
      flushed.push(key);
    };
    await requestFlushFromShell();
    expect(flushed.sort()).toEqual(['entry:a', 'entry:b']);
    window.dispatchEvent(new Event('pagehide'));
    expect(flushed).toHaveLength(4);
  });
});

describe('status bar and notifications', () => {
  it('shows the active tab’s save state, words and date, and the browser mode', async () => {
    renderApp();
    act(() => store.openEditor({ type: 'entry', id: 'a' }));
    act(() =>
      store.setTabStatus('entry:a', { saveState: 'saved', words: 312, date: '2026-11-21' }),
    );
    const live = screen.getByRole('status', { name: '' });
    expect(live.textContent).toContain('Saved');
    expect(live.textContent).toContain('312 words');
    expect(live.textContent).toMatch(/2026/);
    act(() => store.setTabStatus('entry:a', { saveState: 'error', message: 'the disk is full' }));
    expect(live.textContent).toContain('Not saved: the disk is full');
    expect(await screen.findByText('Browser mode')).toBeTruthy();
  });

  it('shows errors as alerts that stay until dismissed', async () => {
    const user = userEvent.setup();
    renderApp();
    act(() => {
      store.notify('error', 'Could not save');
      store.notify('info', 'Moved to the trash');
    });
    expect(screen.getByRole('alert').textContent).toContain('Could not save');
    await user.click(
      within(screen.getByRole('alert')).getByRole('button', { name: 'Dismiss notification' }),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
