// Domain types shared by the store, the transports and the renderer.
import type { DocumentKind, EntryKind, ProfilePage } from './journal/entryKinds';

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** Milliseconds since the epoch. */
export type Millis = number;

export interface EntrySummary {
  id: string;
  kind: DocumentKind;
  title: string;
  date: IsoDate;
  tags: string[];
  wordCount: number;
  updatedAt: Millis;
}

export interface Entry extends EntrySummary {
  /** Structured fields of the kind (see KIND_SPECS), key → text. */
  fields: Record<string, string>;
  /** Lexical editor state, serialised JSON; '' for an empty body. */
  body: string;
  /** Plain-text projection of the body, derived on the main side. */
  text: string;
  createdAt: Millis;
  /** Set when the entry is in the trash. */
  deletedAt: Millis | null;
  /** Increases by one on every save; lets the renderer detect stale writes. */
  version: number;
}

export interface RevisionSummary {
  id: number;
  entryId: string;
  title: string;
  createdAt: Millis;
  wordCount: number;
}

export interface Revision extends RevisionSummary {
  fields: Record<string, string>;
  body: string;
  text: string;
  date: IsoDate;
  tags: string[];
}

export interface TagCount {
  tag: string;
  count: number;
}

export interface SearchHit {
  id: string;
  kind: DocumentKind;
  title: string;
  date: IsoDate;
  tags: string[];
  /** Plain text; matches are wrapped in HIT_START / HIT_END markers (never HTML). */
  snippet: string;
  /** Same markers, applied to the title. */
  titleHighlighted: string;
  rank: number;
}

export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

export interface SkillRating {
  rating: number;
  note: string;
  ratedAt: Millis;
}

export interface Skill {
  id: string;
  name: string;
  /** Latest self-rating 1-5, or null before the first rating. */
  rating: number | null;
  /** What three colleagues would say, in the user's words. */
  colleaguesView: string;
  history: SkillRating[];
  /** Raised by one on each rename or change of the colleagues' view; a save names the one it was based on. */
  version: number;
}

export type GoalHorizon = 'short' | 'long';

export interface Goal {
  id: string;
  horizon: GoalHorizon;
  text: string;
  targetDate: IsoDate | null;
  done: boolean;
  createdAt: Millis;
  /** Raised by one on each save; a save names the version it was based on. */
  version: number;
}

export type ThemeChoice = 'system' | 'light' | 'dark' | 'high-contrast';

/** Renderer layout, remembered across restarts in the store. */
export interface Layout {
  sideBarVisible: boolean;
  sideBarWidth: number;
  activeView: string;
  openTabs: { type: string; id: string }[];
  activeTab: string | null;
}

export interface Settings {
  theme: ThemeChoice;
  layout: Layout | null;
  welcomeSeen: boolean;
}

export interface AppInfo {
  version: string;
  mode: 'desktop' | 'browser';
  dataDir: string;
  dbPath: string;
}

export type { DocumentKind, EntryKind, ProfilePage };
