import { describe, expect, it } from 'vitest';
import {
  backupsToKeep,
  checkedBackupsToKeep,
  type Dated,
} from '../../../src-main/core/backup/backupRotation';

const at = (iso: string): Dated => ({ name: iso, time: Date.parse(iso) });

/** One backup a day at 09:00 UTC for `days` days ending on 2026-11-21 (a Saturday). */
function daily(days: number): Dated[] {
  const end = Date.UTC(2026, 10, 21, 9);
  return Array.from({ length: days }, (_, i) => {
    const time = end - i * 86_400_000;
    return { name: new Date(time).toISOString(), time };
  });
}

describe('backup rotation', () => {
  it('keeps everything while there are few backups', () => {
    const all = daily(5);
    expect(backupsToKeep(all)).toEqual(new Set(all.map((b) => b.name)));
  });

  it('keeps the last 7 days and the newest of each of the last 4 weeks', () => {
    const keep = backupsToKeep(daily(60));
    expect([...keep].sort()).toEqual([
      // Weekly picks 11-01 and 11-08 (weeks from Mon 10-26 and 11-02); 11-15 and 11-21 are also daily picks.
      '2026-11-01T09:00:00.000Z',
      '2026-11-08T09:00:00.000Z',
      '2026-11-15T09:00:00.000Z',
      '2026-11-16T09:00:00.000Z',
      '2026-11-17T09:00:00.000Z',
      '2026-11-18T09:00:00.000Z',
      '2026-11-19T09:00:00.000Z',
      '2026-11-20T09:00:00.000Z',
      '2026-11-21T09:00:00.000Z',
    ]);
  });

  it('keeps the same one of two copies of one moment, whatever order the folder lists them in', () => {
    // A full copy and a compressed one of the same moment: the later name (the .gz) is kept.
    const time = Date.UTC(2026, 10, 21, 9);
    const full = { name: 'ladder-2026-11-21T09-00-00-000Z.db', time };
    const packed = { name: 'ladder-2026-11-21T09-00-00-000Z.db.gz', time };
    for (const listed of [
      [full, packed],
      [packed, full],
    ]) {
      expect(backupsToKeep(listed, 1, 0)).toEqual(new Set([packed.name]));
      expect(backupsToKeep(listed, 0, 1)).toEqual(new Set([packed.name]));
      const good = listed.map((b) => ({ ...b, good: true }));
      expect(checkedBackupsToKeep(good, 0, 0, 1)).toEqual(new Set([packed.name]));
    }
  });

  it('keeps only the newest backup of a day', () => {
    const keep = backupsToKeep([
      at('2026-11-21T08:00:00.000Z'),
      at('2026-11-21T18:00:00.000Z'),
      at('2026-11-20T23:59:59.999Z'),
    ]);
    expect([...keep].sort()).toEqual(['2026-11-20T23:59:59.999Z', '2026-11-21T18:00:00.000Z']);
  });

  it('keeps the newest backup of a day when the folder lists the newest first (as listBackups does)', () => {
    const newestFirst = [
      at('2026-11-21T18:00:00.000Z'),
      at('2026-11-21T08:00:00.000Z'),
      at('2026-11-20T23:59:59.999Z'),
      at('2026-11-20T01:00:00.000Z'),
    ];
    expect([...backupsToKeep(newestFirst, 7, 0)].sort()).toEqual([
      '2026-11-20T23:59:59.999Z',
      '2026-11-21T18:00:00.000Z',
    ]);
    expect([...backupsToKeep(newestFirst, 0, 4)]).toEqual(['2026-11-21T18:00:00.000Z']);
  });

  it('counts days that have a backup, not calendar days, so a long pause loses nothing recent', () => {
    const sparse = [
      '2026-01-05',
      '2026-03-02',
      '2026-05-04',
      '2026-07-06',
      '2026-09-07',
      '2026-11-02',
    ].map((d) => at(`${d}T12:00:00.000Z`));
    expect(backupsToKeep(sparse).size).toBe(6);
    expect(backupsToKeep([...sparse, ...daily(7)]).has('2026-11-02T12:00:00.000Z')).toBe(true);
    expect(backupsToKeep([...sparse, ...daily(7)]).has('2026-01-05T12:00:00.000Z')).toBe(false);
  });

  it('starts weeks on Monday in UTC', () => {
    // Sunday late and Monday early fall in different weeks: with one daily slot, both stay as weekly picks.
    const keep = backupsToKeep(
      [at('2026-11-15T23:00:00.000Z'), at('2026-11-16T01:00:00.000Z')],
      0,
      4,
    );
    expect(keep.size).toBe(2);
    const sameWeek = backupsToKeep(
      [at('2026-11-16T01:00:00.000Z'), at('2026-11-22T23:00:00.000Z')],
      0,
      4,
    );
    expect([...sameWeek]).toEqual(['2026-11-22T23:00:00.000Z']);
  });
});

describe('backup rotation with checked copies', () => {
  const checked = (iso: string, good: boolean) => ({ ...at(iso), good });

  it('picks the newest good copy of a day, not a newer damaged one', () => {
    const keep = checkedBackupsToKeep([
      checked('2026-11-20T09:00:00.000Z', true),
      checked('2026-11-20T23:00:00.000Z', false),
      checked('2026-11-19T09:00:00.000Z', true),
      checked('2026-11-19T23:00:00.000Z', false),
    ]);
    expect(keep.has('2026-11-20T09:00:00.000Z')).toBe(true);
    expect(keep.has('2026-11-19T09:00:00.000Z')).toBe(true);
  });

  it('keeps the 3 newest good copies even when the date rule keeps none of them', () => {
    const keep = checkedBackupsToKeep(
      [
        checked('2026-11-21T08:00:00.000Z', true),
        checked('2026-11-21T09:00:00.000Z', true),
        checked('2026-11-21T10:00:00.000Z', true),
        checked('2026-11-21T07:00:00.000Z', true),
      ],
      0,
      0,
    );
    expect([...keep].sort()).toEqual([
      '2026-11-21T08:00:00.000Z',
      '2026-11-21T09:00:00.000Z',
      '2026-11-21T10:00:00.000Z',
    ]);
  });

  it('when every copy failed its check, keeps what the date rule keeps, never nothing', () => {
    const damaged = daily(20).map((b) => ({ ...b, good: false }));
    const keep = checkedBackupsToKeep(damaged);
    expect(keep).toEqual(backupsToKeep(damaged));
    expect(keep.size, '7 days and the week before them').toBe(8);
  });

  it('keeps the only good copy however many damaged ones come after it', () => {
    const damaged = daily(20).map((b) => ({ ...b, good: false }));
    const keep = checkedBackupsToKeep([...damaged, checked('2025-01-01T00:00:00.000Z', true)]);
    expect(keep.has('2025-01-01T00:00:00.000Z')).toBe(true);
  });

  it('keeps a copy that could not be checked this round (locked, unreadable for now), however old', () => {
    const good = daily(40).map((b) => ({ ...b, good: true }));
    const old = { ...at('2025-01-01T00:00:00.000Z'), good: false, unchecked: true };
    const keep = checkedBackupsToKeep([...good, old]);
    expect(keep.has(old.name)).toBe(true);
    // Judged damaged, the same copy goes: the date rule keeps 7 days and 4 weeks of the good ones.
    expect(checkedBackupsToKeep([...good, { ...old, unchecked: false }]).has(old.name)).toBe(false);
  });
});
