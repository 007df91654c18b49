// Maps a URL path onto a file under a root folder, refusing anything that would step outside it.
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Returns the absolute file path for `urlPath` (already stripped of query and hash) inside `root`,
 * or null when the path is malformed or escapes the root (`..`, encoded `%2e%2e%2f`, backslashes, NUL).
 * `/` maps to index.html.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (!decoded.startsWith('/')) decoded = `/${decoded}`;
  if (decoded.split('/').some((segment) => segment === '..')) return null;
  const relativePath = decoded === '/' || decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const base = resolve(root);
  const target = resolve(base, `.${relativePath}`);
  const rel = relative(base, target);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return target;
}
