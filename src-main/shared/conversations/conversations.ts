// Meeting scripts: the types of a conversation, its agenda, anticipated questions and action plan.
import type { EntryKind } from '../journal/entryKinds';
import type { IsoDate, Millis } from '../domain';

export const MY_ROLES = ['employee', 'manager'] as const;
export type MyRole = (typeof MY_ROLES)[number];

export const CONVERSATION_KINDS = ['career', 'one-on-one', 'review-prep', 'mentoring'] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

export const CONVERSATION_STATUSES = ['draft', 'scheduled', 'held', 'followed-up'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export const ACTION_OWNERS = ['me', 'them', 'both'] as const;
export type ActionOwner = (typeof ACTION_OWNERS)[number];

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Local wall-clock date and time as typed, `YYYY-MM-DDTHH:MM`. */
export type WallClock = string;

export interface ConversationSummary {
  id: string;
  title: string;
  personName: string;
  personRole: string;
  myRole: MyRole;
  kind: ConversationKind;
  startsAt: WallClock | null;
  /** IANA zone name of `startsAt`; null means floating (whatever zone the reader is in). */
  timeZone: string | null;
  durationMin: number;
  status: ConversationStatus;
  openActions: number;
  updatedAt: Millis;
}

export interface Conversation extends ConversationSummary {
  place: string;
  expectedOutcome: string;
  templateId: string | null;
  /** Lexical JSON, written after the meeting. */
  notes: string;
  agreed: string;
  followUpDate: IsoDate | null;
  heldOn: IsoDate | null;
  /** When the agenda was handed to the other person. */
  sharedAt: Millis | null;
  createdAt: Millis;
  deletedAt: Millis | null;
  /** Raised by one on each change of these fields; a save names the version it was based on. */
  version: number;
}

/** A linked journal entry as the agenda shows it; trashed or deleted entries show as missing. */
export type EvidenceSummary =
  | { id: string; missing: false; title: string; date: IsoDate; kind: EntryKind; impact: string }
  | { id: string; missing: true };

/** An unfinished action of an earlier conversation, shown live on this one's agenda. */
export interface CarriedAction {
  actionId: string;
  text: string;
  owner: ActionOwner;
  dueDate: IsoDate | null;
  status: ActionStatus;
  fromConversationId: string;
  fromTitle: string;
}

export interface AgendaItem {
  id: string;
  position: number;
  title: string;
  minutes: number;
  hints: string[];
  /** Lexical JSON. */
  talkingPoints: string;
  privateNotes: string;
  /** Questions I want to ask, plain text. */
  questions: string;
  evidence: EvidenceSummary[];
  carriedFrom: CarriedAction | null;
  version: number;
}

export interface AnticipatedQuestion {
  id: string;
  position: number;
  question: string;
  hint: string;
  /** Lexical JSON. */
  preparedAnswer: string;
  questionBankId: string | null;
  evidence: EvidenceSummary[];
  version: number;
}

export interface ActionItem {
  id: string;
  conversationId: string;
  position: number;
  text: string;
  owner: ActionOwner;
  dueDate: IsoDate | null;
  status: ActionStatus;
  carriedFrom: string | null;
  version: number;
}

/** Everything one conversation view (and every output) needs. */
export interface ConversationDoc {
  conversation: Conversation;
  items: AgendaItem[];
  questions: AnticipatedQuestion[];
  actions: ActionItem[];
  /** The carried-over actions among the agenda items, for a summary panel. */
  carriedOver: CarriedAction[];
  totalMinutes: number;
}

export interface ConversationLists {
  /** Draft and scheduled, soonest first, undated last. */
  upcoming: ConversationSummary[];
  /** Held and followed up, most recent first. */
  past: ConversationSummary[];
  /** Each person's conversations in date order, people by name. */
  people: { personName: string; conversations: ConversationSummary[] }[];
}

export interface FollowUp extends ActionItem {
  conversationTitle: string;
  personName: string;
  overdue: boolean;
}

export interface FollowUps {
  items: FollowUp[];
  overdueCount: number;
}

export interface SinceLastTime {
  /** The held conversation the window starts after, or null (then every entry counts). */
  since: { conversationId: string; title: string; heldOn: IsoDate } | null;
  entries: { id: string; kind: EntryKind; title: string; date: IsoDate; impact: string }[];
}

export type ChecklistState = 'done' | 'pending' | 'not-available';

export interface ChecklistStep {
  id: string;
  label: string;
  state: ChecklistState;
  /** A short live detail, e.g. "3 since last time". */
  detail: string;
}

export interface TemplateInfo {
  id: string;
  name: string;
  description: string;
  myRole: MyRole | 'either';
  builtIn: boolean;
  sections: number;
}

export type AgendaVariant = 'manager' | 'mine';

export const CONVERSATION_KIND_LABELS: Record<ConversationKind, string> = {
  career: 'Career conversation',
  'one-on-one': 'One-on-one',
  'review-prep': 'Review preparation',
  mentoring: 'Mentoring conversation',
};

/**
 * One person however their name is typed: trimmed and lower-cased in every script ("Élodie" and
 * "élodie" are one person), the same rule for the people list, carry-over and "since last time".
 */
export function personKey(name: string): string {
  return name.trim().toLowerCase();
}
