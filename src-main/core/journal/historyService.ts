// Revision history of an entry: listing, reading, and going back to an earlier version.
import type { ParsedArgs } from '../../shared/contract';
import type { Entry, Revision, RevisionSummary } from '../../shared/domain';
import { LadderError } from '../../shared/errors';
import { toEntry } from './entriesRepository.read';
import { updateEntry } from './entriesRepository.write';
import { getRevision, insertRevision, latestRevision, listRevisions } from './revisionsRepository';
import type { ServiceContext } from '../common/context';
import { deriveState, sameContent } from './entryRules';
import { readEntry, requireEntryRow } from './journalService';

export function createHistoryService(ctx: ServiceContext) {
  const { db } = ctx;

  function requireRevision(revisionId: number): Revision {
    const revision = getRevision(db, revisionId);
    if (!revision)
      throw new LadderError('not-found', 'That version of the entry no longer exists.');
    return revision;
  }

  /** Keeps the current state as a revision first, so going back can itself be undone. */
  function restoreRevision(args: ParsedArgs<'journal.restoreRevision'>): Entry {
    const row = requireEntryRow(ctx, args.id);
    const revision = requireRevision(args.revisionId);
    if (revision.entryId !== args.id)
      throw new LadderError('not-found', 'That version belongs to another entry.');
    const current = toEntry(row);
    const restored = deriveState(current.kind, revision);
    const now = ctx.now();
    db.transaction(() => {
      const latest = latestRevision(db, args.id);
      // Dated when that text was last saved, as the versions a save keeps (revisionRules).
      if (!latest || !sameContent(latest, current))
        insertRevision(db, args.id, current, current.updatedAt);
      updateEntry(db, row.seq, restored, now);
    })();
    return readEntry(ctx, args.id);
  }

  return {
    history: (args: ParsedArgs<'journal.history'>): RevisionSummary[] => {
      requireEntryRow(ctx, args.id);
      return listRevisions(db, args.id);
    },
    revision: (args: ParsedArgs<'journal.revision'>): Revision => requireRevision(args.revisionId),
    restoreRevision,
  };
}

export type HistoryService = ReturnType<typeof createHistoryService>;
