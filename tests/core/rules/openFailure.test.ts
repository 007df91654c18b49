// Why a journal could not be opened, as the person is told: each storage failure gets the reason and
// the step that fixes it, damage is never reported as "try again" (it has its own recovery), errors
// without a storage code are not storage failures, and what stands at the journal's path is named.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LadderError } from '../../../src-main/shared/errors';
import {
  asUnavailable,
  codeOfError,
  isDamageCode,
  pathProblem,
  UnavailableDatabaseError,
  unavailable,
} from '../../../src-main/core/db/openFailure';
import { tempDir } from '../helpers';

const failure = (code: unknown) => Object.assign(new Error('driver said no'), { code });

const REASONS: [RegExp, string[]][] = [
  [/^The disk is full/, ['ENOSPC', 'EDQUOT', 'SQLITE_FULL', 'SQLITE_IOERR_SHMSIZE']],
  [
    /^Ladder is not allowed to read and write/,
    ['EACCES', 'EPERM', 'SQLITE_READONLY', 'SQLITE_READONLY_DBMOVED', 'SQLITE_PERM'],
  ],
  [/^The journal is on a disk that can only be read/, ['EROFS']],
  [/^The journal's folder is missing/, ['ENOENT', 'ENOTDIR']],
  [/^Something that is not a file/, ['EISDIR', 'ENOTFILE']],
  [
    /^Another program is holding the journal file/,
    ['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_IOERR_LOCK'],
  ],
  [/^The system is short of memory or open files/, ['EMFILE', 'ENFILE', 'ENOMEM', 'SQLITE_NOMEM']],
  [/^The system would not let Ladder open/, ['SQLITE_CANTOPEN', 'SQLITE_CANTOPEN_ISDIR']],
  [/^The disk reported an error/, ['EIO', 'SQLITE_IOERR', 'SQLITE_IOERR_READ']],
  [/^The system refused to open the journal file/, ['EAGAIN', 'SQLITE_ERROR']],
];

describe('a journal that cannot be opened for now', () => {
  it.each(REASONS.flatMap(([reason, codes]) => codes.map((code) => [code, reason] as const)))(
    '%s: tells the reason and the step that fixes it',
    (code, reason) => {
      const error = asUnavailable(failure(code), '/data/ladder.db');
      expect(error).toBeInstanceOf(UnavailableDatabaseError);
      expect(error?.info).toEqual({
        code,
        reason: expect.stringMatching(reason),
        path: '/data/ladder.db',
      });
      expect(error?.code).toBe('storage-error');
      expect(error?.message).toBe(
        `Ladder can't open your journal right now: ${error?.info.reason} (${code})`,
      );
    },
  );

  it('damage is not "try again": it is left to the recovery of a damaged journal', () => {
    for (const code of [
      'SQLITE_NOTADB',
      'SQLITE_FORMAT',
      'SQLITE_IOERR_SHORT_READ',
      'SQLITE_CORRUPT',
      'SQLITE_CORRUPT_INDEX',
    ]) {
      expect(isDamageCode(code), code).toBe(true);
      expect(asUnavailable(failure(code), 'f'), code).toBeNull();
    }
    expect(isDamageCode('SQLITE_CORRUPTED')).toBe(false);
    expect(isDamageCode('SQLITE_IOERR')).toBe(false);
  });

  it('an error without a storage code is not a storage failure; one already sorted is kept', () => {
    for (const other of [
      new Error('plain'),
      failure(''),
      failure(42),
      failure('ERR_INVALID_ARG_TYPE'),
      // Node's own codes are not the system's, even when one ends like one (…_MEMORY, …_ENOENT).
      failure('ERR_WORKER_OUT_OF_MEMORY'),
      failure('XENOENT'),
      failure('eacces'),
      null,
      new LadderError('wrong-passphrase', 'No.'),
    ])
      expect(asUnavailable(other, 'f')).toBeNull();
    const sorted = unavailable('EROFS', 'f');
    expect(asUnavailable(sorted, 'elsewhere')).toBe(sorted);
    expect(codeOfError(failure('ENOSPC'))).toBe('ENOSPC');
    expect(codeOfError({})).toBeNull();
    expect(codeOfError(failure(''))).toBeNull();
  });

  it('names a folder at the journal path and a missing folder; a new journal in a usable folder is fine', () => {
    const dir = tempDir();
    expect(pathProblem(join(dir, 'ladder.db'))).toBeNull();
    writeFileSync(join(dir, 'ladder.db'), '');
    expect(pathProblem(join(dir, 'ladder.db'))).toBeNull();
    mkdirSync(join(dir, 'folder.db'));
    expect(pathProblem(join(dir, 'folder.db'))?.info.code).toBe('EISDIR');
    expect(pathProblem(join(dir, 'gone', 'ladder.db'))?.info.code).toBe('ENOENT');
    expect(pathProblem('/dev/null')?.info.code).toBe('ENOTFILE');
  });
});
