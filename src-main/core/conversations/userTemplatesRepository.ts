// Templates the user saved from their own conversations; the definition is validated JSON.
import type { Db } from '../db/connection';

export interface UserTemplateRow {
  id: string;
  name: string;
  definition: string;
}

export function listUserTemplates(db: Db): UserTemplateRow[] {
  return db
    .prepare('SELECT id, name, definition FROM user_templates ORDER BY name COLLATE NOCASE, seq')
    .all() as UserTemplateRow[];
}

export function findUserTemplate(db: Db, id: string): UserTemplateRow | undefined {
  return db.prepare('SELECT id, name, definition FROM user_templates WHERE id = ?').get(id) as
    UserTemplateRow | undefined;
}

export function insertUserTemplate(
  db: Db,
  id: string,
  name: string,
  definition: string,
  now: number,
): void {
  db.prepare(
    'INSERT INTO user_templates (id, name, definition, created_at) VALUES (?, ?, ?, ?)',
  ).run(id, name, definition, now);
}
