// @vitest-environment jsdom
import { renderApp, resetAll, store } from './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

beforeEach(() => {
  resetAll();
});
afterEach(() => resetAll());

describe('activity bar and side bar', () => {
  it('has one named button per view, the active one pressed, with its badge in the name', async () => {
    renderApp();
    const bar = await screen.findByRole('toolbar', { name: 'Views' });
    const buttons = within(bar).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Journal, 3', 'Search']);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'false']);
    expect(screen.getByRole('heading', { name: 'Journal' })).toBeTruthy();
  });

  it('switches views on click, and clicking the active view hides and shows the side bar', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Search' }));
    expect(screen.getByRole('heading', { name: 'Search' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Search the journal' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Search' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.queryByRole('heading', { name: 'Search' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Search' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByRole('heading', { name: 'Search' })).toBeTruthy();
  });

  it('is one tab stop, with arrow keys moving between buttons', async () => {
    const user = userEvent.setup();
    renderApp();
    const journal = await screen.findByRole('button', { name: 'Journal, 3' });
    const search = screen.getByRole('button', { name: 'Search' });
    expect([journal.tabIndex, search.tabIndex]).toEqual([0, -1]);
    journal.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(search);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(journal);
    await user.keyboard('{End}{Enter}');
    expect(store.useWorkbench.getState().activeView).toBe('search');
  });

  it('toggles the side bar with Ctrl+B and focuses it with Ctrl+0', async () => {
    renderApp();
    await screen.findByRole('heading', { name: 'Journal' });
    fireEvent.keyDown(document.body, { key: 'b', code: 'KeyB', ctrlKey: true });
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Journal' })).toBeNull());
    fireEvent.keyDown(document.body, { key: '0', code: 'Digit0', ctrlKey: true });
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'First journal row' }),
      ),
    );
  });
});
