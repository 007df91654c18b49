// The journal's reads and writes, and what each write does to the cache. An entry's own read is put
// back by hand after a save (a refetch into the open pane would fight the caret), and so is its row
// in the lists: an autosave re-reads no list, count or tag (at 100,000 entries each would cost).
import type { Entry, EntrySummary } from '../../../../src-main/shared/domain';
import { isProfilePage } from '../../../../src-main/shared/journal/entryKinds';
import { defineRead, defineWrite, invalidate, queryClient } from '../../api/query';

export const entryRead = defineRead('journal.get');
export const profileRead = defineRead('profile.get');
export const goalsRead = defineRead('goals.list');
export const historyRead = defineRead('journal.history');
export const revisionRead = defineRead('journal.revision');
export const countsRead = defineRead('journal.counts');
export const pageRead = defineRead('journal.page');
export const monthsRead = defineRead('journal.months');
export const skillsRead = defineRead('skills.list');
export const trashRead = defineRead('journal.listTrash');

/**
 * What every save makes stale: its history and search results (read again only where shown). The
 * lists are patched instead (patchLists); counts never change on a save, as the kind cannot.
 */
const SAVE_INVALIDATES = ['journal.history', 'search.'];

/**
 * The channels holding entry rows in the side bar's order: only its pages now (journal.page). Quick
 * open and the evidence picker ask journal.find for what is typed, and ask again each time they open.
 */
const ROW_LISTS = ['journal.page'];

function summaryOf(e: Entry): EntrySummary {
  const { id, kind, title, date, tags, wordCount, updatedAt } = e;
  return { id, kind, title, date, tags, wordCount, updatedAt };
}

const sameTags = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((t, i) => t === b[i]);

/**
 * Puts the saved entry's row into every cached list that shows it. A new date moves the row (the
 * lists are in date order) and new tags change the tag list and what a tag filter keeps: only then
 * are those lists read again. `before` is the entry as cached before this save.
 */
async function patchLists(saved: Entry, before: Entry | undefined): Promise<void> {
  const row = summaryOf(saved);
  queryClient.setQueriesData<EntrySummary[]>(
    { predicate: (q) => ROW_LISTS.includes(String(q.queryKey[0])) },
    (rows) =>
      rows?.some((r) => r.id === saved.id) ? rows.map((r) => (r.id === saved.id ? row : r)) : rows,
  );
  if (isProfilePage(saved.kind)) return;
  const moved = !before || before.date !== saved.date;
  const retagged = !before || !sameTags(before.tags, saved.tags);
  if (moved) await invalidate([...ROW_LISTS, 'journal.months']);
  if (retagged) {
    await invalidate(['journal.tags']);
    await queryClient.invalidateQueries({
      predicate: (q) =>
        [...ROW_LISTS, 'journal.months'].includes(String(q.queryKey[0])) &&
        typeof (q.queryKey[1] as { tag?: unknown } | undefined)?.tag === 'string',
    });
  }
}

function putEntry(id: string, entry: Entry): void {
  queryClient.setQueryData(entryRead.key({ id }), entry);
}

/** The entry as stored now, under its id and (for a profile page) under its page: its panes reopen on it. */
export function putStoredEntry(entry: Entry): void {
  putEntry(entry.id, entry);
  if (isProfilePage(entry.kind))
    queryClient.setQueryData(profileRead.key({ page: entry.kind }), entry);
}

export const saveEntry = defineWrite('journal.save', {
  invalidates: SAVE_INVALIDATES,
  patch: async (saved) => {
    const before = entryRead.peek({ id: saved.id });
    putEntry(saved.id, saved);
    await patchLists(saved, before);
  },
});

export const createEntryWrite = defineWrite('journal.create', {
  invalidates: ['journal.', 'search.'],
  patch: (entry) => putEntry(entry.id, entry),
});

/** A profile page's pane reads it by page: without the patch it would reopen on the text before. */
export const restoreRevision = defineWrite('journal.restoreRevision', {
  invalidates: ['journal.', 'search.'],
  patch: (restored, args) => {
    putEntry(args.id, restored);
    if (isProfilePage(restored.kind))
      queryClient.setQueryData(profileRead.key({ page: restored.kind }), restored);
  },
});

/** What any other write of an entry changes: the journal's reads and the search index's. */
const ENTRY_WRITES = ['journal.', 'search.'];
export const trashEntry = defineWrite('journal.trash', { invalidates: ENTRY_WRITES });
export const restoreEntry = defineWrite('journal.restore', { invalidates: ENTRY_WRITES });
export const deleteForeverWrite = defineWrite('journal.deleteForever', {
  invalidates: ENTRY_WRITES,
});
export const emptyTrashWrite = defineWrite('journal.emptyTrash', { invalidates: ENTRY_WRITES });

/** Goals and skills are searched too. */
const GOAL_WRITES = ['goals.', 'search.'];
export const saveGoalWrite = defineWrite('goals.save', { invalidates: GOAL_WRITES });
export const removeGoal = defineWrite('goals.remove', { invalidates: GOAL_WRITES });
/** After a refused save: the list shows the goal as saved elsewhere. */
export const refreshGoals = () => invalidate(['goals.list']);

const SKILL_WRITES = ['skills.', 'search.'];
export const addSkill = defineWrite('skills.add', { invalidates: SKILL_WRITES });
export const rateSkill = defineWrite('skills.rate', { invalidates: SKILL_WRITES });
export const removeSkill = defineWrite('skills.remove', { invalidates: SKILL_WRITES });
export const setColleaguesView = defineWrite('skills.setColleaguesView', {
  invalidates: SKILL_WRITES,
});
/** After a refused save: the table shows the skill as saved elsewhere. */
export const refreshSkills = () => invalidate(['skills.list']);
