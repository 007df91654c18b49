// The open store's handler table, assembled from each feature's handlers (core/<feature>/handlers.ts).
// Each feature's part answers exactly its declared channels, and the table's type asks for every
// channel but the start gate's, so a channel without a handler fails to compile.
import type { AppInfo } from '../../shared/domain';
import type { Channel, Handlers } from '../../shared/contract';
import type { GateChannel } from '../../shared/lock/lock';
import type { appChannels } from '../../shared/app/appChannels';
import { restoredEntryIds, type StartRead } from '../../shared/app/startRead';
import { backupHandlers } from '../backup/handlers';
import type { BackupService } from '../backup/backupService';
import { conversationHandlers, type ConversationServices } from '../conversations/handlers';
import { dataHandlers } from '../data/handlers';
import type { ExportService } from '../data/exportData';
import type { ImportService } from '../data/importData';
import { followupHandlers } from '../followups/handlers';
import type { ActionsService } from '../followups/actionsService';
import { journalHandlers } from '../journal/handlers';
import type { HistoryService } from '../journal/historyService';
import type { JournalService } from '../journal/journalService';
import type { TrashService } from '../journal/trashService';
import { practiceHandlers } from '../practice/handlers';
import type { PracticeService } from '../practice/practiceService';
import { profileHandlers } from '../profile/handlers';
import type { GoalsService } from '../profile/goalsService';
import type { ProfileService } from '../profile/profileService';
import type { SkillsService } from '../profile/skillsService';
import { questionHandlers } from '../questions/handlers';
import type { QuestionsService } from '../questions/questionsService';
import { rehearsalHandlers } from '../rehearsal/handlers';
import type { RehearsalService } from '../rehearsal/rehearsalService';
import { searchHandlers } from '../search/handlers';
import type { SearchService } from '../search/searchService';
import { settingsHandlers } from '../settings/handlers';
import type { SettingsService } from '../settings/settingsService';
import { voiceHandlers } from '../voice/handlers';
import type { AnswerAudioService } from '../voice/answerAudioService';

export interface Services extends ConversationServices {
  appInfo: () => AppInfo;
  journal: JournalService;
  history: HistoryService;
  trash: TrashService;
  profile: ProfileService;
  skills: SkillsService;
  goals: GoalsService;
  search: SearchService;
  settings: SettingsService;
  actions: ActionsService;
  questions: QuestionsService;
  rehearsal: RehearsalService;
  answerAudio: AnswerAudioService;
  practice: PracticeService;
  backup: BackupService;
  dataExport: ExportService;
  dataImport: ImportService;
}

/** The start-gate channels are answered by the store host (storeHost.ts), in every state. */
export type StoreChannel = Exclude<Channel, GateChannel>;

function appHandlers(
  s: Pick<Services, 'appInfo' | 'settings' | 'journal'>,
): Handlers<keyof typeof appChannels> {
  return { 'app.info': () => s.appInfo(), 'app.start': () => readStart(s) };
}

/** The settings and the restored tabs' entries, in one answer (shared/app/startRead.ts says why). */
function readStart(s: Pick<Services, 'settings' | 'journal'>): StartRead {
  const settings = s.settings.get();
  const entries = restoredEntryIds(settings.layout).map((id) => {
    try {
      return { id, entry: s.journal.get({ id }) };
    } catch {
      // The pane's own journal.get answers with the error, mapped and logged as every call's is.
      return { id, entry: null };
    }
  });
  return { settings, entries };
}

export function handlerTable(s: Services): Handlers<StoreChannel> {
  return {
    ...appHandlers(s),
    ...journalHandlers(s),
    ...profileHandlers(s),
    ...searchHandlers(s),
    ...settingsHandlers(s),
    ...conversationHandlers(s),
    ...followupHandlers(s),
    ...questionHandlers(s),
    ...rehearsalHandlers(s),
    ...voiceHandlers(s),
    ...practiceHandlers(s),
    ...backupHandlers(s),
    ...dataHandlers(s),
  };
}
