// Dense positions (0..n-1) for the ordered rows of a conversation: agenda items, anticipated
// questions, action items. Table names come from this fixed list, never from input.
import type { Db } from '../db/connection';

export type OrderedTable = 'agenda_items' | 'anticipated_questions' | 'action_items';

function idsInOrder(db: Db, table: OrderedTable, conversationId: string): string[] {
  return (
    db
      .prepare(`SELECT id FROM ${table} WHERE conversation_id = ? ORDER BY position, seq`)
      .all(conversationId) as {
      id: string;
    }[]
  ).map((r) => r.id);
}

function writeOrder(db: Db, table: OrderedTable, ids: readonly string[]): void {
  const set = db.prepare(`UPDATE ${table} SET position = ? WHERE id = ?`);
  ids.forEach((id, i) => set.run(i, id));
}

/** Renumbers after a removal or an insertion so positions stay 0..n-1 with no gaps. */
export function densify(db: Db, table: OrderedTable, conversationId: string): void {
  writeOrder(db, table, idsInOrder(db, table, conversationId));
}

/** Moves one row to `toIndex` (clamped to the end); the others keep their relative order. */
export function moveTo(
  db: Db,
  table: OrderedTable,
  conversationId: string,
  id: string,
  toIndex: number,
): void {
  const ids = idsInOrder(db, table, conversationId).filter((x) => x !== id);
  ids.splice(Math.min(toIndex, ids.length), 0, id);
  writeOrder(db, table, ids);
}
