// The journal's reads and writes, and what each write does to the cache. An entry's own read is put
// back by hand after a save (a refetch into the open pane would fight the caret); the lists that show
// it are invalidated.
import type { Entry } from '../../../../src-main/shared/domain';
import { isProfilePage } from '../../../../src-main/shared/journal/entryKinds';
import { defineRead, defineWrite, invalidate, queryClient } from '../../api/query';

export const entryRead = defineRead('journal.get');
export const profileRead = defineRead('profile.get');
export const goalsRead = defineRead('goals.list');
export const historyRead = defineRead('journal.history');
export const revisionRead = defineRead('journal.revision');
export const countsRead = defineRead('journal.counts');
export const listRead = defineRead('journal.list');
export const skillsRead = defineRead('skills.list');
export const trashRead = defineRead('journal.listTrash');

/** The lists a saved entry shows in; its own read is put back instead. */
const SAVE_INVALIDATES = [
  'journal.list',
  'journal.counts',
  'journal.tags',
  'journal.history',
  'search.',
];

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
  patch: (saved) => putEntry(saved.id, saved),
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
