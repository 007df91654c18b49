// Writes an export's conversations (with their agenda, evidence, anticipated questions, preparation
// and action plan) into the store, each conversation in a savepoint of its own (loadAttempt.ts).
import type { ExportDocument } from '../../shared/data/exportFormat';
import type { Db } from '../db/connection';
import { attempt, type LoadHooks } from './loadAttempt';

export function exists(db: Db, table: 'conversations' | 'action_items', id: string): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

export function loadConversations(db: Db, doc: ExportDocument, hooks: LoadHooks): number {
  let count = 0;
  const loaded: ExportDocument['conversations'] = [];
  for (const c of doc.conversations) {
    const ok = attempt(
      db,
      hooks,
      `conversation ${c.id}`,
      'A conversation, or one of its parts, with this id is already in Ladder.',
      () => {
        db.prepare(
          'INSERT INTO conversations (id, title, person_name, person_role, my_role, kind, starts_at, time_zone, duration_min, place, status, ' +
            'expected_outcome, template_id, notes, agreed, follow_up_date, held_on, shared_at, created_at, updated_at, deleted_at) ' +
            'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        ).run(
          c.id,
          c.title,
          c.personName,
          c.personRole,
          c.myRole,
          c.kind,
          c.startsAt,
          c.timeZone,
          c.durationMin,
          c.place,
          c.status,
          c.expectedOutcome,
          c.templateId,
          c.notes,
          c.agreed,
          c.followUpDate,
          c.heldOn,
          c.sharedAt,
          c.createdAt,
          c.updatedAt,
          c.deletedAt,
        );
        // Links between actions are set in a second pass, once every conversation's actions exist.
        const action = db.prepare(
          'INSERT INTO action_items (id, conversation_id, position, text, owner, due_date, status, carried_from, created_at, updated_at) ' +
            'VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)',
        );
        for (const a of c.actions)
          action.run(
            a.id,
            c.id,
            a.position,
            a.text,
            a.owner,
            a.dueDate,
            a.status,
            a.createdAt,
            a.updatedAt,
          );
        const item = db.prepare(
          'INSERT INTO agenda_items (id, conversation_id, position, title, minutes, hints, talking_points, private_notes, questions, ' +
            'carried_from_action_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)',
        );
        const itemEvidence = db.prepare(
          'INSERT INTO agenda_evidence (item_id, entry_id, position) VALUES (?, ?, ?)',
        );
        for (const a of c.agenda) {
          item.run(
            a.id,
            c.id,
            a.position,
            a.title,
            a.minutes,
            JSON.stringify(a.hints),
            a.talkingPoints,
            a.privateNotes,
            a.questions,
            a.createdAt,
            a.updatedAt,
          );
          for (const ev of a.evidence) itemEvidence.run(a.id, ev.entryId, ev.position);
        }
        const question = db.prepare(
          'INSERT INTO anticipated_questions (id, conversation_id, position, question, hint, prepared_answer, question_bank_id, created_at, updated_at) ' +
            'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        );
        const questionEvidence = db.prepare(
          'INSERT INTO question_evidence (question_id, entry_id, position) VALUES (?, ?, ?)',
        );
        for (const q of c.anticipated) {
          question.run(
            q.id,
            c.id,
            q.position,
            q.question,
            q.hint,
            q.preparedAnswer,
            q.questionBankId,
            q.createdAt,
            q.updatedAt,
          );
          for (const ev of q.evidence) questionEvidence.run(q.id, ev.entryId, ev.position);
        }
      },
    );
    if (ok) {
      count += 1;
      loaded.push(c);
    }
  }
  // A link to an action that is not in the store (left out, or never exported) is dropped, as a deletion would.
  const setCarried = db.prepare('UPDATE action_items SET carried_from = ? WHERE id = ?');
  const setItemCarried = db.prepare(
    'UPDATE agenda_items SET carried_from_action_id = ? WHERE id = ?',
  );
  for (const c of loaded) {
    for (const a of c.actions)
      if (a.carriedFrom !== null && exists(db, 'action_items', a.carriedFrom))
        setCarried.run(a.carriedFrom, a.id);
    for (const a of c.agenda) {
      if (a.carriedFromActionId !== null && exists(db, 'action_items', a.carriedFromActionId))
        setItemCarried.run(a.carriedFromActionId, a.id);
    }
  }
  return count;
}
