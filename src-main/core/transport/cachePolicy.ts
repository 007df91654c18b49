// How long the browser may keep each file of the built renderer. The page must always match the app,
// so it is never kept. A file under assets/ has a hash of its content in its name (Vite's build), so
// it never changes: the browser keeps it, and with it V8's compiled code, which saves most of a
// start's script compiling. Anything else (the icon) is asked again each time.
import { relative, sep } from 'node:path';

const HASHED_ASSET = /^assets\/[^/]+-[\w-]{8}\.[a-z0-9]+$/;

/** `filePath` is the resolved file inside `rendererDir`, so an encoded or odd spelling of a path cannot change its policy. */
export function cacheControlFor(rendererDir: string, filePath: string): string {
  const inside = relative(rendererDir, filePath).split(sep).join('/');
  if (inside === 'index.html') return 'no-store';
  return HASHED_ASSET.test(inside) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
