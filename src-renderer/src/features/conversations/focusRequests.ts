// One-shot focus requests between commands and the conversation pane (which mounts later), and the
// agenda item the user last worked in (where "Add Evidence" puts an entry).
const titleFocus = new Set<string>();
const itemFocus = new Set<string>();
const lastItem = new Map<string, string>();

/** A conversation made from a template opens with the caret in its title. */
export function requestConversationTitleFocus(conversationId: string): void {
  titleFocus.add(conversationId);
}

export function takeConversationTitleFocus(conversationId: string): boolean {
  return titleFocus.delete(conversationId);
}

/** A new agenda item opens with the caret in its title. */
export function requestItemTitleFocus(itemId: string): void {
  itemFocus.add(itemId);
}

export function takeItemTitleFocus(itemId: string): boolean {
  return itemFocus.delete(itemId);
}

export function rememberAgendaItem(conversationId: string, itemId: string): void {
  lastItem.set(conversationId, itemId);
}

export function lastAgendaItem(conversationId: string): string | null {
  return lastItem.get(conversationId) ?? null;
}
