// One keyboard dispatcher for the whole window, reading shortcuts from the command registry.
import { getCommands } from './registry';
import type { Command } from './types';

export interface Chord {
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  meta: boolean;
  /** Lower-cased `KeyboardEvent.key` name: 'p', 'f1', 'arrowup', 'tab', 'pagedown', '0'. */
  key: string;
}

export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}

const KEY_ALIASES: Record<string, string> = {
  esc: 'escape',
  del: 'delete',
  space: ' ',
  up: 'arrowup',
  down: 'arrowdown',
  left: 'arrowleft',
  right: 'arrowright',
};

/** Parses `Ctrl+Shift+P`, `F1`, `Alt+ArrowUp`. Ctrl means Cmd on macOS, as in VS Code. */
export function parseKeybinding(binding: string, mac = isMacPlatform()): Chord {
  const parts = binding.split('+').map((p) => p.trim());
  const chord: Chord = { ctrl: false, shift: false, alt: false, meta: false, key: '' };
  parts.forEach((part, index) => {
    const lower = part.toLowerCase();
    if (index === parts.length - 1) {
      chord.key = KEY_ALIASES[lower] ?? lower;
    } else if (lower === 'ctrl' || lower === 'cmdorctrl') {
      if (mac) chord.meta = true;
      else chord.ctrl = true;
    } else if (lower === 'shift') chord.shift = true;
    else if (lower === 'alt' || lower === 'option') chord.alt = true;
    else if (lower === 'meta' || lower === 'cmd') chord.meta = true;
  });
  return chord;
}

/** The key as the event names it, with shifted digits and letters mapped back through `code`. */
function eventKey(event: KeyboardEvent): string {
  const code = event.code ?? '';
  if (/^Key[A-Z]$/.test(code)) return code.slice(3).toLowerCase();
  if (/^Digit\d$/.test(code)) return code.slice(5);
  return event.key.toLowerCase();
}

export function matchesChord(event: KeyboardEvent, chord: Chord): boolean {
  if (event.ctrlKey !== chord.ctrl || event.shiftKey !== chord.shift) return false;
  if (event.altKey !== chord.alt || event.metaKey !== chord.meta) return false;
  return eventKey(event) === chord.key || event.key.toLowerCase() === chord.key;
}

const KEY_LABELS: Record<string, string> = {
  arrowup: '↑',
  arrowdown: '↓',
  arrowleft: '←',
  arrowright: '→',
  pagedown: 'PageDown',
  pageup: 'PageUp',
  escape: 'Esc',
  ' ': 'Space',
};

/** `Ctrl+Shift+F` on Windows and Linux, `⌘⇧F` on macOS. */
export function formatKeybinding(binding: string, mac = isMacPlatform()): string {
  const chord = parseKeybinding(binding, mac);
  const key =
    KEY_LABELS[chord.key] ??
    (chord.key.length === 1
      ? chord.key.toUpperCase()
      : chord.key.replace(/^f(\d+)$/, 'F$1').replace(/^\w/, (c) => c.toUpperCase()));
  if (mac) {
    return `${chord.ctrl ? '⌃' : ''}${chord.alt ? '⌥' : ''}${chord.shift ? '⇧' : ''}${chord.meta ? '⌘' : ''}${key}`;
  }
  return [
    chord.ctrl && 'Ctrl',
    chord.alt && 'Alt',
    chord.shift && 'Shift',
    chord.meta && 'Meta',
    key,
  ]
    .filter(Boolean)
    .join('+');
}

export function commandBindings(command: Command): string[] {
  return [command.keybinding, ...(command.alternativeKeybindings ?? [])].filter(
    (b): b is string => !!b,
  );
}

/** In text fields only chords with Ctrl, Alt or Cmd, or function keys, belong to the workbench. */
function allowedWhileTyping(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.altKey || event.metaKey || /^F\d{1,2}$/.test(event.key);
}

function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('[contenteditable=""], [contenteditable="true"]') !== null
  );
}

/** Finds the command bound to this event, if any. */
export function findCommandForEvent(
  event: KeyboardEvent,
  commands = getCommands(),
): Command | undefined {
  if (isTextTarget(event.target) && !allowedWhileTyping(event)) return undefined;
  return commands.find(
    (c) =>
      (c.when?.() ?? true) &&
      commandBindings(c).some((b) => matchesChord(event, parseKeybinding(b))),
  );
}

/**
 * Listens on the window in the bubbling phase, so the focused widget has the first say: a shortcut it
 * already handled (the editor's Ctrl+B for bold calls preventDefault) is left alone.
 */
export function installKeybindings(
  target: Window = window,
  onError?: (error: unknown) => void,
): () => void {
  const listener = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    const command = findCommandForEvent(event);
    if (!command) return;
    event.preventDefault();
    event.stopPropagation();
    try {
      Promise.resolve(command.run()).catch((error: unknown) => onError?.(error));
    } catch (error) {
      onError?.(error);
    }
  };
  target.addEventListener('keydown', listener);
  return () => target.removeEventListener('keydown', listener);
}
