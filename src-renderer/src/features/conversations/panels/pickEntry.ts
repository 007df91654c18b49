// A quick pick over the journal's evidence entries, for linking one to an agenda item or a question.
import { kindIcon, kindLabel } from '../../../../../src-main/shared/journal/entryKinds';
import { journalListRead } from '../conversationQueries';
import { notify, showQuickPick } from '../../../workbench/store';
import { errorMessage } from '../../../ui/errorMessage';
import { shortDay } from '../whenLabel';

export async function pickJournalEntry(
  placeholder: string,
  exclude: ReadonlySet<string>,
): Promise<string | undefined> {
  let entries;
  try {
    entries = await journalListRead.fetch({});
  } catch (error) {
    notify('error', `The journal could not be read: ${errorMessage(error)}`);
    return undefined;
  }
  const choices = entries.filter((e) => !exclude.has(e.id));
  if (choices.length === 0) {
    notify(
      'info',
      entries.length === 0
        ? 'The journal has no entries yet.'
        : 'Every journal entry is linked already.',
    );
    return undefined;
  }
  return showQuickPick(
    choices.map((e) => ({
      label: e.title.trim() || `Untitled ${kindLabel(e.kind).toLowerCase()}`,
      description: shortDay(e.date),
      detail: kindLabel(e.kind),
      icon: kindIcon(e.kind),
      value: e.id,
    })),
    placeholder,
  );
}
