// Questions written straight into a conversation, not picked from the bank, are rehearsed, graded
// and scheduled under their own id: this reads them as questions, so they come due like any other.
import type { Grade, Question } from '../../shared/questions/questionBank';
import { writtenQuestionRows } from '../conversations/anticipatedRepository';
import type { Db } from '../db/connection';
import { cardStates } from '../questions/cardStateRepository';

export const WRITTEN_CATEGORY = 'Anticipated';

export function writtenQuestions(db: Db, ids: readonly string[]): Question[] {
  const rows = writtenQuestionRows(db, ids);
  const cards = new Map(
    cardStates(
      db,
      rows.map((r) => r.id),
    ).map((c) => [c.question_id, c]),
  );
  return rows.map((r) => ({
    id: r.id,
    text: r.question,
    direction: 'manager-asks',
    category: WRITTEN_CATEGORY,
    framework: 'mine',
    step: 'any',
    difficulty: 2,
    probes: [],
    tip: r.hint,
    builtIn: false,
    edited: false,
    hidden: false,
    tags: [],
    // Edited through its conversation (anticipated.update), not the question bank.
    version: 1,
    due: cards.get(r.id)?.due ?? null,
    lastGrade: (cards.get(r.id)?.last_grade as Grade | null | undefined) ?? null,
  }));
}
