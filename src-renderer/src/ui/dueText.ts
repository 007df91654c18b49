// How an action item's due date reads, in lists and in the action plan.
import { formatDate } from '../workbench/StatusBar';
import type { ActionOwner } from '../../../src-main/shared/conversations/conversations';

export function dueText(dueDate: string | null, overdue: boolean): string {
  if (!dueDate) return 'No due date';
  return overdue ? `Overdue since ${formatDate(dueDate)}` : `Due ${formatDate(dueDate)}`;
}

export const OWNER_LABELS: Record<ActionOwner, string> = {
  me: 'Me',
  them: 'The other person',
  both: 'Both of us',
};
