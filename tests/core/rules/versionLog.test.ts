// The rule behind every versioned save, as two tabs meet it: versions a page wrote itself since its
// base are its own, any other page's refuse the save; a base from beyond the record's version is
// refused; what the log forgot (old versions, long-untouched records) refuses once, never silently lets
// another page's change be overwritten.
import { describe, expect, it } from 'vitest';
import { LadderError } from '../../../src-main/shared/errors';
import { createVersionLog } from '../../../src-main/core/common/versionCheck';

const A = 'page-a';
const B = 'page-b';

function refusal(run: () => void): LadderError | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof LadderError) return error;
    throw error;
  }
}

describe('version log', () => {
  it('a save on the current version or without a base is applied; an unknown older base is refused, saying which record', () => {
    const log = createVersionLog();
    expect(refusal(() => log.check('e1', 3, { baseVersion: 3, session: A }, 'The entry'))).toBe(
      null,
    );
    expect(refusal(() => log.check('e1', 3, { session: A }, 'The entry'))).toBe(null);
    expect(refusal(() => log.check('e1', 3, { baseVersion: 3 }, 'The entry'))).toBe(null);
    const error = refusal(() => log.check('e1', 3, { baseVersion: 2, session: A }, 'The entry'));
    expect(error?.code).toBe('conflict');
    expect(error?.message).toMatch(/^The entry was changed in another tab or window/);
  });

  it('versions the same page wrote since its base are its own; one from another page refuses', () => {
    const log = createVersionLog();
    log.wrote('e1', 2, A);
    log.wrote('e1', 3, A);
    expect(refusal(() => log.check('e1', 3, { baseVersion: 1, session: A }, 'It'))).toBe(null);
    log.wrote('e1', 4, B);
    expect(refusal(() => log.check('e1', 4, { baseVersion: 1, session: A }, 'It'))?.code).toBe(
      'conflict',
    );
    // B's base was 3: only its own version 4 came since.
    expect(refusal(() => log.check('e1', 4, { baseVersion: 3, session: B }, 'It'))).toBe(null);
    // Another record's log is its own.
    expect(refusal(() => log.check('e2', 4, { baseVersion: 1, session: A }, 'It'))?.code).toBe(
      'conflict',
    );
  });

  it('a save naming no page, or written by no page, owns nothing', () => {
    const log = createVersionLog();
    log.wrote('e1', 2, undefined);
    expect(refusal(() => log.check('e1', 2, { baseVersion: 1 }, 'It'))?.code).toBe('conflict');
    expect(refusal(() => log.check('e9', 2, { baseVersion: 1 }, 'It'))?.code).toBe('conflict');
    log.wrote('e1', 3, A);
    expect(refusal(() => log.check('e1', 3, { baseVersion: 2, session: A }, 'It'))).toBe(null);
    expect(refusal(() => log.check('e1', 3, { baseVersion: 2 }, 'It'))?.code).toBe('conflict');
  });

  it('a base beyond the current version (a store restored from a backup) is refused', () => {
    const log = createVersionLog();
    log.wrote('e1', 5, A);
    expect(refusal(() => log.check('e1', 3, { baseVersion: 5, session: A }, 'It'))?.code).toBe(
      'conflict',
    );
  });

  it('keeps the last 64 versions of a record: a base older than those refuses once', () => {
    const log = createVersionLog();
    for (let v = 1; v <= 64; v += 1) log.wrote('e1', v, A);
    expect(refusal(() => log.check('e1', 64, { baseVersion: 0, session: A }, 'It'))).toBe(null);
    log.wrote('e1', 65, A);
    expect(refusal(() => log.check('e1', 65, { baseVersion: 0, session: A }, 'It'))?.code).toBe(
      'conflict',
    );
    expect(refusal(() => log.check('e1', 65, { baseVersion: 1, session: A }, 'It'))).toBe(null);
  });

  it('keeps the 10,000 records written last: one written again since stays remembered', () => {
    const log = createVersionLog();
    log.wrote('first', 2, A);
    log.wrote('second', 2, A);
    for (let i = 0; i < 9_998; i += 1) log.wrote(`other-${i}`, 1, B);
    // 10,000 records: both still known.
    expect(refusal(() => log.check('first', 2, { baseVersion: 1, session: A }, 'It'))).toBe(null);
    log.wrote('first', 3, A);
    log.wrote('one-more', 1, B);
    // 'second' was the oldest written: forgotten. 'first' was written again: kept.
    expect(refusal(() => log.check('second', 2, { baseVersion: 1, session: A }, 'It'))?.code).toBe(
      'conflict',
    );
    expect(refusal(() => log.check('first', 3, { baseVersion: 1, session: A }, 'It'))).toBe(null);
  });
});
