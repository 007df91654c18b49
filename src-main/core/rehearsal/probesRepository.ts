// Follow-up probe turns: one row per question that drew a probe, written when the probe is chosen
// and again when it is answered or graded.
import type { Db } from '../db/connection';

export interface ProbeRow {
  session_id: string;
  position: number;
  question_id: string;
  text: string;
  reason: string;
  asked_at: number;
  answer: string;
  started_at: number | null;
  ended_at: number | null;
  time_ms: number | null;
  timed_out: number;
  revealed: number;
  grade: string | null;
  feedback: string | null;
  version: number;
}

/**
 * Stores the probe chosen after an answer. One already answered stays; one not yet answered takes
 * the new choice (the answer was typed on again after a resume and drew its follow-up afresh).
 */
export function insertProbe(
  db: Db,
  row: Pick<ProbeRow, 'session_id' | 'position' | 'question_id' | 'text' | 'reason' | 'asked_at'>,
): void {
  db.prepare(
    'INSERT INTO rehearsal_probes (session_id, position, question_id, text, reason, asked_at) ' +
      'VALUES (@session_id, @position, @question_id, @text, @reason, @asked_at) ' +
      'ON CONFLICT (session_id, position) DO UPDATE SET text = excluded.text, reason = excluded.reason ' +
      'WHERE rehearsal_probes.started_at IS NULL AND rehearsal_probes.grade IS NULL',
  ).run(row);
}

export function findProbe(db: Db, sessionId: string, position: number): ProbeRow | undefined {
  return db
    .prepare('SELECT * FROM rehearsal_probes WHERE session_id = ? AND position = ?')
    .get(sessionId, position) as ProbeRow | undefined;
}

export function probeRows(db: Db, sessionId: string): ProbeRow[] {
  return db
    .prepare('SELECT * FROM rehearsal_probes WHERE session_id = ? ORDER BY position')
    .all(sessionId) as ProbeRow[];
}

/** Writes the probe's answer, grade and analysis, raising its version. */
export function answerProbe(
  db: Db,
  row: Pick<
    ProbeRow,
    | 'session_id'
    | 'position'
    | 'answer'
    | 'started_at'
    | 'ended_at'
    | 'time_ms'
    | 'timed_out'
    | 'revealed'
    | 'grade'
    | 'feedback'
  >,
): void {
  db.prepare(
    'UPDATE rehearsal_probes SET answer = @answer, started_at = @started_at, ended_at = @ended_at, time_ms = @time_ms, ' +
      'timed_out = @timed_out, revealed = @revealed, grade = @grade, feedback = @feedback, version = version + 1 ' +
      'WHERE session_id = @session_id AND position = @position',
  ).run(row);
}

/** The follow-up waits for a grade again (its grade undone), raising its version. */
export function clearProbeGrade(db: Db, sessionId: string, position: number): void {
  db.prepare(
    'UPDATE rehearsal_probes SET grade = NULL, version = version + 1 WHERE session_id = ? AND position = ?',
  ).run(sessionId, position);
}

/** Removes the probe at `position` if it was never answered. */
export function dropUnansweredProbe(db: Db, sessionId: string, position: number): void {
  db.prepare(
    'DELETE FROM rehearsal_probes WHERE session_id = ? AND position = ? AND started_at IS NULL AND grade IS NULL',
  ).run(sessionId, position);
}
