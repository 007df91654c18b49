// Every question as the user sees it: built-ins with their overlay, the user's own, tags and
// practice state. Built-in text comes from the bundle each time, so an update reaches questions
// the user never edited and never reaches the ones they did.
import type {
  Framework,
  Grade,
  Question,
  QuestionDirection,
} from '../../shared/questions/questionBank';
import type { BankQuestion } from '../../shared/questions/questionBankSchema';
import { LadderError } from '../../shared/errors';
import type { Db } from '../db/connection';
import { cardStates } from './cardStateRepository';
import {
  overlayRows,
  tagRows,
  userQuestionFactRows,
  userQuestionRows,
} from './questionsRepository';
import { BUILT_IN_QUESTIONS } from './questionBank';

function parseProbes(json: string | null): string[] | null {
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : null;
  } catch {
    return null;
  }
}

export function loadQuestions(
  db: Db,
  bank: readonly BankQuestion[] = BUILT_IN_QUESTIONS,
): Question[] {
  return assemble(db, bank, undefined);
}

/**
 * Only the questions with these ids (unknown ids are skipped), in the same order as
 * `loadQuestions`: one indexed query per table instead of reading the whole bank.
 */
export function loadQuestionsByIds(
  db: Db,
  ids: readonly string[],
  bank: readonly BankQuestion[] = BUILT_IN_QUESTIONS,
): Question[] {
  return ids.length === 0 ? [] : assemble(db, bank, [...new Set(ids)]);
}

function assemble(
  db: Db,
  bank: readonly BankQuestion[],
  ids: readonly string[] | undefined,
): Question[] {
  const wanted = ids ? new Set(ids) : null;
  const overlays = new Map(overlayRows(db, ids).map((o) => [o.question_id, o]));
  const tags = new Map<string, string[]>();
  for (const t of tagRows(db, ids))
    tags.set(t.question_id, [...(tags.get(t.question_id) ?? []), t.tag]);
  const cards = new Map(cardStates(db, ids).map((c) => [c.question_id, c]));
  const practice = (id: string): Pick<Question, 'due' | 'lastGrade' | 'tags'> => ({
    due: cards.get(id)?.due ?? null,
    lastGrade: (cards.get(id)?.last_grade as Grade | null | undefined) ?? null,
    tags: tags.get(id) ?? [],
  });
  const builtIns = (wanted ? bank.filter((q) => wanted.has(q.id)) : bank).map((q): Question => {
    const o = overlays.get(q.id);
    const probes = parseProbes(o?.probes ?? null);
    return {
      ...q,
      probes: probes ?? q.probes,
      text: o?.text ?? q.text,
      tip: o?.tip ?? q.tip,
      builtIn: true,
      edited: Boolean(o && (o.text !== null || o.tip !== null || o.probes !== null)),
      hidden: o?.hidden === 1,
      version: o?.version ?? 1,
      ...practice(q.id),
    };
  });
  const mine = userQuestionRows(db, ids).map((r): Question => ({
    id: r.id,
    text: r.text,
    direction: r.direction as QuestionDirection,
    category: r.category,
    framework: r.framework as Framework,
    step: r.step,
    difficulty: Math.min(3, Math.max(1, r.difficulty)) as 1 | 2 | 3,
    probes: parseProbes(r.probes) ?? [],
    tip: r.tip,
    builtIn: false,
    edited: false,
    hidden: r.hidden === 1,
    version: r.version ?? 1,
    ...practice(r.id),
  }));
  return [...builtIns, ...mine];
}

/** What choosing and ordering a rehearsal needs of each question: no texts, tips or probes. */
export type QuestionFacts = Pick<
  Question,
  | 'id'
  | 'category'
  | 'framework'
  | 'step'
  | 'direction'
  | 'difficulty'
  | 'hidden'
  | 'lastGrade'
  | 'tags'
>;

/** Every question's facts, in the order of `loadQuestions`; a plan loads full details for its few picks only. */
export function questionFacts(
  db: Db,
  bank: readonly BankQuestion[] = BUILT_IN_QUESTIONS,
): QuestionFacts[] {
  const hidden = new Set(overlayRows(db).flatMap((o) => (o.hidden === 1 ? [o.question_id] : [])));
  const tags = new Map<string, string[]>();
  for (const t of tagRows(db)) tags.set(t.question_id, [...(tags.get(t.question_id) ?? []), t.tag]);
  const grades = new Map(cardStates(db).map((c) => [c.question_id, c.last_grade as Grade | null]));
  const builtIns = bank.map((q): QuestionFacts => ({
    id: q.id,
    category: q.category,
    framework: q.framework,
    step: q.step,
    direction: q.direction,
    difficulty: q.difficulty,
    hidden: hidden.has(q.id),
    lastGrade: grades.get(q.id) ?? null,
    tags: tags.get(q.id) ?? [],
  }));
  const mine = userQuestionFactRows(db).map((r): QuestionFacts => ({
    id: r.id,
    category: r.category,
    framework: r.framework as Framework,
    step: r.step,
    direction: r.direction as QuestionDirection,
    difficulty: Math.min(3, Math.max(1, r.difficulty)) as 1 | 2 | 3,
    hidden: r.hidden === 1,
    lastGrade: grades.get(r.id) ?? null,
    tags: tags.get(r.id) ?? [],
  }));
  return [...builtIns, ...mine];
}

export function requireQuestion(db: Db, id: string): Question {
  const [found] = loadQuestionsByIds(db, [id]);
  if (!found) throw new LadderError('not-found', 'That question is not in the bank.');
  return found;
}
