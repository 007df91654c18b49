// Editor type 'entry': loads one journal entry and hands it to the form; re-mounts after a restore.
import type { EditorPaneProps } from '../../workbench/types';
import { inputKey } from '../../workbench/types';
import { EntryEditor } from './EntryEditor';
import { useReloads } from './focusRequests';
import { errorMessage } from '../../ui/errorMessage';
import { entryRead } from './journalQueries';

export function EntryPane({ input, reveal }: EditorPaneProps) {
  const entry = entryRead.use({ id: input.id });
  const reload = useReloads((s) => s.byId[input.id] ?? 0);
  if (entry.isPending) return <p className="ladder-pane-message">Opening the entry…</p>;
  if (entry.isError) {
    return (
      <p className="ladder-pane-message" role="alert">
        This entry could not be opened: {errorMessage(entry.error)}
      </p>
    );
  }
  return (
    <EntryEditor
      key={`${entry.data.id}:${reload}`}
      entry={entry.data}
      tabKey={inputKey(input)}
      reveal={reveal}
    />
  );
}
