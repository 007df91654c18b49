// Maps an app://ladder/... address onto a file of the built renderer (pure, unit-tested).
import { resolveInside } from '../core/transport/safePath';

export const APP_ORIGIN = 'app://ladder';
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** Returns the file to serve, or null for another scheme or host, a malformed URL, or a path outside root. */
export function resolveAppPath(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'app:' || parsed.host !== 'ladder') return null;
  // Scan the raw text too: URL parsing folds "/a/../b" before we could see it.
  const rawPath = url.slice(APP_ORIGIN.length).split(/[?#]/, 1)[0] ?? '';
  if (/(^|\/)(\.|%2e){2}(\/|%2f|%5c|\\|$)/i.test(rawPath)) return null;
  return resolveInside(root, parsed.pathname);
}
