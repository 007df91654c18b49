// Recordings of rehearsal answers: one row per answer, the sound as a BLOB.
import type { Db } from '../db/connection';

export interface AudioRow {
  session_id: string;
  position: number;
  mime: string;
  duration_ms: number;
  data: Buffer;
  created_at: number;
}

export type AudioInfoRow = Omit<AudioRow, 'data'> & { bytes: number };

export function upsertAudio(db: Db, row: AudioRow): void {
  db.prepare(
    'INSERT INTO answer_audio (session_id, position, mime, duration_ms, data, created_at) ' +
      'VALUES (@session_id, @position, @mime, @duration_ms, @data, @created_at) ' +
      'ON CONFLICT (session_id, position) DO UPDATE SET mime = excluded.mime, duration_ms = excluded.duration_ms, ' +
      'data = excluded.data, created_at = excluded.created_at',
  ).run(row);
}

export function findAudio(db: Db, sessionId: string, position: number): AudioRow | undefined {
  return db
    .prepare(
      'SELECT session_id, position, mime, duration_ms, data, created_at FROM answer_audio WHERE session_id = ? AND position = ?',
    )
    .get(sessionId, position) as AudioRow | undefined;
}

export function deleteAudio(db: Db, sessionId: string, position: number): number {
  return db
    .prepare('DELETE FROM answer_audio WHERE session_id = ? AND position = ?')
    .run(sessionId, position).changes;
}
