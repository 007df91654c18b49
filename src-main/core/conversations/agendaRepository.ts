// Agenda item rows of a conversation.
import type { Db } from '../db/connection';

export interface AgendaRow {
  id: string;
  conversation_id: string;
  position: number;
  title: string;
  minutes: number;
  hints: string;
  talking_points: string;
  private_notes: string;
  questions: string;
  carried_from_action_id: string | null;
  version: number;
}

const COLUMNS =
  'id, conversation_id, position, title, minutes, hints, talking_points, private_notes, questions, carried_from_action_id, version';

export function agendaRows(db: Db, conversationId: string): AgendaRow[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM agenda_items WHERE conversation_id = ? ORDER BY position, seq`)
    .all(conversationId) as AgendaRow[];
}

export function findAgendaRow(db: Db, id: string): AgendaRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM agenda_items WHERE id = ?`).get(id) as
    AgendaRow | undefined;
}

export interface NewAgendaItem {
  title: string;
  minutes: number;
  hints?: readonly string[];
  carriedFromActionId?: string | null;
}

/** Appends at the end; the caller moves it into place when it wants another index. */
export function insertAgendaRow(
  db: Db,
  id: string,
  conversationId: string,
  item: NewAgendaItem,
  now: number,
): void {
  db.prepare(
    'INSERT INTO agenda_items (id, conversation_id, position, title, minutes, hints, carried_from_action_id, created_at, updated_at) ' +
      'VALUES (?, ?, (SELECT count(*) FROM agenda_items WHERE conversation_id = ?), ?, ?, ?, ?, ?, ?)',
  ).run(
    id,
    conversationId,
    conversationId,
    item.title,
    item.minutes,
    JSON.stringify(item.hints ?? []),
    item.carriedFromActionId ?? null,
    now,
    now,
  );
}

export interface AgendaPatch {
  title?: string;
  minutes?: number;
  talking_points?: string;
  private_notes?: string;
  questions?: string;
}

export function updateAgendaRow(db: Db, id: string, patch: AgendaPatch, now: number): void {
  const allowed = ['title', 'minutes', 'talking_points', 'private_notes', 'questions'];
  const entries = Object.entries(patch).filter(([k, v]) => allowed.includes(k) && v !== undefined);
  const sets = [...entries.map(([k]) => `${k} = ?`), 'updated_at = ?', 'version = version + 1'];
  db.prepare(`UPDATE agenda_items SET ${sets.join(', ')} WHERE id = ?`).run(
    ...entries.map(([, v]) => v),
    now,
    id,
  );
}

export function deleteAgendaRow(db: Db, id: string): void {
  db.prepare('DELETE FROM agenda_items WHERE id = ?').run(id);
}
