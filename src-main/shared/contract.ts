// The one API: channel → (argument) → result. Both transports and the renderer client are typed from it.
import type { z } from 'zod';
import type {
  AppInfo,
  Entry,
  EntryKind,
  EntrySummary,
  Goal,
  Revision,
  RevisionSummary,
  SearchHit,
  Settings,
  Skill,
  TagCount,
} from './domain';
import type {
  ActionItem,
  AgendaItem,
  AnticipatedQuestion,
  ChecklistStep,
  ConversationDoc,
  ConversationLists,
  FollowUps,
  SinceLastTime,
  TemplateInfo,
} from './conversations/conversations';
import type { Question } from './questions/questionBank';
import type { BeginResult, DueList, GradeResult, PlanResult, RehearsalSession, SessionAnswer, SessionSummary } from './rehearsal/rehearsal';
import type { BackupInfo, RestorePlan } from './backup/backups';
import type { ExportResult, ImportReport } from './data/exportFormat';
import type { AnswerAudio, AudioInfo } from './voice/answerAudio';
import type { AppState, LockSettings } from './lock/lock';
import type { Schemas } from './schemas';
import { CHANNELS, isChannel, type ChannelName } from './channels';

export interface Results {
  'app.info': AppInfo;
  // The start gate (see lock.ts and core/host/storeHost.ts).
  'app.state': AppState;
  'lock.unlock': AppState;
  'lock.lock': AppState;
  'lock.protect': AppState;
  'lock.changePassphrase': AppState;
  'lock.removeProtection': AppState;
  'lock.settings': LockSettings;
  'lock.setAutoLock': LockSettings;
  'app.restoreNewestBackup': AppState;
  'app.startEmpty': AppState;
  'app.retryOpen': AppState;
  'journal.list': EntrySummary[];
  'journal.get': Entry;
  'journal.create': Entry;
  'journal.save': Entry;
  'journal.counts': Record<EntryKind, number>;
  'journal.tags': TagCount[];
  'journal.history': RevisionSummary[];
  'journal.revision': Revision;
  'journal.restoreRevision': Entry;
  'journal.trash': null;
  'journal.restore': Entry;
  'journal.listTrash': EntrySummary[];
  'journal.emptyTrash': { removed: number };
  'journal.deleteForever': null;
  'profile.get': Entry;
  'skills.list': Skill[];
  'skills.add': Skill;
  'skills.rename': Skill;
  'skills.rate': Skill;
  'skills.setColleaguesView': Skill;
  'skills.remove': null;
  'goals.list': Goal[];
  'goals.save': Goal;
  'goals.remove': null;
  'search.query': SearchHit[];
  'settings.get': Settings;
  'settings.set': Settings;
  // Meeting scripts. Structural changes (add, remove, move, link) answer with the whole document;
  // field updates answer with the row they changed.
  'conversations.list': ConversationLists;
  'conversations.get': ConversationDoc;
  'conversations.create': ConversationDoc;
  'conversations.save': ConversationDoc;
  'conversations.markHeld': ConversationDoc;
  'conversations.trash': null;
  'conversations.restore': ConversationDoc;
  'conversations.sinceLastTime': SinceLastTime;
  'conversations.checklist': ChecklistStep[];
  'conversations.exportMarkdown': string;
  'conversations.exportText': string;
  'conversations.exportIcs': string;
  'agenda.addItem': ConversationDoc;
  'agenda.updateItem': AgendaItem;
  'agenda.removeItem': ConversationDoc;
  'agenda.moveItem': ConversationDoc;
  'agenda.linkEvidence': ConversationDoc;
  'agenda.unlinkEvidence': ConversationDoc;
  'anticipated.add': ConversationDoc;
  'anticipated.update': AnticipatedQuestion;
  'anticipated.remove': ConversationDoc;
  'anticipated.move': ConversationDoc;
  'anticipated.linkEvidence': ConversationDoc;
  'anticipated.unlinkEvidence': ConversationDoc;
  'actions.add': ConversationDoc;
  'actions.update': ActionItem;
  'actions.remove': ConversationDoc;
  'followups.list': FollowUps;
  'templates.list': TemplateInfo[];
  'templates.saveFromConversation': TemplateInfo;
  // Rehearsal mode: the question bank, rehearsal sessions and spaced practice.
  'questions.list': Question[];
  'questions.get': Question;
  'questions.create': Question;
  'questions.update': Question;
  'questions.revert': Question;
  'questions.hide': Question;
  'questions.unhide': Question;
  'questions.tag': Question;
  'rehearsal.plan': PlanResult;
  'rehearsal.start': RehearsalSession;
  // Plan and start in one request: the settings dialog's confirmation waits for one answer, not two.
  'rehearsal.begin': BeginResult;
  'rehearsal.record': SessionAnswer;
  'rehearsal.finish': RehearsalSession;
  'rehearsal.leave': RehearsalSession;
  'rehearsal.resume': RehearsalSession;
  'rehearsal.get': RehearsalSession;
  'rehearsal.history': SessionSummary[];
  'rehearsal.delete': null;
  // Voice answers: one recording per answer, removed with its session.
  'rehearsal.saveAudio': AudioInfo;
  'rehearsal.audio': AnswerAudio | null;
  'rehearsal.removeAudio': null;
  'practice.due': DueList;
  'practice.grade': GradeResult;
  // Backups: the restore takes effect at the next start (see core/backup/backupService.ts).
  'backup.now': BackupInfo;
  'backup.list': BackupInfo[];
  'backup.restore': RestorePlan;
  // Export everything (a zip as base64) and import Ladder exports or Markdown notes.
  'data.export': ExportResult;
  'data.import': ImportReport;
}

export type Channel = keyof Schemas & keyof Results;
export type Args<C extends Channel> = z.input<Schemas[C]>;
export type ParsedArgs<C extends Channel> = z.output<Schemas[C]>;
export type Result<C extends Channel> = Results[C];

/** The shape the renderer sees on `window.ladder` (desktop preload) or builds over HTTP (browser mode). */
export type LadderApi = { [C in Channel]: (args: Args<C>) => Promise<Result<C>> };

export { CHANNELS, isChannel };

/** Main-to-renderer push: the shell asks the renderer to save everything before the window closes. */
export interface LadderBridge {
  api: LadderApi;
  /** Registers a flush callback; returns an unsubscribe function. */
  onDidRequestFlush(callback: () => Promise<void>): () => void;
  /** Desktop only (absent in browser mode): prints the window to PDF and asks where to save it. */
  printToPdf?(options: PrintToPdfOptions): Promise<PrintToPdfResult>;
}

export interface PrintToPdfOptions {
  pageSize: 'A4' | 'Letter';
  /** A file name to offer in the save dialog; the shell makes it safe again. */
  suggestedName: string;
}

export interface PrintToPdfResult {
  /** False when the person cancelled the save dialog. */
  saved: boolean;
  path?: string;
}


// Compile-time guard: every schema has a result type and every result type has a schema.
type Missing =
  | Exclude<keyof Schemas, keyof Results>
  | Exclude<keyof Results, keyof Schemas>
  | Exclude<ChannelName, keyof Schemas>
  | Exclude<keyof Schemas, ChannelName>;
const _exhaustive: [Missing] extends [never] ? true : Missing = true;
void _exhaustive;
