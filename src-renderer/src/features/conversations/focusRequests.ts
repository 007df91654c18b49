// One-shot focus requests between commands and the conversation pane (which mounts later), and the
// agenda item the user last worked in (where "Add Evidence" puts an entry).
import { oneShotFocus, typedFieldFocus } from '../../ui/focusRequests';

/** A conversation made from a template opens with the caret in its title. */
const titleFocus = oneShotFocus();
export const requestConversationTitleFocus = titleFocus.request;
export const takeConversationTitleFocus = titleFocus.take;

/** A new agenda item opens with the caret in its title, after what was typed meanwhile. */
const itemFocus = typedFieldFocus();
export const requestItemTitleFocus = itemFocus.request;
export const takeItemTitleFocus = itemFocus.take;

const lastItem = new Map<string, string>();

export function rememberAgendaItem(conversationId: string, itemId: string): void {
  lastItem.set(conversationId, itemId);
}

export function lastAgendaItem(conversationId: string): string | null {
  return lastItem.get(conversationId) ?? null;
}
