// The app's own channels (names and result types; the start gate's app.* channels are in lock/).
import { returns } from '../channelParts';
import type { AppInfo } from '../domain';
import type { StartRead } from './startRead';

export const appChannels = {
  'app.info': returns<AppInfo>(),
  'app.start': returns<StartRead>(),
};
