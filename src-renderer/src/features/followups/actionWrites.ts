// Writes to action items from anywhere (the follow-ups view, a conversation's action plan): every read
// they can change is refreshed, including the overdue count and the conversation's checklist.
import { mutate } from '../../api/query';
import type { ActionStatus } from '../../../../src-main/shared/conversations/conversations';

/** Reads an action-item write may change: conversation documents, lists, checklists, follow-ups. */
export const ACTION_READS = ['conversations.', 'followups.'];

export function setActionStatus(id: string, status: ActionStatus) {
  return mutate('actions.update', { id, status }, ACTION_READS);
}
