// Side bar view 'trash': trashed entries wait here to be restored or deleted for good.
import type { EntrySummary } from '../../../../src-main/shared/domain';
import { kindIcon, kindLabel } from '../../../../src-main/shared/entryKinds';
import { mutate, useApi } from '../../api/query';
import { notify, openEditor } from '../../workbench/store';
import { confirmDialog } from './confirm';
import { errorMessage } from './errorMessage';
import { shortDate } from './journalTree';
import { displayTitle } from './useEntryDraft';

async function restore(entry: EntrySummary) {
  try {
    await mutate('journal.restore', { id: entry.id });
    notify('info', 'Entry restored to the journal.');
  } catch (error) {
    notify('error', `Could not restore the entry: ${errorMessage(error)}`);
  }
}

async function deleteForever(entry: EntrySummary) {
  const ok = await confirmDialog({
    title: 'Delete forever?',
    message: `"${displayTitle(entry)}" and all its versions will be erased. This cannot be undone.`,
    confirmLabel: 'Delete forever',
    danger: true,
  });
  if (!ok) return;
  try {
    await mutate('journal.deleteForever', { id: entry.id });
  } catch (error) {
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
    const { removed } = await mutate('journal.emptyTrash', {});
    notify('info', `${removed} ${removed === 1 ? 'entry' : 'entries'} erased.`);
  } catch (error) {
    notify('error', `Could not empty the Trash: ${errorMessage(error)}`);
  }
}

export function TrashView() {
  const trash = useApi('journal.listTrash', {});
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
        <p className="ladder-empty">The Trash is empty. Entries you move here can be restored until you empty it.</p>
      )}
      <ul className="ladder-trash-list" aria-label="Trashed entries">
        {items.map((entry) => (
          <li key={entry.id} className="ladder-trash-row">
            <span className={`codicon codicon-${kindIcon(entry.kind)}`} role="img" aria-label={kindLabel(entry.kind)} />
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
              onClick={() => void restore(entry)}
            >
              <span className="codicon codicon-discard" aria-hidden="true" />
            </button>
            <button
              type="button"
              className="ladder-icon-button"
              aria-label={`Delete ${displayTitle(entry)} forever`}
              title="Delete forever"
              onClick={() => void deleteForever(entry)}
            >
              <span className="codicon codicon-close" aria-hidden="true" />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
