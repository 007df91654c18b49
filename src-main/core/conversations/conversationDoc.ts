// Assembles the full document of one conversation: the view and every output read this.
import type {
  AgendaItem,
  CarriedAction,
  Conversation,
  ConversationDoc,
} from '../../shared/conversations/conversations';
import { LadderError } from '../../shared/errors';
import { actionsOf, carriedRows } from './actionsRepository';
import { agendaRows, type AgendaRow } from './agendaRepository';
import { questionRows } from './anticipatedRepository';
import type { Db } from '../db/connection';
import { findConversation } from './conversationsRepository';
import { evidenceByOwner } from './evidenceRepository';

export function requireConversation(db: Db, id: string): Conversation {
  const found = findConversation(db, id);
  if (!found) throw new LadderError('not-found', 'That conversation no longer exists.');
  return found;
}

/** The live state of the actions that agenda items were carried from. */
function carriedActions(db: Db, rows: readonly AgendaRow[]): Map<string, CarriedAction> {
  const ids = rows.map((r) => r.carried_from_action_id).filter((x): x is string => x !== null);
  const out = new Map<string, CarriedAction>();
  if (ids.length === 0) return out;
  const found = carriedRows(db, ids);
  for (const r of found) {
    out.set(r.action_id, {
      actionId: r.action_id,
      text: r.text,
      owner: r.owner,
      dueDate: r.due_date,
      status: r.status,
      fromConversationId: r.conversation_id,
      fromTitle: r.title,
    });
  }
  return out;
}

export function readDoc(db: Db, id: string): ConversationDoc {
  const conversation = requireConversation(db, id);
  const rows = agendaRows(db, id);
  const itemEvidence = evidenceByOwner(db, 'agenda_evidence', 'agenda_items', id);
  const questionEvidence = evidenceByOwner(db, 'question_evidence', 'anticipated_questions', id);
  const carried = carriedActions(db, rows);
  const items: AgendaItem[] = rows.map((r) => ({
    id: r.id,
    position: r.position,
    title: r.title,
    minutes: r.minutes,
    hints: JSON.parse(r.hints) as string[],
    talkingPoints: r.talking_points,
    privateNotes: r.private_notes,
    questions: r.questions,
    evidence: itemEvidence.get(r.id) ?? [],
    carriedFrom:
      r.carried_from_action_id === null ? null : (carried.get(r.carried_from_action_id) ?? null),
    version: r.version,
  }));
  return {
    conversation,
    items,
    questions: questionRows(db, id).map((q) => ({
      id: q.id,
      position: q.position,
      question: q.question,
      hint: q.hint,
      preparedAnswer: q.prepared_answer,
      questionBankId: q.question_bank_id,
      evidence: questionEvidence.get(q.id) ?? [],
      version: q.version,
    })),
    actions: actionsOf(db, id),
    carriedOver: items.map((i) => i.carriedFrom).filter((c): c is CarriedAction => c !== null),
    totalMinutes: items.reduce((sum, i) => sum + i.minutes, 0),
  };
}
