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

type Touched = Pick<ConversationSummary, 'id' | 'myRole' | 'updatedAt'>;

/**
 * The role of the conversation touched last: the default part to play outside a conversation. Two
 * touched at one instant (an import) are told apart by id, as the planner's query does, so the
 * settings dialog shows the part the plan plays.
 */
export function latestRoleOf(conversations: readonly Touched[]): MyRole | null {
  let latest: Touched | null = null;
  for (const c of conversations) {
    if (
      !latest ||
      c.updatedAt > latest.updatedAt ||
      (c.updatedAt === latest.updatedAt && c.id > latest.id)
    )
      latest = c;
  }
  return latest?.myRole ?? null;
}

/** The other person, in the plan's messages. */
export const OTHER_PARTY: Record<MyRole, string> = {
  employee: 'your manager',
  manager: 'your report',
};
