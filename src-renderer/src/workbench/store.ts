// Workbench UI state: tabs, side bar, status, quick picks and notifications. Server data lives in api/query.
import { create } from 'zustand';
import { clearStandIn, typedWhileLoading } from './quickInputText';
import { getEditor } from './registry';
import {
  inputKey,
  type EditorInput,
  type Notification,
  type QuickPickItem,
  type TabMeta,
  type TabStatus,
} from './types';

export interface OpenTab {
  key: string;
  input: EditorInput;
  meta: TabMeta;
  reveal: string | null;
}

interface PendingQuickPick {
  items: QuickPickItem<unknown>[];
  placeholder: string;
  resolve: (value: unknown) => void;
  /** A pick over the journal's entries: the box asks the main side for what is typed (journal.find). */
  entries?: { exclude: readonly string[] };
}

export interface WorkbenchState {
  tabs: OpenTab[];
  activeTab: string | null;
  closedTabs: EditorInput[];
  status: Record<string, TabStatus>;
  activeView: string;
  sideBarVisible: boolean;
  sideBarWidth: number;
  paletteOpen: boolean;
  paletteMode: 'commands' | 'files';
  quickPick: PendingQuickPick | null;
  /** Title of a palette command still running: the box holds the keys typed until its pick opens. */
  commandRunning: string | null;
  notifications: Notification[];
  /** False until the remembered layout has been restored at start. */
  ready: boolean;
}

const initial: WorkbenchState = {
  tabs: [],
  activeTab: null,
  closedTabs: [],
  status: {},
  activeView: 'journal',
  sideBarVisible: true,
  sideBarWidth: 22,
  paletteOpen: false,
  paletteMode: 'commands',
  quickPick: null,
  commandRunning: null,
  notifications: [],
  ready: false,
};

export const useWorkbench = create<WorkbenchState>(() => initial);

/** `urgent`: the page or window is going away; send the newest text now rather than queue it. */
export interface FlushOptions {
  urgent?: boolean;
}

const flushers = new Map<string, (options?: FlushOptions) => Promise<void>>();
let nextNotification = 1;

/** A new tab shows the opener's title, else its editor type's label: an id is no name for a person. */
const defaultMeta = (input: EditorInput, title?: string): TabMeta => ({
  title: title?.trim() || getEditor(input.type)?.label || 'Untitled',
  icon: 'file',
  dirty: false,
});

export interface OpenEditorOptions {
  /** Text to scroll to and select once (search results). */
  reveal?: string | null;
  /** The item's title when the opener knows it, so the tab is named right before its pane loads. */
  title?: string;
}

export function openEditor(input: EditorInput, options: OpenEditorOptions = {}): void {
  const key = inputKey(input);
  useWorkbench.setState((s) => {
    const existing = s.tabs.find((t) => t.key === key);
    const reveal = options.reveal ?? null;
    // An open tab keeps the title its pane reported: the opener's copy may be older than the draft.
    const tabs = existing
      ? s.tabs.map((t) => (t.key === key ? { ...t, reveal } : t))
      : [...s.tabs, { key, input, meta: defaultMeta(input, options.title), reveal }];
    return { tabs, activeTab: key };
  });
}

/** Saves what the tab holds, then closes it; the next tab to the left becomes active. */
export async function closeEditor(key: string): Promise<void> {
  const flush = flushers.get(key);
  if (flush) await flush();
  useWorkbench.setState((s) => {
    const index = s.tabs.findIndex((t) => t.key === key);
    if (index < 0) return s;
    const closed = s.tabs[index]!;
    const tabs = s.tabs.filter((t) => t.key !== key);
    const activeTab =
      s.activeTab === key ? (tabs[Math.max(0, index - 1)]?.key ?? null) : s.activeTab;
    const status = { ...s.status };
    delete status[key];
    return {
      tabs,
      activeTab,
      status,
      closedTabs: [closed.input, ...s.closedTabs.filter((i) => inputKey(i) !== key)].slice(0, 20),
    };
  });
}

export function reopenClosedEditor(): void {
  const [last] = useWorkbench.getState().closedTabs;
  if (!last) return;
  useWorkbench.setState((s) => ({ closedTabs: s.closedTabs.slice(1) }));
  openEditor(last);
}

