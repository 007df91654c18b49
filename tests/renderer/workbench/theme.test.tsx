// @vitest-environment jsdom
import { callsTo, fake, renderApp, resetAll } from './setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

beforeEach(() => {
  resetAll();
});
afterEach(() => resetAll());

describe('colour themes', () => {
  it('applies the saved theme on start', async () => {
    fake.state.settings.theme = 'dark';
    renderApp();
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(screen.getByRole('button', { name: /Colour theme: Dark/ })).toBeTruthy();
  });

  it('switches through Preferences: Color Theme, sets data-theme and remembers the choice', async () => {
    const user = userEvent.setup();
    renderApp();
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('system'));
    await user.keyboard('{Control>}{Shift>}p{/Shift}{/Control}');
    await user.type(await screen.findByRole('combobox'), 'color theme');
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Choose a colour theme' });
    expect(
      within(dialog)
        .getAllByRole('option')
        .map((o) => o.textContent?.split(/current|follows/)[0]),
    ).toEqual(['System', 'Light', 'Dark', 'High Contrast']);
    await user.click(within(dialog).getByRole('option', { name: /High Contrast/ }));
    expect(document.documentElement.dataset.theme).toBe('high-contrast');
    await waitFor(() => expect(fake.state.settings.theme).toBe('high-contrast'));
    expect(callsTo('settings.set')).toContainEqual({ theme: 'high-contrast' });
  });

  it('opens the same picker from the status bar', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: /Colour theme: System/ }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('option', { name: /^Light/ }),
    );
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(screen.getByRole('button', { name: /Colour theme: Light/ })).toBeTruthy();
  });
});
