// The app's own channel (names and result types; the start gate's app.* channels are in lock/).
import { returns } from '../channelParts';
import type { AppInfo } from '../domain';

export const appChannels = {
  'app.info': returns<AppInfo>(),
};
