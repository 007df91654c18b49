// The settings channels → the settings service.
import type { Handlers } from '../../shared/contract';
import type { settingsChannels } from '../../shared/settings/settingsChannels';
import type { SettingsService } from './settingsService';

export function settingsHandlers(s: {
  settings: SettingsService;
}): Handlers<keyof typeof settingsChannels> {
  return {
    'settings.get': s.settings.get,
    'settings.set': s.settings.set,
  };
}