export function setActiveTab(key: string): void {
  useWorkbench.setState({ activeTab: key });
}

export function setTabMeta(key: string, meta: Partial<TabMeta>): void {
  useWorkbench.setState((s) => ({
    tabs: s.tabs.map((t) => (t.key === key ? { ...t, meta: { ...t.meta, ...meta } } : t)),
  }));
}

export function setTabStatus(key: string, status: TabStatus): void {
  useWorkbench.setState((s) => ({
    status: { ...s.status, [key]: { ...s.status[key], ...status } },
  }));
}

/** A tab registers how to save itself; closing the tab, the window or the page awaits it. */
export function registerFlush(
  key: string,
  flush: (options?: FlushOptions) => Promise<void>,
): () => void {
  flushers.set(key, flush);
  return () => {
    if (flushers.get(key) === flush) flushers.delete(key);
  };
}

export async function flushAll(options?: FlushOptions): Promise<void> {
  await Promise.allSettled([...flushers.values()].map((f) => f(options)));
}

/** Moves to the tab `delta` places away, wrapping around (Ctrl+PageDown / Ctrl+PageUp). */
export function cycleEditor(delta: number): void {
  useWorkbench.setState((s) => {
    if (s.tabs.length === 0) return s;
    const index = s.tabs.findIndex((t) => t.key === s.activeTab);
    const next =
      ((((index < 0 ? 0 : index) + delta) % s.tabs.length) + s.tabs.length) % s.tabs.length;
    return { activeTab: s.tabs[next]!.key };
  });
}

/** Puts back the tabs remembered from the last session, before any opened since start. */
export function restoreTabs(inputs: EditorInput[], activeKey: string | null): void {
  useWorkbench.setState((s) => {
    const tabs: OpenTab[] = [];
    for (const input of inputs) {
      const key = inputKey(input);
      if (!tabs.some((t) => t.key === key))
        tabs.push({ key, input, meta: defaultMeta(input), reveal: null });
    }
    for (const tab of s.tabs) if (!tabs.some((t) => t.key === tab.key)) tabs.push(tab);
    const wanted = s.activeTab ?? activeKey;
    const activeTab = tabs.some((t) => t.key === wanted) ? wanted : (tabs.at(-1)?.key ?? null);
    return { tabs, activeTab };
  });
}

export function setSideBarWidth(width: number): void {
  useWorkbench.setState({ sideBarWidth: width });
}

export function setActiveView(id: string): void {
  useWorkbench.setState({ activeView: id, sideBarVisible: true });
}

export function toggleSideBar(): void {
  useWorkbench.setState((s) => ({ sideBarVisible: !s.sideBarVisible }));
}

let focusBeforeQuickInput: HTMLElement | null = null;
/** The caret or selection inside that element (an entry's text), put back with the focus. */
let rangeBeforeQuickInput: Range | null = null;

function rememberFocus(): void {
  const s = useWorkbench.getState();
  if (s.paletteOpen || s.quickPick || s.commandRunning) return;
  const active = typeof document === 'undefined' ? null : document.activeElement;
  focusBeforeQuickInput = active instanceof HTMLElement ? active : null;
  const selection = typeof window === 'undefined' ? null : window.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  rangeBeforeQuickInput =
    focusBeforeQuickInput && range && focusBeforeQuickInput.contains(range.startContainer)
      ? range.cloneRange()
      : null;
}

