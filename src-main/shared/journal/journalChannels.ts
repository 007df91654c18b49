// The journal's channels (entries, their history and the trash): names and result types.
import { returns } from '../channelParts';
import type {
  Entry,
  EntryKind,
  EntrySummary,
  Revision,
  RevisionSummary,
  TagCount,
} from '../domain';
import type { EntryTitle } from './findEntries';

/** One month of the journal list (`YYYY-MM`) and how many of the filtered entries it holds. */
export interface MonthCount {
  month: string;
  count: number;
}

/** Rows the side bar reads at a time (and the start reads ahead for it). */
export const LIST_PAGE = 100;

export const journalChannels = {
  'journal.list': returns<EntrySummary[]>(),
  /** A window of the list (offset, limit) in its stable order: what the side bar shows. */
  'journal.page': returns<EntrySummary[]>(),
  /** The list's months with their counts, newest first: the side bar lays itself out from these. */
  'journal.months': returns<MonthCount[]>(),
  /** The best title matches for typed text (newest first when empty), at most `limit`: the pickers' read. */
  'journal.find': returns<EntryTitle[]>(),
  'journal.get': returns<Entry>(),
  'journal.create': returns<Entry>(),
  'journal.save': returns<Entry>(),
  'journal.counts': returns<Record<EntryKind, number>>(),
  'journal.tags': returns<TagCount[]>(),
  'journal.history': returns<RevisionSummary[]>(),
  'journal.revision': returns<Revision>(),
  'journal.restoreRevision': returns<Entry>(),
  'journal.trash': returns<null>(),
  'journal.restore': returns<Entry>(),
  'journal.listTrash': returns<EntrySummary[]>(),
  'journal.emptyTrash': returns<{ removed: number }>(),
  'journal.deleteForever': returns<null>(),
};
