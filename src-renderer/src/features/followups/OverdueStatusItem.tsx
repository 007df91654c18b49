// "2 overdue" in the status bar while any action item is past its due date; a click shows them.
import { executeCommand } from '../../workbench/registry';
import { Codicon } from '../../ui/Codicon';
import { SHOW_FOLLOWUPS_COMMAND } from './followupsCommands';
import { useOverdueCount } from '../../ui/useFollowUps';

export function overdueLabel(count: number): string {
  return `${count} overdue action ${count === 1 ? 'item' : 'items'}. Show open follow-ups`;
}

export function OverdueStatusItem() {
  const count = useOverdueCount();
  if (count <= 0) return null;
  return (
    <button
      type="button"
      className="status-item status-button"
      aria-label={overdueLabel(count)}
      title={overdueLabel(count)}
      onClick={() => void executeCommand(SHOW_FOLLOWUPS_COMMAND)}
    >
      <Codicon name="warning" />
      {count} overdue
    </button>
  );
}