/** Gives the focus back where it was before the palette or a quick pick opened, caret included; once. */
export function returnFocusFromQuickInput(): void {
  const target = focusBeforeQuickInput;
  const range = rangeBeforeQuickInput;
  focusBeforeQuickInput = null;
  rangeBeforeQuickInput = null;
  if (!target?.isConnected) return;
  target.focus({ preventScroll: true });
  // Focusing an editable element puts the caret at its start: the text typed next would land there.
  if (
    range &&
    range.startContainer.isConnected &&
    range.endContainer.isConnected &&
    target.contains(range.startContainer)
  ) {
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
}

export function openPalette(mode: 'commands' | 'files'): void {
  rememberFocus();
  useWorkbench.setState({ paletteOpen: true, paletteMode: mode });
}

export function closePalette(): void {
  useWorkbench.setState({ paletteOpen: false });
}

function openQuickPick(pick: PendingQuickPick): void {
  rememberFocus();
  useWorkbench.getState().quickPick?.resolve(undefined);
  // A palette command's pick takes over the box that held the keys typed since the command ran.
  useWorkbench.setState({ quickPick: pick, commandRunning: null });
}

/** Asks the user to choose one item; resolves to its value, or undefined when dismissed. */
export function showQuickPick<T>(
  items: QuickPickItem<T>[],
  placeholder: string,
): Promise<T | undefined> {
  return new Promise((resolve) => {
    openQuickPick({ items, placeholder, resolve: resolve as (value: unknown) => void });
  });
}

/** Asks the user to choose a journal entry, found as they type; resolves to its id. */
export function showEntryPick(
  placeholder: string,
  exclude: readonly string[],
): Promise<string | undefined> {
  return new Promise((resolve) => {
    openQuickPick({
      items: [],
      placeholder,
      entries: { exclude },
      resolve: resolve as (value: unknown) => void,
    });
  });
}

/**
 * Runs a command chosen in the palette, after the palette has closed and given the focus back (a
 * command may act on what has it). A command still running after that (reading what its pick will
 * offer) keeps the box open meanwhile, so keys typed before its pick opens go to the pick, never
 * into the field the focus went back to; typed keys reach that field if no pick comes after all.
 */
/** Longest a running palette command holds the keys for a pick that has not opened. */
const COMMAND_HOLD_MS = 2000;
/** Counts holds, so a command that ends late never ends a later command's hold. */
let holds = 0;

export function runPaletteCommand(
  title: string,
  run: () => void | Promise<void>,
  close: () => void,
): void {
  const target = focusBeforeQuickInput;
  close();
  const result = run();
  if (!(result instanceof Promise)) return;
  rememberFocus();
  // The command moved the focus itself (a new entry's title): the keys belong there.
  if (target && focusBeforeQuickInput !== target) {
    focusBeforeQuickInput = null;
    rangeBeforeQuickInput = null;
    return;
  }
  clearStandIn();
  useWorkbench.setState({ commandRunning: title });
  // A long command with no pick to come (a backup, an export) must not hold the window: the keys
  // go back to the page after a while, as if the box had never been there.
  const hold = ++holds;
  // The focus goes back only from the box (or from nowhere): a command may have put it elsewhere.
  const end = () => {
    if (hold !== holds) return;
    const active = document.activeElement;
    const inBox = active?.closest('.quick-input-running') != null;
    endCommandHold({ returnFocus: inBox || active === null || active === document.body });
  };
  const cap = setTimeout(end, COMMAND_HOLD_MS);
  // A failing command still reports its error as before (the promise `finally` returns rejects).
  void result.finally(() => {
    clearTimeout(cap);
    end();
  });
}

/** Where the focus was when the running command's hold began (the field the palette gave it back to). */
export function heldFocusTarget(): HTMLElement | null {
  return focusBeforeQuickInput;
}

/** The running command no longer holds the keys: its pick opened, it finished, or it moved the focus. */
export function endCommandHold({ returnFocus }: { returnFocus: boolean }): void {
  if (useWorkbench.getState().commandRunning === null) return;
  const typed = typedWhileLoading();
  clearStandIn();
  useWorkbench.setState({ commandRunning: null });
  if (returnFocus) returnFocusFromQuickInput();
  else {
    focusBeforeQuickInput = null;
    rangeBeforeQuickInput = null;
  }
  // What was typed goes where the keys would have gone (the editor handles it as typing).
  if (typed && typeof document.execCommand === 'function')
    document.execCommand('insertText', false, typed);
}

export function settleQuickPick(value: unknown): void {
  const pending = useWorkbench.getState().quickPick;
  useWorkbench.setState({ quickPick: null });
  pending?.resolve(value);
}

export function notify(severity: Notification['severity'], message: string): void {
  const id = nextNotification++;
  useWorkbench.setState((s) => ({
    notifications: [...s.notifications, { id, severity, message }],
  }));
}

export function dismissNotification(id: number): void {
  useWorkbench.setState((s) => ({ notifications: s.notifications.filter((n) => n.id !== id) }));
}

/** Test helper and "reset layout": back to a fresh workbench. */
export function resetWorkbench(): void {
  flushers.clear();
  useWorkbench.setState(initial, true);
}
