// Anticipated question rows: what I expect to be asked, with a prepared answer.
import type { Db } from '../db/connection';

export interface QuestionRow {
  id: string;
  conversation_id: string;
  position: number;
  question: string;
  hint: string;
  prepared_answer: string;
  question_bank_id: string | null;
  version: number;
}

const COLUMNS =
  'id, conversation_id, position, question, hint, prepared_answer, question_bank_id, version';

export function questionRows(db: Db, conversationId: string): QuestionRow[] {
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM anticipated_questions WHERE conversation_id = ? ORDER BY position, seq`,
    )
    .all(conversationId) as QuestionRow[];
}

export function findQuestionRow(db: Db, id: string): QuestionRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM anticipated_questions WHERE id = ?`).get(id) as
    QuestionRow | undefined;
}

export interface NewQuestion {
  question: string;
  hint?: string;
  preparedAnswer?: string;
  questionBankId?: string | null;
}

export function insertQuestionRow(
  db: Db,
  id: string,
  conversationId: string,
  q: NewQuestion,
  now: number,
): void {
  db.prepare(
    'INSERT INTO anticipated_questions (id, conversation_id, position, question, hint, prepared_answer, question_bank_id, created_at, updated_at) ' +
      'VALUES (?, ?, (SELECT count(*) FROM anticipated_questions WHERE conversation_id = ?), ?, ?, ?, ?, ?, ?)',
  ).run(
    id,
    conversationId,
    conversationId,
    q.question,
    q.hint ?? '',
    q.preparedAnswer ?? '',
    q.questionBankId ?? null,
    now,
    now,
  );
}

export function updateQuestionRow(
  db: Db,
  id: string,
  patch: { question?: string; prepared_answer?: string },
  now: number,
): void {
  const entries = Object.entries(patch).filter(
    ([k, v]) => (k === 'question' || k === 'prepared_answer') && v !== undefined,
  );
  const sets = [...entries.map(([k]) => `${k} = ?`), 'updated_at = ?', 'version = version + 1'];
  db.prepare(`UPDATE anticipated_questions SET ${sets.join(', ')} WHERE id = ?`).run(
    ...entries.map(([, v]) => v),
    now,
    id,
  );
}

export function deleteQuestionRow(db: Db, id: string): void {
  db.prepare('DELETE FROM anticipated_questions WHERE id = ?').run(id);
}

export interface WrittenQuestionRow extends QuestionRow {
  template_id: string | null;
}

/**
 * Anticipated questions written straight into a live conversation (none from the bank), by id:
 * they are practised and scheduled under their own id, like a bank question.
 */
export function writtenQuestionRows(db: Db, ids: readonly string[]): WrittenQuestionRow[] {
  if (ids.length === 0) return [];
  return db
    .prepare(
      `SELECT ${COLUMNS.split(', ')
        .map((c) => `q.${c}`)
        .join(', ')}, c.template_id FROM anticipated_questions q ` +
        'JOIN conversations c ON c.id = q.conversation_id ' +
        "WHERE q.id IN (SELECT value FROM json_each(?)) AND q.question_bank_id IS NULL AND c.deleted_at IS NULL AND trim(q.question) <> ''",
    )
    .all(JSON.stringify([...new Set(ids)])) as WrittenQuestionRow[];
}

/** Questions (bank id, or own id when written) of live conversations that have a date and are not held yet, with that date. */
export function datedQuestionRows(
  db: Db,
): { question_id: string; starts_at: string; time_zone: string | null }[] {
  return db
    .prepare(
      'SELECT coalesce(q.question_bank_id, q.id) AS question_id, c.starts_at, c.time_zone FROM anticipated_questions q ' +
        "JOIN conversations c ON c.id = q.conversation_id WHERE c.deleted_at IS NULL AND c.starts_at IS NOT NULL AND c.status IN ('draft', 'scheduled')",
    )
    .all() as { question_id: string; starts_at: string; time_zone: string | null }[];
}
