// Side bar view 'trash': trashed entries wait here to be restored or deleted for good.
import type { EntrySummary } from '../../../../src-main/shared/domain';
import { kindIcon, kindLabel } from '../../../../src-main/shared/journal/entryKinds';
import { deleteForeverWrite, emptyTrashWrite, restoreEntry, trashRead } from './journalQueries';
import { keepFocusWhenRowGoes } from '../../ui/keepFocus';
import { notify, openEditor } from '../../workbench/store';
import { confirmDialog } from '../../ui/confirm';
import { errorMessage } from '../../ui/errorMessage';
import { shortDate } from '../../ui/monthGroups';
import { displayTitle } from './useEntryDraft';

/** The row leaves the list: the focus goes to the same button of a neighbour, else the list, not the page. */
const watchRow = (button: HTMLElement) =>
  keepFocusWhenRowGoes(button, {
    scope: '.ladder-trash-view',
    row: '.ladder-trash-row',
    fallback: '.ladder-trash-list',
  });

async function restore(entry: EntrySummary, button: HTMLElement) {
  const stopWatching = watchRow(button);
  try {
    await restoreEntry({ id: entry.id });
    notify('info', 'Entry restored to the journal.');
  } catch (error) {
    stopWatching();
    notify('error', `Could not restore the entry: ${errorMessage(error)}`);
  }
}

async function deleteForever(entry: EntrySummary, button: HTMLElement) {
  const ok = await confirmDialog({
    title: 'Delete forever?',
    message: `"${displayTitle(entry)}" and all its versions will be erased. This cannot be undone.`,
    confirmLabel: 'Delete forever',
    danger: true,
  });
  if (!ok) return;
  // Watched from here: the dialog has handed the focus back to the button.
  const stopWatching = watchRow(button);
  try {
    await deleteForeverWrite({ id: entry.id });
  } catch (error) {
    stopWatching();
    notify('error', `Could not delete the entry: ${errorMessage(error)}`);
  }
}

async function emptyTrash(count: number) {
  const ok = await confirmDialog({
    title: 'Empty the Trash?',
    message: `${count} ${count === 1 ? 'entry' : 'entries'} and all their versions will be erased. This cannot be undone.`,
    confirmLabel: 'Empty Trash',
    danger: true,
  });
  if (!ok) return;
  try {
    const { removed } = await emptyTrashWrite({});
    notify('info', `${removed} ${removed === 1 ? 'entry' : 'entries'} erased.`);
  } catch (error) {
    notify('error', `Could not empty the Trash: ${errorMessage(error)}`);
  }
}

export function TrashView() {
  const trash = trashRead.use({});
  const items = trash.data ?? [];
  return (
    <div className="ladder-trash-view">
      <div className="ladder-view-toolbar">
        <span className="ladder-view-toolbar__title">
          {items.length} {items.length === 1 ? 'entry' : 'entries'}
        </span>
        <button
          type="button"
          className="ladder-button"
          disabled={items.length === 0}
          onClick={() => void emptyTrash(items.length)}
        >
          Empty Trash
        </button>
      </div>
      {trash.isSuccess && items.length === 0 && (
        <p className="ladder-empty">
          The Trash is empty. Entries you move here can be restored until you empty it.
        </p>
      )}
      {/* tabIndex -1: where the focus goes when the last row leaves. */}
      <ul className="ladder-trash-list" aria-label="Trashed entries" tabIndex={-1}>
        {items.map((entry) => (
          <li key={entry.id} className="ladder-trash-row">
            <span
              className={`codicon codicon-${kindIcon(entry.kind)}`}
              role="img"
              aria-label={kindLabel(entry.kind)}
            />
            <button
              type="button"
              className="ladder-link ladder-trash-row__title"
              dir="auto"
              title={displayTitle(entry)}
              onClick={() => openEditor({ type: 'entry', id: entry.id })}
            >
              {displayTitle(entry)}
            </button>
            <span className="ladder-tree__date">{shortDate(entry.date)}</span>
            <button
              type="button"
              className="ladder-icon-button"
              aria-label={`Restore ${displayTitle(entry)}`}
              title="Restore"
              onClick={(e) => void restore(entry, e.currentTarget)}
            >
              <span className="codicon codicon-discard" aria-hidden="true" />
            </button>
            <button
              type="button"
              className="ladder-icon-button"
              aria-label={`Delete ${displayTitle(entry)} forever`}
              title="Delete forever"
              onClick={(e) => void deleteForever(entry, e.currentTarget)}
            >
              <span className="codicon codicon-close" aria-hidden="true" />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
