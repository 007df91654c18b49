// The trash: trashed documents leave lists and search but keep their history until removed for good.
import type { ParsedArgs } from '../../shared/contract';
import type { Entry, EntrySummary } from '../../shared/domain';
import { isProfilePage } from '../../shared/journal/entryKinds';
import { LadderError } from '../../shared/errors';
import { listTrash } from './entriesRepository.read';
import { deleteEntries, setTrashed, trashedSeqs } from './entriesRepository.write';
import type { ServiceContext } from '../common/context';
import { readEntry, requireEntryRow } from './journalService';

export function createTrashService(ctx: ServiceContext) {
  const { db } = ctx;

  function trash(args: ParsedArgs<'journal.trash'>): null {
    const row = requireEntryRow(ctx, args.id);
    if (isProfilePage(row.kind)) {
      throw new LadderError(
        'invalid-argument',
        'Profile pages are kept current and cannot be moved to the trash.',
      );
    }
    if (row.deleted_at === null) setTrashed(db, row.seq, ctx.now());
    return null;
  }

  function restore(args: ParsedArgs<'journal.restore'>): Entry {
    const row = requireEntryRow(ctx, args.id);
    if (row.deleted_at !== null) setTrashed(db, row.seq, null);
    return readEntry(ctx, args.id);
  }

  /** Only what is already in the trash can be removed for good. */
  function deleteForever(args: ParsedArgs<'journal.deleteForever'>): null {
    const row = requireEntryRow(ctx, args.id);
    if (row.deleted_at === null) {
      throw new LadderError('conflict', 'Move the entry to the trash before deleting it for good.');
    }
    deleteEntries(db, [row.seq]);
    return null;
  }

  return {
    trash,
    restore,
    deleteForever,
    listTrash: (): EntrySummary[] => listTrash(db),
    emptyTrash: (): { removed: number } => ({ removed: deleteEntries(db, trashedSeqs(db)) }),
  };
}

export type TrashService = ReturnType<typeof createTrashService>;
