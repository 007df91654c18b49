// The edge of the main side: channel → validated call into a service. Both shells (Electron IPC,
// browser-mode HTTP) go through `handle`, so a bad call gets the same typed error everywhere.
import type { z } from 'zod';
import { isChannel, type Channel, type ParsedArgs, type Result } from '../../shared/contract';
import { schemas } from '../../shared/schemas';
import type { AppInfo } from '../../shared/domain';
import { LadderError, type LadderErrorShape } from '../../shared/errors';
import { isGateChannel, type GateChannel } from '../../shared/lock/lock';
import { mapDriverError } from '../db/connection';
import { findLoneSurrogate, LONE_SURROGATE_MESSAGE } from '../../shared/wellFormed';
import type { ActionsService } from '../followups/actionsService';
import type { AnswerAudioService } from '../voice/answerAudioService';
import type { AgendaService } from '../conversations/agendaService';
import type { AnticipatedService } from '../conversations/anticipatedService';
import type { BackupService } from '../backup/backupService';
import type { ExportService } from '../data/exportData';
import type { ImportService } from '../data/importData';
import type { ConversationExportService } from '../conversations/conversationExport';
import type { ConversationsService } from '../conversations/conversationsService';
import type { GoalsService } from '../profile/goalsService';
import type { HistoryService } from '../journal/historyService';
import type { JournalService } from '../journal/journalService';
import type { ProfileService } from '../profile/profileService';
import type { SearchService } from '../search/searchService';
import type { SettingsService } from '../settings/settingsService';
import type { SkillsService } from '../profile/skillsService';
import type { PracticeService } from '../practice/practiceService';
import type { PreparationService } from '../conversations/preparation';
import type { QuestionsService } from '../questions/questionsService';
import type { RehearsalService } from '../rehearsal/rehearsalService';
import type { TemplatesService } from '../conversations/templates';
import type { TrashService } from '../journal/trashService';

export interface Services {
  appInfo: () => AppInfo;
  journal: JournalService;
  history: HistoryService;
  trash: TrashService;
  profile: ProfileService;
  skills: SkillsService;
  goals: GoalsService;
  search: SearchService;
  settings: SettingsService;
  conversations: ConversationsService;
  agenda: AgendaService;
  anticipated: AnticipatedService;
  actions: ActionsService;
  preparation: PreparationService;
  templates: TemplatesService;
  conversationExport: ConversationExportService;
  questions: QuestionsService;
  rehearsal: RehearsalService;
  answerAudio: AnswerAudioService;
  practice: PracticeService;
  backup: BackupService;
  dataExport: ExportService;
  dataImport: ImportService;
}

export type HandleResult = { ok: true; result: unknown } | { ok: false; error: LadderErrorShape };
export type Handle = (channel: string, args: unknown) => Promise<HandleResult>;

// The start-gate channels are answered by the store host (storeHost.ts), in every state.
type Table = { [C in Exclude<Channel, GateChannel>]: (args: ParsedArgs<C>) => Result<C> | Promise<Result<C>> };

