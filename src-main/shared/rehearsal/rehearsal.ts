// Rehearsal sessions and spaced practice as the renderer sees them.
import type { MyRole } from '../conversations/conversations';
import type { AnswerAnalysis } from './answerAnalysis';
import type { Grade, Question } from '../questions/questionBank';
import type { ProbeSource } from './probeTurns';

export const REHEARSAL_ORDERS = ['script', 'shuffled', 'weakest-first'] as const;
export type RehearsalOrder = (typeof REHEARSAL_ORDERS)[number];

export const PLAN_MODES = ['conversation', 'filter', 'surprise', 'due'] as const;
export type PlanMode = (typeof PLAN_MODES)[number];

export const SESSION_STATUSES = ['active', 'finished', 'left'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export interface RehearsalSettings {
  count: number;
  timeBoxSec: number;
  order: RehearsalOrder;
  followUps: boolean;
  voice: boolean;
  seed: number;
  /**
   * The part I play, so the rehearsal asks what the other person would: set for Surprise Me and
   * Practice Due; a conversation's rehearsal takes the conversation's own. Missing in sessions
   * saved before roles: the role of the most recent conversation, else employee.
   */
  role?: MyRole;
}

export const DEFAULT_REHEARSAL_SETTINGS: RehearsalSettings = {
  count: 5,
  timeBoxSec: 120,
  order: 'script',
  followUps: true,
  voice: false,
  seed: 1,
};

/** One question of a rehearsal: from the bank, or an anticipated question of the conversation. */
export interface RehearsalQuestion {
  /** The bank id, or the anticipated question's id when it has no bank question behind it. */
  id: string;
  text: string;
  probes: string[];
  tip: string;
  /** Plain text of the prepared answer, shown on reveal. */
  preparedAnswer: string;
  anticipatedId: string | null;
  /** Journal entries linked to the anticipated question, for the review and the analyser. */
  evidenceIds: string[];
}

export interface PlanResult {
  questions: RehearsalQuestion[];
  /** How many questions matched before the count was applied. */
  available: number;
  /** Set when nothing can be rehearsed, with a sentence the view can show as it is. */
  empty: {
    reason: 'no-anticipated' | 'filter-empty' | 'all-hidden' | 'nothing-due';
    message: string;
  } | null;
}

/** `rehearsal.begin`: the started session, or why there is nothing to rehearse. */
export type BeginResult =
  | { session: RehearsalSession; empty: null }
  | { session: null; empty: NonNullable<PlanResult['empty']> };

export interface SessionAnswer {
  position: number;
  questionId: string;
  answer: string;
  startedAt: number;
  endedAt: number;
  timeMs: number;
  timedOut: boolean;
  revealed: boolean;
  /** The follow-up asked after this answer (before follow-ups were turns: the line shown). */
  followUp: string | null;
  grade: Grade | null;
  feedback: AnswerAnalysis;
  /** Raised by one each time the answer is written; a record names the version it was based on. */
  version: number;
  /** The follow-up turn, asked after this answer; null when none was asked as a turn. */
  probe?: SessionProbe | null;
}

/** A follow-up probe asked as its own turn after the question at `position`. */
export interface SessionProbe {
  position: number;
  questionId: string;
  text: string;
  reason: ProbeSource;
  /** Why it was asked, in words for the review. */
  why: string;
  answer: string;
  /** Null until the probe is answered. */
  startedAt: number | null;
  endedAt: number | null;
  timeMs: number | null;
  timedOut: boolean;
  revealed: boolean;
  grade: Grade | null;
  feedback: AnswerAnalysis | null;
  version: number;
}

export interface RehearsalSession {
  id: string;
  conversationId: string | null;
  startedAt: number;
  endedAt: number | null;
  status: SessionStatus;
  /** How it was started, to name it in the history; null when not known (older sessions). */
  mode: PlanMode | null;
  settings: RehearsalSettings;
  questions: RehearsalQuestion[];
  answers: SessionAnswer[];
}

/** One point of the progress chart. */
export interface SessionSummary {
  id: string;
  conversationId: string | null;
  startedAt: number;
  status: SessionStatus;
  mode: PlanMode | null;
  questions: number;
  answered: number;
  goodOrEasy: number;
  averageTimeMs: number | null;
}

export interface DueList {
  count: number;
  questions: Question[];
}

export interface GradeResult {
  questionId: string;
  grade: Grade;
  due: number;
}
