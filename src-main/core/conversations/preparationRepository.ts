// What preparing a conversation reads of the rest of the journal: evidence entries since the last
// conversation, which profile pages are written, open goals, and rehearsals of this conversation.
import type { SinceLastTime } from '../../shared/conversations/conversations';
import type { EntryKind, ProfilePage } from '../../shared/journal/entryKinds';
import type { Db } from '../db/connection';

/** Live entries of these kinds dated after `after` (all of them when null), newest first. */
export function entriesSince(
  db: Db,
  kinds: readonly EntryKind[],
  after: string | null,
): SinceLastTime['entries'] {
  return db
    .prepare(
      'SELECT id, kind, title, date, ' +
        "coalesce(nullif(json_extract(fields, '$.impact'), ''), json_extract(fields, '$.quote'), '') AS impact " +
        `FROM entries WHERE deleted_at IS NULL AND kind IN (${kinds.map(() => '?').join(', ')}) ` +
        'AND (? IS NULL OR date > ?) ORDER BY date DESC, updated_at DESC, seq DESC',
    )
    .all(...kinds, after, after) as SinceLastTime['entries'];
}

/** A profile page counts as written when its body or one of its fields holds text (its title does not). */
export function pageWritten(db: Db, page: ProfilePage): boolean {
  const row = db
    .prepare(
      "SELECT trim(text) <> '' OR EXISTS (SELECT 1 FROM json_each(fields) WHERE trim(value) <> '') AS written " +
        'FROM entries WHERE kind = ? AND deleted_at IS NULL',
    )
    .get(page) as { written: number } | undefined;
  return row?.written === 1;
}

export function openGoalCount(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM goals WHERE done = 0').get() as { n: number }).n;
}

/** Rehearsals of the conversation that count: finished, or with at least one answer given. */
export function rehearsalCount(db: Db, conversationId: string): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM rehearsal_sessions s WHERE s.conversation_id = ?
           AND (s.status = 'finished' OR EXISTS (SELECT 1 FROM rehearsal_answers a WHERE a.session_id = s.id))`,
      )
      .get(conversationId) as { n: number }
  ).n;
}
