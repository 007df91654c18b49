// Opening the entry a link in the text points to: in its tab, as quick open would; an entry in the
// trash opens as the trash shows it, with a word that it is there; one deleted for good says so.
import { isProfilePage } from '../../../src-main/shared/journal/entryKinds';
import { LadderError } from '../../../src-main/shared/errors';
import { entryRead } from './workbenchQueries';
import { setEntryLinkOpener } from '../editor/entryLinkOpener';
import { notify, openEditor } from './store';

export async function openLinkedEntry(id: string): Promise<void> {
  let entry;
  try {
    entry = await entryRead.fetch({ id });
  } catch (error) {
    if (error instanceof LadderError && error.code === 'not-found') {
      notify(
        'warning',
        'The linked entry is no longer in your journal: it was deleted for good. The link keeps its text.',
      );
    } else {
      notify(
        'error',
        `The linked entry could not be opened: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return;
  }
  if (isProfilePage(entry.kind)) openEditor({ type: 'profile', id: entry.kind });
  else openEditor({ type: 'entry', id: entry.id }, { title: entry.title });
  if (entry.deletedAt !== null) {
    const name = entry.title.trim() ? `“${entry.title.trim()}”` : 'The linked entry';
    notify('info', `${name} is in the trash. Restore it from the trash to keep it.`);
  }
}

/** Called once at start: the editor opens entry links through this. */
export function installEntryLinkOpener(): void {
  setEntryLinkOpener(openLinkedEntry);
}
