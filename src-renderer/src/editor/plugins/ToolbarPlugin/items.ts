// The toolbar's buttons as data, in display order; `null` marks a group separator.
import type { EditorAction } from '../../shortcuts';
import type { ToolbarState } from './toolbarState';

export interface ToolbarItem {
  action: EditorAction;
  label: string;
  /** A codicon name, or text shown instead of an icon. */
  icon?: string;
  text?: string;
  pressed?: (state: ToolbarState) => boolean;
  disabled?: (state: ToolbarState) => boolean;
}

export const TOOLBAR_ITEMS: ReadonlyArray<ToolbarItem | null> = [
  { action: 'undo', label: 'Undo', icon: 'discard', disabled: (s) => !s.canUndo },
  { action: 'redo', label: 'Redo', icon: 'redo', disabled: (s) => !s.canRedo },
  null,
  { action: 'paragraph', label: 'Paragraph', text: '¶', pressed: (s) => s.block === 'paragraph' },
  { action: 'h1', label: 'Heading 1', text: 'H1', pressed: (s) => s.block === 'h1' },
  { action: 'h2', label: 'Heading 2', text: 'H2', pressed: (s) => s.block === 'h2' },
  { action: 'h3', label: 'Heading 3', text: 'H3', pressed: (s) => s.block === 'h3' },
  null,
  { action: 'bold', label: 'Bold', icon: 'bold', pressed: (s) => s.bold },
  { action: 'italic', label: 'Italic', icon: 'italic', pressed: (s) => s.italic },
  { action: 'underline', label: 'Underline', text: 'U', pressed: (s) => s.underline },
  {
    action: 'strikethrough',
    label: 'Strikethrough',
    icon: 'strikethrough',
    pressed: (s) => s.strikethrough,
  },
  { action: 'code', label: 'Code', icon: 'code', pressed: (s) => s.code },
  { action: 'link', label: 'Link', icon: 'link', pressed: (s) => s.link },
  null,
  {
    action: 'bullet',
    label: 'Bulleted list',
    icon: 'list-unordered',
    pressed: (s) => s.block === 'bullet',
  },
  {
    action: 'number',
    label: 'Numbered list',
    icon: 'list-ordered',
    pressed: (s) => s.block === 'number',
  },
  { action: 'check', label: 'Check list', icon: 'tasklist', pressed: (s) => s.block === 'check' },
  { action: 'quote', label: 'Quote', icon: 'quote', pressed: (s) => s.block === 'quote' },
];
