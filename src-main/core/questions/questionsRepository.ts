// The user's questions, their overlays on built-ins, and question tags.
import type { Db } from '../db/connection';

export interface UserQuestionRow {
  id: string;
  text: string;
  direction: string;
  category: string;
  framework: string;
  step: string;
  difficulty: number;
  probes: string;
  tip: string;
  hidden: number;
  /** Absent on a row about to be written. */
  version?: number;
}

export interface OverlayRow {
  question_id: string;
  text: string | null;
  tip: string | null;
  probes: string | null;
  hidden: number;
  version?: number;
}

/** Restricts a read to a list of ids, passed as one JSON array. */
const IN_IDS = 'IN (SELECT value FROM json_each(?))';

export function userQuestionRows(db: Db, ids?: readonly string[]): UserQuestionRow[] {
  const columns =
    'SELECT id, text, direction, category, framework, step, difficulty, probes, tip, hidden, version FROM user_questions';
  return ids
    ? (db
        .prepare(`${columns} WHERE id ${IN_IDS} ORDER BY seq`)
        .all(JSON.stringify(ids)) as UserQuestionRow[])
    : (db.prepare(`${columns} ORDER BY seq`).all() as UserQuestionRow[]);
}

/** The user's questions without their texts, for choosing and ordering a rehearsal. */
export type UserQuestionFactRow = Omit<UserQuestionRow, 'text' | 'probes' | 'tip'>;

export function userQuestionFactRows(db: Db): UserQuestionFactRow[] {
  return db
    .prepare(
      'SELECT id, direction, category, framework, step, difficulty, hidden FROM user_questions ORDER BY seq',
    )
    .all() as UserQuestionFactRow[];
}

export function findUserQuestion(db: Db, id: string): UserQuestionRow | undefined {
  return db
    .prepare(
      'SELECT id, text, direction, category, framework, step, difficulty, probes, tip, hidden, version FROM user_questions WHERE id = ?',
    )
    .get(id) as UserQuestionRow | undefined;
}

export function insertUserQuestion(db: Db, row: UserQuestionRow, now: number): void {
  db.prepare(
    'INSERT INTO user_questions (id, text, direction, category, framework, step, difficulty, probes, tip, hidden, created_at, updated_at) ' +
      'VALUES (@id, @text, @direction, @category, @framework, @step, @difficulty, @probes, @tip, @hidden, @now, @now)',
  ).run({ ...row, now });
}

export function updateUserQuestion(db: Db, row: UserQuestionRow, now: number): void {
  db.prepare(
    'UPDATE user_questions SET text = @text, direction = @direction, category = @category, step = @step, difficulty = @difficulty, ' +
      'probes = @probes, tip = @tip, hidden = @hidden, updated_at = @now, ' +
      // Hiding or showing again is not an edit of what the question says.
      'version = version + (text IS NOT @text OR direction IS NOT @direction OR category IS NOT @category OR step IS NOT @step ' +
      'OR difficulty IS NOT @difficulty OR probes IS NOT @probes OR tip IS NOT @tip) WHERE id = @id',
  ).run({ ...row, version: undefined, now });
}

export function overlayRows(db: Db, ids?: readonly string[]): OverlayRow[] {
  const columns = 'SELECT question_id, text, tip, probes, hidden, version FROM question_overlays';
  return ids
    ? (db
        .prepare(`${columns} WHERE question_id ${IN_IDS}`)
        .all(JSON.stringify(ids)) as OverlayRow[])
    : (db.prepare(columns).all() as OverlayRow[]);
}

export function findOverlay(db: Db, id: string): OverlayRow | undefined {
  return db
    .prepare(
      'SELECT question_id, text, tip, probes, hidden, version FROM question_overlays WHERE question_id = ?',
    )
    .get(id) as OverlayRow | undefined;
}

export function upsertOverlay(db: Db, row: OverlayRow, now: number): void {
  db.prepare(
    'INSERT INTO question_overlays (question_id, text, tip, probes, hidden, updated_at, version) ' +
      'VALUES (@question_id, @text, @tip, @probes, @hidden, @now, 1 + (@text IS NOT NULL OR @tip IS NOT NULL OR @probes IS NOT NULL)) ' +
      'ON CONFLICT (question_id) DO UPDATE SET text = excluded.text, tip = excluded.tip, probes = excluded.probes, hidden = excluded.hidden, ' +
      // Only a change of the wording, tip or follow-ups raises the version (hiding does not).
      'updated_at = excluded.updated_at, version = version + (text IS NOT excluded.text OR tip IS NOT excluded.tip OR probes IS NOT excluded.probes)',
  ).run({ ...row, version: undefined, now });
}

export function tagRows(db: Db, ids?: readonly string[]): { question_id: string; tag: string }[] {
  const where = ids ? ` WHERE question_id ${IN_IDS}` : '';
  const args = ids ? [JSON.stringify(ids)] : [];
  return db
    .prepare(`SELECT question_id, tag FROM question_tags${where} ORDER BY tag COLLATE NOCASE`)
    .all(...args) as { question_id: string; tag: string }[];
}

export function setTags(db: Db, questionId: string, tags: readonly string[]): void {
  db.prepare('DELETE FROM question_tags WHERE question_id = ?').run(questionId);
  const insert = db.prepare('INSERT OR IGNORE INTO question_tags (question_id, tag) VALUES (?, ?)');
  for (const tag of tags) insert.run(questionId, tag);
}
