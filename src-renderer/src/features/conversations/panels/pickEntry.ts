// A quick pick over the journal's evidence entries, for linking one to an agenda item or a question.
// The box asks the main side for what is typed (journal.find): the journal is never loaded whole.
import { journalFindRead } from '../conversationQueries';
import { notify, showEntryPick } from '../../../workbench/store';
import { errorMessage } from '../../../ui/errorMessage';

export async function pickJournalEntry(
  placeholder: string,
  exclude: ReadonlySet<string>,
): Promise<string | undefined> {
  const excluded = [...exclude];
  try {
    // One row says whether there is anything to offer; the picker itself reads as it is typed into.
    const offered = await journalFindRead.fresh({ text: '', limit: 1, exclude: excluded });
    if (offered.length === 0) {
      const any = excluded.length > 0 && (await journalFindRead.fresh({ text: '', limit: 1 }));
      notify(
        'info',
        any && any.length > 0
          ? 'Every journal entry is linked already.'
          : 'The journal has no entries yet.',
      );
      return undefined;
    }
  } catch (error) {
    notify('error', `The journal could not be read: ${errorMessage(error)}`);
    return undefined;
  }
  return showEntryPick(placeholder, excluded);
}
