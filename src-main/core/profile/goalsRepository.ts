// Short- and long-term goals.
import type { Goal, GoalHorizon } from '../../shared/domain';
import type { Db } from '../db/connection';

interface GoalRow {
  id: string;
  horizon: string;
  text: string;
  target_date: string | null;
  done: number;
  created_at: number;
  version: number;
}

function toGoal(row: GoalRow): Goal {
  return {
    id: row.id,
    horizon: row.horizon as GoalHorizon,
    text: row.text,
    targetDate: row.target_date,
    done: row.done === 1,
    createdAt: row.created_at,
    version: row.version,
  };
}

const COLUMNS = 'id, horizon, text, target_date, done, created_at, version';

/** Short-term first, then long-term; within each, the nearest target date first, undated last. */
export function listGoals(db: Db): Goal[] {
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM goals ORDER BY horizon = 'long', target_date IS NULL, target_date, created_at, seq`,
    )
    .all() as GoalRow[];
  return rows.map(toGoal);
}

export function findGoal(db: Db, id: string): Goal | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM goals WHERE id = ?`).get(id) as
    GoalRow | undefined;
  return row && toGoal(row);
}

export interface GoalFields {
  horizon: GoalHorizon;
  text: string;
  targetDate: string | null;
  done: boolean;
}

export function insertGoal(db: Db, id: string, goal: GoalFields, now: number): void {
  db.prepare(
    'INSERT INTO goals (id, horizon, text, target_date, done, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(id, goal.horizon, goal.text, goal.targetDate, goal.done ? 1 : 0, now, now);
}

export function updateGoal(db: Db, id: string, goal: GoalFields, now: number): boolean {
  return (
    db
      .prepare(
        'UPDATE goals SET horizon = ?, text = ?, target_date = ?, done = ?, updated_at = ?, version = version + 1 WHERE id = ?',
      )
      .run(goal.horizon, goal.text, goal.targetDate, goal.done ? 1 : 0, now, id).changes === 1
  );
}

export function deleteGoal(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM goals WHERE id = ?').run(id).changes === 1;
}
