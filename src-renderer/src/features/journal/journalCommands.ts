// The journal's commands, as data. Titles and ids are part of the product: keep them exact.
import {
  ENTRY_KINDS,
  KIND_SPECS,
  type EntryKind,
} from '../../../../src-main/shared/journal/entryKinds';
import type { Command } from '../../workbench/types';
import { setActiveView } from '../../workbench/store';
import {
  activeHistoryId,
  activeInput,
  createEntry,
  moveToTrash,
  pickProfilePage,
  showHistory,
} from './entryActions';

const NEW_SHORTCUTS: Partial<Record<EntryKind, string>> = {
  // Ctrl+Alt avoids the browser's own Ctrl+N / Ctrl+T and the editor's formatting keys.
  accomplishment: 'Ctrl+Alt+N',
};

function newCommandId(kind: EntryKind): string {
  return `journal.new${kind[0]!.toUpperCase()}${kind.slice(1)}`;
}

export function journalCommands(): Command[] {
  const news: Command[] = ENTRY_KINDS.map((kind) => ({
    id: newCommandId(kind),
    title: `Journal: New ${KIND_SPECS[kind].label}`,
    keybinding: NEW_SHORTCUTS[kind],
    run: () => createEntry(kind),
  }));
  return [
    ...news,
    { id: 'journal.openProfilePage', title: 'Journal: Open Profile Page...', run: pickProfilePage },
    { id: 'journal.showTrash', title: 'Journal: Show Trash', run: () => setActiveView('trash') },
    {
      id: 'entry.showHistory',
      title: 'Entry: Show History',
      keybinding: 'Ctrl+Alt+H',
      when: () => activeHistoryId() !== null,
      run: () => showHistory(),
    },
    {
      id: 'entry.moveToTrash',
      title: 'Entry: Move to Trash',
      when: () => activeInput()?.type === 'entry',
      run: () => (activeInput()?.type === 'entry' ? moveToTrash() : undefined),
    },
  ];
}
