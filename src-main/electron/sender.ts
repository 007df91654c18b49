// Only our own page, in our own window, may call the API (pure, unit-tested).
import { APP_ORIGIN } from './appPath';

export function isTrustedSenderUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  return url.startsWith(`${APP_ORIGIN}/`);
}
