// The journal's channels (entries, history, trash) → its services.
import type { Handlers } from '../../shared/contract';
import type { journalChannels } from '../../shared/journal/journalChannels';
import type { HistoryService } from './historyService';
import type { JournalService } from './journalService';
import type { TrashService } from './trashService';

export function journalHandlers(s: {
  journal: JournalService;
  history: HistoryService;
  trash: TrashService;
}): Handlers<keyof typeof journalChannels> {
  return {
    'journal.list': s.journal.list,
    'journal.page': s.journal.page,
    'journal.months': s.journal.months,
    'journal.find': s.journal.find,
    'journal.get': s.journal.get,
    'journal.create': s.journal.create,
    'journal.save': s.journal.save,
    'journal.counts': s.journal.counts,
    'journal.tags': s.journal.tags,
    'journal.history': s.history.history,
    'journal.revision': s.history.revision,
    'journal.restoreRevision': s.history.restoreRevision,
    'journal.trash': s.trash.trash,
    'journal.restore': s.trash.restore,
    'journal.listTrash': s.trash.listTrash,
    'journal.emptyTrash': s.trash.emptyTrash,
    'journal.deleteForever': s.trash.deleteForever,
  };
}
