// The editor's keyboard shortcuts as data: the ShortcutsPlugin acts on them, the toolbar shows them.
import { IS_APPLE } from 'lexical';

export type EditorAction =
  | 'bold'
  | 'italic'
  | 'underline'
  | 'strikethrough'
  | 'code'
  | 'paragraph'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'quote'
  | 'bullet'
  | 'number'
  | 'check'
  | 'link'
  | 'undo'
  | 'redo';

interface Chord {
  /** KeyboardEvent.code, so Shift and AltGr layouts do not change the match. */
  code: string;
  shift?: boolean;
  alt?: boolean;
}

// Bold, italic, underline, undo and redo are Lexical's own bindings; listed here for the titles only.
export const SHORTCUTS: Partial<Record<EditorAction, Chord>> = {
  bold: { code: 'KeyB' },
  italic: { code: 'KeyI' },
  underline: { code: 'KeyU' },
  strikethrough: { code: 'KeyX', shift: true },
  code: { code: 'KeyE' },
  paragraph: { code: 'Digit0', alt: true },
  h1: { code: 'Digit1', alt: true },
  h2: { code: 'Digit2', alt: true },
  h3: { code: 'Digit3', alt: true },
  quote: { code: 'KeyQ', shift: true },
  number: { code: 'Digit7', shift: true },
  bullet: { code: 'Digit8', shift: true },
  check: { code: 'Digit9', shift: true },
  link: { code: 'KeyK' },
  undo: { code: 'KeyZ' },
  redo: { code: 'KeyZ', shift: true },
};

/** Actions the ShortcutsPlugin handles itself (the rest are Lexical's defaults). */
export const OWN_SHORTCUTS: EditorAction[] = [
  'strikethrough',
  'code',
  'paragraph',
  'h1',
  'h2',
  'h3',
  'quote',
  'number',
  'bullet',
  'check',
  'link',
];

export function matchesShortcut(event: KeyboardEvent, action: EditorAction): boolean {
  const chord = SHORTCUTS[action];
  if (!chord) return false;
  const mod = IS_APPLE ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return (
    mod &&
    event.code === chord.code &&
    event.shiftKey === !!chord.shift &&
    event.altKey === !!chord.alt
  );
}

export function shortcutLabel(action: EditorAction): string {
  const chord = SHORTCUTS[action];
  if (!chord) return '';
  const key = chord.code.replace(/^Key|^Digit/, '');
  const parts = [IS_APPLE ? '⌘' : 'Ctrl'];
  if (chord.alt) parts.push(IS_APPLE ? '⌥' : 'Alt');
  if (chord.shift) parts.push(IS_APPLE ? '⇧' : 'Shift');
  parts.push(key);
  return parts.join('+');
}

/** The same chord in aria-keyshortcuts syntax. */
export function shortcutAria(action: EditorAction): string | undefined {
  const chord = SHORTCUTS[action];
  if (!chord) return undefined;
  const parts = [IS_APPLE ? 'Meta' : 'Control'];
  if (chord.alt) parts.push('Alt');
  if (chord.shift) parts.push('Shift');
  parts.push(chord.code.replace(/^Key|^Digit/, ''));
  return parts.join('+');
}
