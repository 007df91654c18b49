// The follow-ups' reads and writes. Writes to action items from here change every read they can:
// conversation documents, lists, checklists, follow-ups and the overdue count.
import { defineWrite } from '../../api/query';
import type { ActionStatus } from '../../../../src-main/shared/conversations/conversations';

/** Reads an action-item write may change: conversation documents, lists, checklists, follow-ups. */
const ACTION_READS = ['conversations.', 'followups.'];

const updateAction = defineWrite('actions.update', { invalidates: ACTION_READS });

export function setActionStatus(id: string, status: ActionStatus) {
  return updateAction({ id, status });
}
