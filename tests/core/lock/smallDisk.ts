// A real small disk for tests of a full disk: a tmpfs mounted in a temp folder (needs root with
// CAP_SYS_ADMIN, as on the CI machine), filled to the last byte with a filler file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SmallDisk {
  dir: string;
  /** Fills every free byte; returns once a write has failed with ENOSPC. */
  fill: () => void;
  /** Frees the space taken by `fill`. */
  free: () => void;
  unmount: () => void;
}

/** Mounts a tmpfs of `bytes` or returns null where this machine does not allow it. */
export function mountSmallDisk(bytes: number): SmallDisk | null {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir], {
      stdio: 'ignore',
    });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  const fillers: string[] = [];
  const fill = () => {
    // Big pieces first, then single bytes, until the disk refuses even one.
    for (const size of [1 << 20, 64 << 10, 4096, 1]) {
      for (;;) {
        const file = join(dir, `filler-${fillers.length}`);
        try {
          writeFileSync(file, Buffer.alloc(size, 0x20));
          fillers.push(file);
        } catch (error) {
          rmSync(file, { force: true });
          if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          break;
        }
      }
    }
  };
  const free = () => {
    for (const file of fillers.splice(0)) rmSync(file, { force: true });
  };
  const unmount = () => {
    execFileSync('umount', [dir], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  return { dir, fill, free, unmount };
}
