// The journal's reads and writes, and what each write does to the cache. An entry's own read is put
// back by hand after a save (a refetch into the open pane would fight the caret); the lists that show
// it are invalidated.
import type { Entry } from '../../../../src-main/shared/domain';
import { isProfilePage } from '../../../../src-main/shared/journal/entryKinds';
import { defineRead, defineWrite, queryClient } from '../../api/query';

export const entryRead = defineRead('journal.get');
export const profileRead = defineRead('profile.get');

/** The lists a saved entry shows in; its own read is put back instead. */
const SAVE_INVALIDATES = ['journal.list', 'journal.counts', 'journal.tags', 'journal.history', 'search.'];

function putEntry(id: string, entry: Entry): void {
  queryClient.setQueryData(entryRead.key({ id }), entry);
}

/** The entry as stored now, under its id and (for a profile page) under its page: its panes reopen on it. */
export function putStoredEntry(entry: Entry): void {
  putEntry(entry.id, entry);
  if (isProfilePage(entry.kind)) queryClient.setQueryData(profileRead.key({ page: entry.kind }), entry);
}

export const saveEntry = defineWrite('journal.save', { invalidates: SAVE_INVALIDATES, patch: (saved) => putEntry(saved.id, saved) });

export const createEntryWrite = defineWrite('journal.create', { invalidates: ['journal.', 'search.'], patch: (entry) => putEntry(entry.id, entry) });

/** A profile page's pane reads it by page: without the patch it would reopen on the text before. */
export const restoreRevision = defineWrite('journal.restoreRevision', {
  invalidates: ['journal.', 'search.'],
  patch: (restored, args) => {
    putEntry(args.id, restored);
    if (isProfilePage(restored.kind)) queryClient.setQueryData(profileRead.key({ page: restored.kind }), restored);
  },
});
