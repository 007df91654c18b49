// Creating the journal's file before SQLite opens it: a new file is made empty and readable by its
// owner only, whatever the umask; an existing journal is left exactly as it is (never emptied).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPrivateFile, writePrivateFile } from '../../../src-main/core/common/privateFiles';
import { tempDir } from '../helpers';

const mode = (file: string) => statSync(file).mode & 0o777;

/** How many files this process holds open (Linux lists them in /proc/self/fd). */
const openFiles = (): number => readdirSync('/proc/self/fd').length;

describe('private files', () => {
  it("makes a new file empty and 0600 under any umask, also one that takes the owner's write bit", () => {
    for (const umask of [0, 0o277]) {
      const file = join(tempDir(), 'ladder.db');
      const old = process.umask(umask);
      try {
        createPrivateFile(file);
      } finally {
        process.umask(old);
      }
      expect(readFileSync(file).length).toBe(0);
      expect(mode(file), umask.toString(8)).toBe(0o600);
    }
  });

  it('leaves an existing journal, its bytes and its mode, as they are', () => {
    const file = join(tempDir(), 'ladder.db');
    writeFileSync(file, 'SQLite format 3\0 and pages', { mode: 0o640 });
    createPrivateFile(file);
    expect(readFileSync(file, 'latin1')).toBe('SQLite format 3\0 and pages');
    expect(mode(file)).toBe(0o640);
  });

  it('refuses a path it cannot create, rather than pretending', () => {
    expect(() => createPrivateFile(join(tempDir(), 'missing', 'ladder.db'))).toThrow(/ENOENT/);
  });

  it('writes a file whole and 0600, flushed or not', () => {
    const dir = tempDir();
    writePrivateFile(join(dir, 'a.json'), '{"a":1}', { flush: true });
    writePrivateFile(join(dir, 'b.json'), new Uint8Array([1, 2, 3]));
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{"a":1}');
    expect([...readFileSync(join(dir, 'b.json'))]).toEqual([1, 2, 3]);
    expect(mode(join(dir, 'a.json'))).toBe(0o600);
  });

  // Every backup, export and journal start writes through these: a handle left open each time would
  // run the app out of open files after a long session.
  it.skipIf(process.platform !== 'linux')('closes every file it creates or writes', () => {
    const dir = tempDir();
    const before = openFiles();
    for (let i = 0; i < 20; i += 1) {
      createPrivateFile(join(dir, `new-${i}.db`));
      writePrivateFile(join(dir, `export-${i}.json`), '{}');
      writePrivateFile(join(dir, `flushed-${i}.json`), '{}', { flush: true });
    }
    expect(openFiles()).toBe(before);
  });
});
