// A file or folder that really refuses writes, for tests of what Ladder does when it may not write.
import { execFileSync } from 'node:child_process';
import { chmodSync, statSync } from 'node:fs';

/**
 * Makes the file (or folder) refuse writes for real: as root permission bits do not deny, so the file
 * is made immutable (chattr +i, which stops root too); otherwise its mode is read-only. Returns the undo.
 */
export function denyWrites(path: string): () => void {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', path]);
    return () => execFileSync('chattr', ['-i', path]);
  }
  const mode = statSync(path).mode & 0o777;
  chmodSync(path, 0o500 & mode);
  return () => chmodSync(path, mode);
}
