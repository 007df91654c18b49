// The settings channels: names and result types.
import { returns } from '../channelParts';
import type { Settings } from '../domain';

export const settingsChannels = {
  'settings.get': returns<Settings>(),
  'settings.set': returns<Settings>(),
};
