// The seams between the workbench and the features that contribute to it.
import type { ComponentType } from 'react';
import type { AppState } from '../../../src-main/shared/lock/lock';

/** A command is data: the palette, menus and shortcuts all read the same registry. */
export interface Command {
  id: string;
  /** Exact title as shown in the palette, e.g. `Journal: New Accomplishment`. */
  title: string;
  /** Shortcut in the form `Ctrl+Shift+P`, `F1`, `Alt+ArrowUp` (Ctrl means Cmd on macOS). */
  keybinding?: string;
  /** Extra shortcuts that run the same command (e.g. F1 beside Ctrl+Shift+P). */
  alternativeKeybindings?: string[];
  /** Hidden from the palette while false. */
  when?: () => boolean;
  run: () => void | Promise<void>;
}

/** A view in the side bar, reached from its activity-bar button. */
export interface SideBarView {
  id: string;
  title: string;
  /** Codicon name without the `codicon-` prefix. */
  icon: string;
  order: number;
  component: ComponentType;
  /** Optional number badge on the activity-bar button. */
  useBadge?: () => number | null;
}

/** What a tab shows. Its key is `${type}:${id}`. */
export interface EditorInput {
  type: string;
  id: string;
}

export interface EditorPaneProps {
  input: EditorInput;
  /** True while this tab is the visible one. */
  active: boolean;
  /** Text to scroll to and select once (search results), or null. */
  reveal: string | null;
}

/** An item in the status bar, contributed by a feature (e.g. the overdue follow-up count). */
export interface StatusItem {
  id: string;
  /** Which end of the bar it sits at; left items follow the active tab's status. */
  side: 'left' | 'right';
  /** Lower comes first within its side. */
  order: number;
  /** Renders nothing when it has nothing to say; may be a lazy part (it is wrapped in Suspense). */
  component: ComponentType;
}

export interface EditorType {
  type: string;
  /** The tab's title until its pane reports one and no opener gave it (e.g. a restored tab): 'Entry', never an id. */
  label: string;
  component: ComponentType<EditorPaneProps>;
}

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';

export interface TabMeta {
  title: string;
  icon: string;
  dirty: boolean;
}

/** Shown in the status bar while the tab is active. */
export interface TabStatus {
  saveState?: SaveState;
  words?: number;
  date?: string;
  message?: string;
}

export interface QuickPickItem<T = string> {
  label: string;
  description?: string;
  detail?: string;
  icon?: string;
  value: T;
}

export interface Notification {
  id: number;
  severity: 'info' | 'warning' | 'error';
  message: string;
}

export function inputKey(input: EditorInput): string {
  return `${input.type}:${input.id}`;
}

/** What shows instead of the workbench while the journal is not open (`'no-access'`: token refused). */
export type StartScreenLoader = () => Promise<ComponentType<{ state: AppState | 'no-access' }>>;
