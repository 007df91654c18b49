// The colour theme: `data-theme` on <html> selects a block of theme.css; 'system' follows the OS live.
// Why a store (useTheme): it holds the theme applied to this page now, UI state; the remembered choice
// is the settings' (written through workbenchQueries.ts), read once at start.
import { create } from 'zustand';
import type { ThemeChoice } from '../../../src-main/shared/domain';
import { saveSettings } from './workbenchQueries';
import { notify, showQuickPick } from './store';

export const THEME_LABELS: Record<ThemeChoice, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High Contrast',
};

const THEME_ICONS: Record<ThemeChoice, string> = {
  system: 'device-desktop',
  light: 'symbol-color',
  dark: 'color-mode',
  'high-contrast': 'eye',
};

export const useTheme = create<{ choice: ThemeChoice }>(() => ({ choice: 'system' }));

export function applyTheme(choice: ThemeChoice): void {
  document.documentElement.dataset.theme = choice;
  useTheme.setState({ choice });
}

/** Applies the theme now and remembers it for the next start. */
export async function chooseTheme(choice: ThemeChoice): Promise<void> {
  applyTheme(choice);
  try {
    await saveSettings({ theme: choice });
  } catch {
    notify('warning', 'The theme is applied but could not be remembered for next time.');
  }
}

export async function pickColorTheme(): Promise<void> {
  const current = useTheme.getState().choice;
  const choices = Object.keys(THEME_LABELS) as ThemeChoice[];
  const picked = await showQuickPick(
    choices.map((choice) => ({
      label: THEME_LABELS[choice],
      description:
        choice === current
          ? 'current'
          : choice === 'system'
            ? 'follows your operating system'
            : undefined,
      icon: THEME_ICONS[choice],
      value: choice,
    })),
    'Choose a colour theme',
  );
  if (picked) await chooseTheme(picked);
}
