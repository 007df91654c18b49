// Handing the manager copy over (printed, saved as PDF or Markdown, copied, emailed) is what the
// checklist step "agenda shared" waits for. Recording it never stands in the way of the output.
import type { AgendaVariant } from '../../../../../src-main/shared/conversations/conversations';
import { PAGE_SESSION } from '../../../api/pageSession';
import { invalidateSummaries, patchConversation, saveConversation } from '../conversationQueries';

export async function markAgendaShared(
  id: string,
  variant: AgendaVariant = 'manager',
): Promise<void> {
  // My copy holds private notes and answers: nobody is handed that one.
  if (variant !== 'manager') return;
  try {
    const saved = await saveConversation({ id, shared: true, session: PAGE_SESSION });
    // Only the one field: the details form may hold newer edits than this answer.
    patchConversation(id, { sharedAt: saved.conversation.sharedAt });
    await invalidateSummaries();
  } catch {
    // The agenda went out all the same; the checklist step simply stays open.
  }
}
