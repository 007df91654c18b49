// What the journal commands do: create, open, move to trash, show history.
import type { EntryKind, ProfilePage } from '../../../../src-main/shared/journal/entryKinds';
import {
  KIND_SPECS,
  PROFILE_PAGES,
  PROFILE_SPECS,
} from '../../../../src-main/shared/journal/entryKinds';
import { createEntryWrite, profileRead, trashEntry } from './journalQueries';
import {
  closeEditor,
  notify,
  openEditor,
  showQuickPick,
  useWorkbench,
} from '../../workbench/store';
import { inputKey, type EditorInput } from '../../workbench/types';
import { requestTitleFocus } from './focusRequests';
import { heldTextNote, holdTypedKeys } from '../../ui/heldKeys';
import { errorMessage } from '../../ui/errorMessage';

export async function createEntry(kind: EntryKind): Promise<void> {
  const held = holdTypedKeys();
  try {
    const entry = await createEntryWrite({ kind });
    requestTitleFocus(entry.id, held);
    openEditor({ type: 'entry', id: entry.id });
  } catch (error) {
    notify(
      'error',
      `Could not create the ${KIND_SPECS[kind].label.toLowerCase()}: ${errorMessage(error)}` +
        heldTextNote(held.stop()),
    );
  }
}

export function openProfilePage(page: ProfilePage): void {
  openEditor({ type: 'profile', id: page }, { title: PROFILE_SPECS[page].label });
}

export async function pickProfilePage(): Promise<void> {
  const page = await showQuickPick(
    PROFILE_PAGES.map((p) => ({
      label: PROFILE_SPECS[p].label,
      icon: PROFILE_SPECS[p].icon,
      value: p,
    })),
    'Open a profile page',
  );
  if (page) openProfilePage(page);
}

export function activeInput(): EditorInput | null {
  const s = useWorkbench.getState();
  return s.tabs.find((t) => t.key === s.activeTab)?.input ?? null;
}

/** The entry the active tab is about: an entry tab or its history tab. */
export function activeEntryId(): string | null {
  const input = activeInput();
  return input && (input.type === 'entry' || input.type === 'history') ? input.id : null;
}

/** Whose history Entry: Show History opens: an entry's, a history tab's own, or a profile page's. */
export function activeHistoryId(): string | null {
  const input = activeInput();
  if (input?.type === 'profile')
    return profileRead.peek({ page: input.id as ProfilePage })?.id ?? null;
  return activeEntryId();
}

export function showHistory(id: string | null = activeHistoryId()): void {
  if (id) openEditor({ type: 'history', id });
}

/** Nothing is lost: the entry waits in the Trash until the user deletes it for good. */
export async function moveToTrash(id: string | null = activeEntryId()): Promise<void> {
  if (!id) return;
  try {
    // The editor area moves the focus on from the closing tab (EditorArea's focus rescue).
    for (const key of [inputKey({ type: 'entry', id }), inputKey({ type: 'history', id })]) {
      if (useWorkbench.getState().tabs.some((t) => t.key === key)) await closeEditor(key);
    }
    await trashEntry({ id });
    notify('info', 'Entry moved to the Trash. You can restore it from the Trash view.');
  } catch (error) {
    notify('error', `Could not move the entry to the Trash: ${errorMessage(error)}`);
  }
}
