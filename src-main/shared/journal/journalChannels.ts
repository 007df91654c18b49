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

export const journalChannels = {
  'journal.list': returns<EntrySummary[]>(),
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