function table(s: Services): Table {
  return {
    'app.info': () => s.appInfo(),
    'journal.list': s.journal.list,
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
    'profile.get': s.profile.get,
    'skills.list': s.skills.list,
    'skills.add': s.skills.add,
    'skills.rename': s.skills.rename,
    'skills.rate': s.skills.rate,
    'skills.setColleaguesView': s.skills.setColleaguesView,
    'skills.remove': s.skills.remove,
    'goals.list': s.goals.list,
    'goals.save': s.goals.save,
    'goals.remove': s.goals.remove,
    'search.query': s.search.query,
    'settings.get': s.settings.get,
    'settings.set': s.settings.set,
    'conversations.list': s.conversations.list,
    'conversations.get': s.conversations.get,
    'conversations.create': s.conversations.create,
    'conversations.save': s.conversations.save,
    'conversations.markHeld': s.conversations.markHeld,
    'conversations.trash': s.conversations.trash,
    'conversations.restore': s.conversations.restore,
    'conversations.sinceLastTime': s.preparation.sinceLastTime,
    'conversations.checklist': s.preparation.checklist,
    'conversations.exportMarkdown': s.conversationExport.markdown,
    'conversations.exportText': s.conversationExport.text,
    'conversations.exportIcs': s.conversationExport.ics,
    'agenda.addItem': s.agenda.addItem,
    'agenda.updateItem': s.agenda.updateItem,
    'agenda.removeItem': s.agenda.removeItem,
    'agenda.moveItem': s.agenda.moveItem,
    'agenda.linkEvidence': s.agenda.linkEvidence,
    'agenda.unlinkEvidence': s.agenda.unlinkEvidence,
    'anticipated.add': s.anticipated.add,
    'anticipated.update': s.anticipated.update,
    'anticipated.remove': s.anticipated.remove,
    'anticipated.move': s.anticipated.move,
    'anticipated.linkEvidence': s.anticipated.linkEvidence,
    'anticipated.unlinkEvidence': s.anticipated.unlinkEvidence,
    'actions.add': s.actions.add,
    'actions.update': s.actions.update,
    'actions.remove': s.actions.remove,
    'followups.list': s.actions.followUps,
    'templates.list': s.templates.list,
    'templates.saveFromConversation': s.templates.saveFromConversation,
    'questions.list': s.questions.list,
    'questions.get': s.questions.get,
    'questions.create': s.questions.create,
    'questions.update': s.questions.update,
    'questions.revert': s.questions.revert,
    'questions.hide': s.questions.hide,
    'questions.unhide': s.questions.unhide,
    'questions.tag': s.questions.tag,
    'rehearsal.plan': s.rehearsal.plan,
    'rehearsal.start': s.rehearsal.start,
    'rehearsal.begin': s.rehearsal.begin,
    'rehearsal.record': s.rehearsal.record,
    'rehearsal.finish': s.rehearsal.finish,
    'rehearsal.leave': s.rehearsal.leave,
    'rehearsal.resume': s.rehearsal.resume,
    'rehearsal.get': s.rehearsal.get,
    'rehearsal.history': s.rehearsal.history,
    'rehearsal.delete': s.rehearsal.delete,
    'rehearsal.saveAudio': s.answerAudio.save,
    'rehearsal.audio': s.answerAudio.get,
    'rehearsal.removeAudio': s.answerAudio.remove,
    'practice.due': s.practice.due,
    'practice.grade': s.practice.grade,
    'backup.now': () => s.backup.now(),
    'backup.list': () => s.backup.list(),
    'backup.restore': s.backup.restore,
    'data.export': () => s.dataExport.export(),
    'data.import': s.dataImport.import,
  };
}

/** Where each issue is and what is wrong, without echoing what was sent. */
export function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.map(String).join('.');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : '';
  return `Invalid request: ${parts.join('; ')}${more}`;
}

type Parsed = { success: true; data: unknown } | { success: false; message: string };

const UNREADABLE = 'Invalid request: it could not be read.';

/**
 * One rule for every channel, the store host's gate included: text with a lone surrogate is refused,
 * never silently altered (a passphrase's UTF-8 bytes would turn it into U+FFFD). Arguments that throw
 * when read are refused too, so `handle` answers instead of rejecting. Null when the text is fine.
 */
export function refusedText(args: unknown): HandleResult | null {
  try {
    if (findLoneSurrogate(args) === null) return null;
    return { ok: false, error: { code: 'invalid-argument', message: LONE_SURROGATE_MESSAGE } };
  } catch {
    return { ok: false, error: { code: 'invalid-argument', message: UNREADABLE } };
  }
}

/**
 * A schema's own checks can throw on input they did not expect (a refinement reading a date that an
 * earlier check already refused): that input is invalid, not an internal fault.
 */
function parseArgs(channel: Channel, args: unknown): Parsed {
  try {
    const parsed = schemas[channel].safeParse(args ?? {});
    return parsed.success ? parsed : { success: false, message: describeIssues(parsed.error) };
  } catch {
    return { success: false, message: UNREADABLE };
  }
}

export interface HandlerOptions {
  /** Receives error codes and channel names only, never arguments or journal text. */
  log?: (line: string) => void;
}

export function createHandlers(services: Services, options: HandlerOptions = {}): Handle {
  const log = options.log ?? ((line: string) => console.error(line));
  const calls = table(services) as Record<Exclude<Channel, GateChannel>, (args: unknown) => unknown>;

  return async (channel, args) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown-channel', message: 'Ladder does not know that request.' } };
    }
    const refused = refusedText(args);
    if (refused) return refused;
    const parsed = parseArgs(channel, args);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-argument', message: parsed.message } };
    }
    if (isGateChannel(channel)) {
      return { ok: false, error: { code: 'unknown-channel', message: 'Ladder answers that request at start-up, not here.' } };
    }
    try {
      return { ok: true, result: await calls[channel](parsed.data) };
    } catch (thrown) {
      const error = mapDriverError(thrown);
      if (error instanceof LadderError) {
        if (error.code === 'storage-full' || error.code === 'storage-error') log(`ladder: ${channel} failed: ${error.code}`);
        return { ok: false, error: error.toJSON() };
      }
      const name = error instanceof Error ? error.name : typeof error;
      log(`ladder: ${channel} failed: internal (${name})`);
      return { ok: false, error: { code: 'internal', message: 'Something went wrong inside Ladder. Nothing was changed.' } };
    }
  };
}
