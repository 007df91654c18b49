// Action items: the written plan of a conversation, and the open ones across all conversations.
import type {
  ActionItem,
  ActionOwner,
  ActionStatus,
  CarriedAction,
} from '../../shared/conversations/conversations';
import type { Db } from '../db/connection';

interface Row {
  id: string;
  conversation_id: string;
  position: number;
  text: string;
  owner: string;
  due_date: string | null;
  status: string;
  carried_from: string | null;
  version: number;
}

const COLUMNS =
  'a.id, a.conversation_id, a.position, a.text, a.owner, a.due_date, a.status, a.carried_from, a.version';

function toAction(row: Row): ActionItem {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    position: row.position,
    text: row.text,
    owner: row.owner as ActionOwner,
    dueDate: row.due_date,
    status: row.status as ActionStatus,
    carriedFrom: row.carried_from,
    version: row.version,
  };
}

export function actionsOf(db: Db, conversationId: string): ActionItem[] {
  return (
    db
      .prepare(
        `SELECT ${COLUMNS} FROM action_items a WHERE a.conversation_id = ? ORDER BY a.position, a.seq`,
      )
      .all(conversationId) as Row[]
  ).map(toAction);
}

export function findAction(db: Db, id: string): ActionItem | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM action_items a WHERE a.id = ?`).get(id) as
    Row | undefined;
  return row && toAction(row);
}

export interface NewAction {
  text: string;
  owner: ActionOwner;
  dueDate: string | null;
  carriedFrom: string | null;
}

export function insertAction(
  db: Db,
  id: string,
  conversationId: string,
  a: NewAction,
  now: number,
): void {
  db.prepare(
    'INSERT INTO action_items (id, conversation_id, position, text, owner, due_date, carried_from, created_at, updated_at) ' +
      'VALUES (?, ?, (SELECT count(*) FROM action_items WHERE conversation_id = ?), ?, ?, ?, ?, ?, ?)',
  ).run(id, conversationId, conversationId, a.text, a.owner, a.dueDate, a.carriedFrom, now, now);
}

export function updateAction(
  db: Db,
  id: string,
  patch: { text?: string; owner?: ActionOwner; due_date?: string | null; status?: ActionStatus },
  now: number,
): void {
  const allowed = ['text', 'owner', 'due_date', 'status'];
  const entries = Object.entries(patch).filter(([k, v]) => allowed.includes(k) && v !== undefined);
  const sets = [...entries.map(([k]) => `${k} = ?`), 'updated_at = ?', 'version = version + 1'];
  db.prepare(`UPDATE action_items SET ${sets.join(', ')} WHERE id = ?`).run(
    ...entries.map(([, v]) => v),
    now,
    id,
  );
}

export function deleteAction(db: Db, id: string): void {
  db.prepare('DELETE FROM action_items WHERE id = ?').run(id);
}

export interface OpenActionRow extends ActionItem {
  conversationTitle: string;
  personName: string;
}

/** Open actions of live conversations, the earliest due first, undated last. */
export function openActions(db: Db): OpenActionRow[] {
  const rows = db
    .prepare(
      `SELECT ${COLUMNS}, c.title AS conversation_title, c.person_name FROM action_items a ` +
        "JOIN conversations c ON c.id = a.conversation_id WHERE a.status = 'open' AND c.deleted_at IS NULL " +
        'ORDER BY a.due_date IS NULL, a.due_date, c.starts_at, a.position, a.seq',
    )
    .all() as (Row & { conversation_title: string; person_name: string })[];
  return rows.map((r) => ({
    ...toAction(r),
    conversationTitle: r.conversation_title,
    personName: r.person_name,
  }));
}

/** Text and status of the actions with these ids (unknown ids are skipped), in no set order. */
export function actionStates(
  db: Db,
  ids: readonly string[],
): { id: string; text: string; status: string }[] {
  if (ids.length === 0) return [];
  return db
    .prepare(
      `SELECT id, text, status FROM action_items WHERE id IN (${ids.map(() => '?').join(', ')})`,
    )
    .all(...ids) as { id: string; text: string; status: string }[];
}

interface CarriedRow {
  action_id: string;
  text: string;
  owner: CarriedAction['owner'];
  due_date: string | null;
  status: CarriedAction['status'];
  conversation_id: string;
  title: string;
}

/** The actions with these ids with the conversation each belongs to (unknown ids are skipped). */
export function carriedRows(db: Db, ids: readonly string[]): CarriedRow[] {
  if (ids.length === 0) return [];
  return db
    .prepare(
      'SELECT a.id AS action_id, a.text, a.owner, a.due_date, a.status, c.id AS conversation_id, c.title ' +
        `FROM action_items a JOIN conversations c ON c.id = a.conversation_id WHERE a.id IN (${ids.map(() => '?').join(', ')})`,
    )
    .all(...ids) as CarriedRow[];
}
