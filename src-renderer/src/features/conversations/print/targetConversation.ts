// Which conversation a command acts on: the active conversation (or its print preview), else one the
// person picks from the list.
import { listsRead } from '../conversationQueries';
import { flushAll, notify, showQuickPick, useWorkbench } from '../../../workbench/store';
import { errorMessage } from '../../../ui/errorMessage';
import { PRINT_EDITOR } from './printEditor';

export { PRINT_EDITOR };

const CONVERSATION_EDITOR = 'conversation';

export function activeConversationId(): string | null {
  const s = useWorkbench.getState();
  const input = s.tabs.find((t) => t.key === s.activeTab)?.input;
  return input && (input.type === CONVERSATION_EDITOR || input.type === PRINT_EDITOR)
    ? input.id
    : null;
}

/** The conversation to act on, once every pending edit is saved, so outputs hold what was just typed. */
export async function targetConversation(placeholder: string): Promise<string | undefined> {
  const id = await chooseConversation(placeholder);
  if (id) await flushAll();
  return id;
}

async function chooseConversation(placeholder: string): Promise<string | undefined> {
  const active = activeConversationId();
  if (active) return active;
  let lists;
  try {
    // Straight from the main side: the list must hold a conversation made a moment ago elsewhere.
    lists = await listsRead.fresh({});
  } catch (error) {
    notify('error', `Could not list your conversations: ${errorMessage(error)}`);
    return undefined;
  }
  const all = [...lists.upcoming, ...lists.past];
  if (all.length === 0) {
    notify(
      'info',
      'There is no conversation yet. Start one with "Conversation: New from Template...".',
    );
    return undefined;
  }
  return showQuickPick(
    all.map((c) => ({
      label: c.title.trim() || 'Untitled conversation',
      description: c.personName,
      detail: c.startsAt ? c.startsAt.replace('T', ' at ') : 'No date yet',
      icon: 'comment-discussion',
      value: c.id,
    })),
    placeholder,
  );
}
