// Who asks what in a rehearsal. Rehearsal plays the other person of the conversation: an employee
// practises what a manager would ask; a manager practises the hard questions a report may raise.
// The bank marks each question with who asks it; whom it fits follows from that.
import type { ConversationSummary, MyRole } from '../conversations/conversations';
import type { QuestionDirection } from '../questions/questionBank';

/** The questions the other person asks when I play `role`. */
export function askedOf(role: MyRole): QuestionDirection {
  return role === 'employee' ? 'manager-asks' : 'employee-asks';
}

/** Who prepares with a question: the person it is asked of. */
export function preparedBy(direction: QuestionDirection): MyRole {
  return direction === 'manager-asks' ? 'employee' : 'manager';
}

/** The role of the conversation touched last: the default part to play outside a conversation. */
export function latestRoleOf(
  conversations: readonly Pick<ConversationSummary, 'myRole' | 'updatedAt'>[],
): MyRole | null {
  let latest: Pick<ConversationSummary, 'myRole' | 'updatedAt'> | null = null;
  for (const c of conversations) if (!latest || c.updatedAt > latest.updatedAt) latest = c;
  return latest?.myRole ?? null;
}

/** The other person, in the plan's messages. */
export const OTHER_PARTY: Record<MyRole, string> = {
  employee: 'your manager',
  manager: 'your report',
};
