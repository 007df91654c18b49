// Preferences: the colour theme picker.
import { registerCommand } from '../../workbench/registry';
import { pickColorTheme } from '../../workbench/theme';

registerCommand({
  id: 'workbench.colorTheme',
  title: 'Preferences: Color Theme',
  run: pickColorTheme,
});
