// Rehearsal sessions and their answers, each answer written as it is given.
import type { Db } from '../db/connection';

export interface SessionRow {
  id: string;
  conversation_id: string | null;
  started_at: number;
  ended_at: number | null;
  settings: string;
  question_ids: string;
  status: string;
  mode: string | null;
}

export interface AnswerRow {
  session_id: string;
  position: number;
  question_id: string;
  answer: string;
  started_at: number;
  ended_at: number;
  time_ms: number;
  timed_out: number;
  revealed: number;
  follow_up: string | null;
  grade: string | null;
  feedback: string;
  /** 1 when first written, raised by one on each rewrite (absent on a row about to be written). */
  version?: number;
  /** The practice_log row this answer's grade wrote. */
  review_seq?: number | null;
}

const SESSION_COLUMNS =
  'id, conversation_id, started_at, ended_at, settings, question_ids, status, mode';

export function insertSession(db: Db, row: SessionRow): void {
  db.prepare(
    `INSERT INTO rehearsal_sessions (${SESSION_COLUMNS}) VALUES (@id, @conversation_id, @started_at, @ended_at, @settings, @question_ids, @status, @mode)`,
  ).run(row);
}

export function findSession(db: Db, id: string): SessionRow | undefined {
  return db.prepare(`SELECT ${SESSION_COLUMNS} FROM rehearsal_sessions WHERE id = ?`).get(id) as
    SessionRow | undefined;
}

export function endSession(db: Db, id: string, status: 'finished' | 'left', now: number): void {
  db.prepare('UPDATE rehearsal_sessions SET status = ?, ended_at = ? WHERE id = ?').run(
    status,
    now,
    id,
  );
}

/** A left session taken up again: active, not ended. */
export function reopenSession(db: Db, id: string): void {
  db.prepare(
    "UPDATE rehearsal_sessions SET status = 'active', ended_at = NULL WHERE id = ? AND status = 'left'",
  ).run(id);
}

export function deleteSession(db: Db, id: string): void {
  db.prepare('DELETE FROM rehearsal_sessions WHERE id = ?').run(id);
}

export function answerRows(db: Db, sessionId: string): AnswerRow[] {
  return db
    .prepare('SELECT * FROM rehearsal_answers WHERE session_id = ? ORDER BY position')
    .all(sessionId) as AnswerRow[];
}

export function findAnswer(db: Db, sessionId: string, position: number): AnswerRow | undefined {
  return db
    .prepare('SELECT * FROM rehearsal_answers WHERE session_id = ? AND position = ?')
    .get(sessionId, position) as AnswerRow | undefined;
}

export function upsertAnswer(db: Db, row: AnswerRow): void {
  db.prepare(
    'INSERT INTO rehearsal_answers (session_id, position, question_id, answer, started_at, ended_at, time_ms, timed_out, revealed, follow_up, grade, feedback) ' +
      'VALUES (@session_id, @position, @question_id, @answer, @started_at, @ended_at, @time_ms, @timed_out, @revealed, @follow_up, @grade, @feedback) ' +
      'ON CONFLICT (session_id, position) DO UPDATE SET answer = excluded.answer, started_at = excluded.started_at, ended_at = excluded.ended_at, ' +
      'time_ms = excluded.time_ms, timed_out = excluded.timed_out, revealed = excluded.revealed, follow_up = excluded.follow_up, ' +
      'grade = excluded.grade, feedback = excluded.feedback, version = version + 1',
  ).run({ ...row, version: undefined, review_seq: undefined });
}

export function setReviewSeq(
  db: Db,
  sessionId: string,
  position: number,
  reviewSeq: number | null,
): void {
  db.prepare(
    'UPDATE rehearsal_answers SET review_seq = ? WHERE session_id = ? AND position = ?',
  ).run(reviewSeq, sessionId, position);
}

/** An answer's grade taken back: no grade, no review, one version on. */
export function clearGrade(db: Db, sessionId: string, position: number): void {
  db.prepare(
    'UPDATE rehearsal_answers SET grade = NULL, review_seq = NULL, version = version + 1 WHERE session_id = ? AND position = ?',
  ).run(sessionId, position);
}

export interface SessionStatRow extends SessionRow {
  answered: number;
  good_or_easy: number;
  average_ms: number | null;
}

/**
 * Sessions of one conversation (or of none, for filtered and due rehearsals), or with `'all'` every
 * session, oldest first. One grouped query whatever the number of sessions.
 */
export function sessionStats(db: Db, conversationId: string | null | 'all'): SessionStatRow[] {
  const where = conversationId === 'all' ? '' : 'WHERE s.conversation_id IS ? ';
  return db
    .prepare(
      `SELECT ${SESSION_COLUMNS.split(', ')
        .map((c) => `s.${c}`)
        .join(', ')}, count(a.position) AS answered, ` +
        "coalesce(sum(a.grade IN ('good', 'easy')), 0) AS good_or_easy, avg(a.time_ms) AS average_ms " +
        'FROM rehearsal_sessions s LEFT JOIN rehearsal_answers a ON a.session_id = s.id ' +
        `${where}GROUP BY s.id ORDER BY s.started_at, s.seq`,
    )
    .all(...(conversationId === 'all' ? [] : [conversationId])) as SessionStatRow[];
}
