// Cheap checks of a database file before the driver opens it, from its first 100 bytes
// (https://www.sqlite.org/fileformat.html): enough to refuse other files and truncated ones
// without reading the whole file as `PRAGMA quick_check` does.
import { closeSync, openSync, readSync, statSync } from 'node:fs';

const MAGIC = 'SQLite format 3\0';

/** Why the file cannot be a sound SQLite database, or null when its header looks right (or it is new). */
export function headerProblem(file: string): string | null {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return null;
  }
  if (size === 0) return null;
  if (size < 100) return 'too short';
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1', 0, 16) !== MAGIC) return 'not a database';
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return 'bad page size';
  const pageCount = header.readUInt32BE(28);
  // The in-header size is valid only when the change counter matches "version valid for".
  const sizeValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  // A write-ahead log may hold pages a crash kept from the main file; then only quick_check can judge.
  if (sizeValid && pageCount > 0 && size < pageCount * pageSize && !hasWal(file))
    return 'truncated';
  return null;
}

function hasWal(file: string): boolean {
  try {
    return statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
}

export function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Whether the file starts with SQLite's plain header; false for a missing, empty or encrypted file. */
export function hasPlainHeader(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(16);
    return readSync(fd, head, 0, 16, 0) === 16 && head.toString('latin1') === MAGIC;
  } finally {
    closeSync(fd);
  }
}
