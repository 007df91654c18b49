// Links from agenda items and anticipated questions to journal entries. An entry that was trashed
// or deleted for good is reported as missing, never as an error.
import type { EvidenceSummary } from '../../shared/conversations/conversations';
import type { EntryKind } from '../../shared/journal/entryKinds';
import type { Db } from '../db/connection';

export type EvidenceTable = 'agenda_evidence' | 'question_evidence';
const OWNER: Record<EvidenceTable, string> = {
  agenda_evidence: 'item_id',
  question_evidence: 'question_id',
};

interface LinkRow {
  owner: string;
  entry_id: string;
  title: string | null;
  date: string | null;
  kind: string | null;
  impact: string | null;
  deleted_at: number | null;
}

/** Evidence of every owner (item or question) of one conversation, keyed by owner id, in link order. */
export function evidenceByOwner(
  db: Db,
  table: EvidenceTable,
  ownerTable: 'agenda_items' | 'anticipated_questions',
  conversationId: string,
): Map<string, EvidenceSummary[]> {
  const col = OWNER[table];
  const rows = db
    .prepare(
      `SELECT l.${col} AS owner, l.entry_id, e.title, e.date, e.kind, e.deleted_at, ` +
        "coalesce(json_extract(e.fields, '$.impact'), '') AS impact " +
        `FROM ${table} l JOIN ${ownerTable} o ON o.id = l.${col} LEFT JOIN entries e ON e.id = l.entry_id ` +
        'WHERE o.conversation_id = ? ORDER BY l.position',
    )
    .all(conversationId) as LinkRow[];
  const out = new Map<string, EvidenceSummary[]>();
  for (const r of rows) {
    const list = out.get(r.owner) ?? [];
    list.push(
      r.title === null || r.deleted_at !== null
        ? { id: r.entry_id, missing: true }
        : {
            id: r.entry_id,
            missing: false,
            title: r.title,
            date: r.date ?? '',
            kind: r.kind as EntryKind,
            impact: String(r.impact ?? ''),
          },
    );
    out.set(r.owner, list);
  }
  return out;
}

/** Evidence entry ids of each anticipated question, in one query. */
export function questionEvidenceIds(db: Db, questionIds: readonly string[]): Map<string, string[]> {
  const rows = db
    .prepare(
      'SELECT question_id, entry_id FROM question_evidence WHERE question_id IN (SELECT value FROM json_each(?)) ORDER BY question_id, position',
    )
    .all(JSON.stringify(questionIds)) as { question_id: string; entry_id: string }[];
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.question_id, [...(out.get(r.question_id) ?? []), r.entry_id]);
  return out;
}

/** Adds a link at the end; linking the same entry twice keeps one link. */
export function link(db: Db, table: EvidenceTable, ownerId: string, entryId: string): void {
  const col = OWNER[table];
  const next = (
    db
      .prepare(`SELECT coalesce(max(position) + 1, 0) AS n FROM ${table} WHERE ${col} = ?`)
      .get(ownerId) as { n: number }
  ).n;
  db.prepare(`INSERT OR IGNORE INTO ${table} (${col}, entry_id, position) VALUES (?, ?, ?)`).run(
    ownerId,
    entryId,
    next,
  );
}

export function unlink(db: Db, table: EvidenceTable, ownerId: string, entryId: string): void {
  db.prepare(`DELETE FROM ${table} WHERE ${OWNER[table]} = ? AND entry_id = ?`).run(
    ownerId,
    entryId,
  );
}
