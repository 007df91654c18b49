// Commands of our own, so the toolbar, the keyboard shortcuts and the link dialog stay decoupled.
import { createCommand, type LexicalCommand } from 'lexical';

/** Opens the link dialog for the current selection (toolbar button, Ctrl+K). */
export const OPEN_LINK_DIALOG_COMMAND: LexicalCommand<void> =
  createCommand('LADDER_OPEN_LINK_DIALOG');
