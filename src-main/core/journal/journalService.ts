// Journal rules: creating, reading, listing and saving entries (revisionRules decides what history keeps).
import { randomUUID } from 'node:crypto';
import type { ParsedArgs } from '../../shared/contract';
import { todayIso } from '../../shared/dates';
import type { Entry, EntryKind, EntrySummary, TagCount } from '../../shared/domain';
import { isProfilePage } from '../../shared/journal/entryKinds';
import type { MonthCount } from '../../shared/journal/journalChannels';
import { LadderError } from '../../shared/errors';
import {
  countByKind,
  findEntryRow,
  listEntries,
  listMonths,
  listPage,
  toEntry,
  type EntryRow,
} from './entriesRepository.read';
import { insertEntry, updateEntry } from './entriesRepository.write';
import { findTitles } from './titleIndex';
import { tagCounts } from './tagsRepository';
import { insertRevision, latestRevision, latestRevisionAt } from './revisionsRepository';
import type { ServiceContext } from '../common/context';
import { deriveState, sameContent } from './entryRules';
import { packBody, storedBody } from './bodyPacking';
import { reasonToKeep } from './revisionRules';
import { createVersionLog } from '../common/versionCheck';

export function requireEntryRow(ctx: ServiceContext, id: string): EntryRow {
  const row = findEntryRow(ctx.db, id);
  if (!row) throw new LadderError('not-found', 'That journal entry no longer exists.');
  return row;
}

export function readEntry(ctx: ServiceContext, id: string): Entry {
  return toEntry(requireEntryRow(ctx, id));
}

/** Same packed bytes: the same body (deflate's output is a function of its input). */
function samePacked(stored: unknown, packed: Buffer | null): boolean {
  return packed !== null && ArrayBuffer.isView(stored) && packed.equals(stored as Buffer);
}

export function createJournalService(ctx: ServiceContext) {
  const { db } = ctx;
  // Newest save applied per entry and editor session. Two saves from one page can arrive out of
  // order (one sent as the page unloads overtakes one already in flight); the older must not win.
  const lastApplied = new Map<string, { session: string; seq: number }>();
  const versions = createVersionLog();

  function isStale(args: ParsedArgs<'journal.save'>): boolean {
    if (args.session === undefined || args.seq === undefined) return false;
    const last = lastApplied.get(args.id);
    return last !== undefined && last.session === args.session && args.seq <= last.seq;
  }

  function create(args: ParsedArgs<'journal.create'>): Entry {
    const now = ctx.now();
    const state = deriveState(args.kind, {
      title: args.title ?? '',
      date: args.date ?? todayIso(new Date(now)),
      fields: args.fields ?? {},
      body: args.body ?? '',
      tags: args.tags ?? [],
    });
    const id = randomUUID();
    insertEntry(db, id, args.kind, state, now);
    return readEntry(ctx, id);
  }

  function save(args: ParsedArgs<'journal.save'>): Entry {
    const row = requireEntryRow(ctx, args.id);
    if (isStale(args)) return toEntry(row);
    versions.check(args.id, row.version, args, 'This entry');
    const kind = row.kind as Entry['kind'];
    // Profile pages are kept current, not dated: their date stays the day they were started.
    const date = isProfilePage(kind) ? row.date : args.date;
    const state = deriveState(kind, { ...args, date });
    const now = ctx.now();
    // A save without a session (an API caller) is a session of its own.
    const newSession =
      args.session === undefined || lastApplied.get(args.id)?.session !== args.session;
    // The stored body is unpacked only when a revision keeps it: most saves of a long entry change
    // its text, and comparing packed bytes settles the rest.
    const previous = toEntry({ ...row, body: '', body_packed: null });
    const previousBody = (): string => storedBody(row.body, row.body_packed);
    const packed = packBody(state.body);
    const unchanged =
      sameContent({ ...previous, body: '' }, { ...state, body: '' }) &&
      (samePacked(row.body_packed, packed) ||
        (row.text === state.text && previousBody() === state.body));
    db.transaction(() => {
      const keep = reasonToKeep({
        kind,
        previous,
        next: state,
        unchanged,
        latestAt: latestRevisionAt(db, args.id),
        latestHoldsPrevious: () => {
          const latest = latestRevision(db, args.id);
          return latest !== undefined && sameContent(latest, { ...previous, body: previousBody() });
        },
        newSession,
        now,
      });
      // A version is dated when its text was last saved, not when it was replaced.
      if (keep) {
        insertRevision(db, args.id, { ...previous, body: previousBody() }, previous.updatedAt);
      }
      updateEntry(db, row.seq, state, now, packed);
    })();
    versions.wrote(args.id, row.version + 1, args.session);
    if (args.session !== undefined && args.seq !== undefined) {
      lastApplied.set(args.id, { session: args.session, seq: args.seq });
    }
    // The entry as just written, without reading its long row back.
    return { ...previous, ...state, updatedAt: now, version: row.version + 1 };
  }

  return {
    create,
    save,
    get: (args: ParsedArgs<'journal.get'>): Entry => readEntry(ctx, args.id),
    list: (args: ParsedArgs<'journal.list'>): EntrySummary[] => listEntries(db, args),
    page: ({ offset, limit, ...filter }: ParsedArgs<'journal.page'>): EntrySummary[] =>
      listPage(db, filter, offset, limit),
    months: (args: ParsedArgs<'journal.months'>): MonthCount[] => listMonths(db, args),
    find: (args: ParsedArgs<'journal.find'>) => findTitles(db, args),
    counts: (): Record<EntryKind, number> => countByKind(db),
    tags: (): TagCount[] => tagCounts(db),
  };
}

export type JournalService = ReturnType<typeof createJournalService>;
