// Which questions a rehearsal asks: a conversation's script (as the other person of that
// conversation), the questions due for practice, or a slice of the bank, in the chosen order; and
// the questions of a saved session resolved again by id.
import type { ParsedArgs } from '../../shared/contract';
import { LadderError } from '../../shared/errors';
import { plainTextFromLexical } from '../../shared/journal/plainText';
import { FRAMEWORK_STEPS, type Question } from '../../shared/questions/questionBank';
import {
  orderQuestions,
  surpriseMix,
  type OrderCandidate,
} from '../../shared/rehearsal/questionOrder';
import type {
  PlanResult,
  RehearsalQuestion,
  RehearsalSettings,
} from '../../shared/rehearsal/rehearsal';
import { askedOf, OTHER_PARTY } from '../../shared/rehearsal/roles';
import { questionRows, writtenQuestionRows } from '../conversations/anticipatedRepository';
import { requireConversation } from '../conversations/conversationDoc';
import { latestRole } from '../conversations/conversationsRepository';
import { BUILT_IN_TEMPLATES } from '../conversations/templates';
import { questionEvidenceIds } from '../conversations/evidenceRepository';
import type { Db } from '../db/connection';
import { cardDifficulties } from '../practice/practiceRepository';
import {
  loadQuestionsByIds,
  questionFacts,
  type QuestionFacts,
} from '../questions/questionCatalog';

const HARD_FRAMEWORK = 'hard-questions';

export function fromBank(q: Question): RehearsalQuestion {
  return {
    id: q.id,
    text: q.text,
    probes: q.probes,
    tip: q.tip,
    preparedAnswer: '',
    anticipatedId: null,
    evidenceIds: [],
  };
}

type ScriptRow = ReturnType<typeof questionRows>[number];

/**
 * The follow-ups of the built-in templates' questions, by wording: a conversation's question copied
 * from a template (and not reworded since) is pushed on as the template says.
 */
const TEMPLATE_PROBES = new Map(
  BUILT_IN_TEMPLATES.flatMap((t) => t.questions.map((q) => [q.question, q.probes ?? []] as const)),
);

/** The conversation's anticipated questions that have text, and the bank ids they come from. */
function scriptRows(db: Db, conversationId: string): { rows: ScriptRow[]; bankIds: string[] } {
  const rows = questionRows(db, conversationId).filter((row) => row.question.trim() !== '');
  return { rows, bankIds: rows.flatMap((r) => (r.question_bank_id ? [r.question_bank_id] : [])) };
}

/** The conversation's anticipated questions, merged with the bank question each may come from. */
function scriptQuestions(
  db: Db,
  rows: ScriptRow[],
  bank: Map<string, Question>,
): RehearsalQuestion[] {
  const evidence = questionEvidenceIds(
    db,
    rows.map((r) => r.id),
  );
  // A bank question written twice is one question (its grades and schedule are the bank's): asked
  // once, as the first of them has it.
  const seen = new Set<string>();
  return rows.flatMap((row) => {
    const b = row.question_bank_id ? bank.get(row.question_bank_id) : undefined;
    const id = b?.id ?? row.id;
    if (seen.has(id)) return [];
    seen.add(id);
    return {
      id,
      text: row.question,
      probes: b?.probes ?? TEMPLATE_PROBES.get(row.question.trim()) ?? [],
      tip: row.hint || b?.tip || '',
      preparedAnswer: plainTextFromLexical(row.prepared_answer),
      anticipatedId: row.id,
      evidenceIds: evidence.get(row.id) ?? [],
    };
  });
}

function candidate(
  id: string,
  info: QuestionFacts | undefined,
  fromScript: boolean,
  difficulties: Map<string, number> | null,
): OrderCandidate {
  const steps = info ? (FRAMEWORK_STEPS[info.framework] as readonly string[]) : [];
  return {
    id,
    fromScript,
    stepIndex: info ? Math.max(0, steps.indexOf(info.step)) : 0,
    difficulty: info?.difficulty ?? 2,
    hard: info ? info.framework === HARD_FRAMEWORK || info.difficulty === 3 : false,
    lastGrade: info?.lastGrade ?? null,
    fsrsDifficulty: info?.lastGrade ? (difficulties?.get(id) ?? null) : null,
  };
}

export function createPlanner(db: Db, dueQuestions: () => Question[]) {
  /** Questions written into conversations, by id, with their prepared answers and evidence. */
  function writtenScript(ids: readonly string[]): Map<string, RehearsalQuestion> {
    return new Map(
      scriptQuestions(db, writtenQuestionRows(db, ids), new Map()).map((q) => [q.id, q]),
    );
  }

  /** Resolves ids to rehearsal questions, the conversation's own wording first. */
  function resolve(ids: readonly string[], conversationId: string | null): RehearsalQuestion[] {
    const { rows, bankIds } = conversationId
      ? scriptRows(db, conversationId)
      : { rows: [], bankIds: [] };
    const bank = new Map(loadQuestionsByIds(db, [...ids, ...bankIds]).map((q) => [q.id, q]));
    const script = new Map(scriptQuestions(db, rows, bank).map((q) => [q.id, q]));
    // Written questions of any conversation, as a due-practice session holds them.
    const written = writtenScript(ids.filter((id) => !script.has(id) && !bank.has(id)));
    return ids.map((id) => {
      const q =
        script.get(id) ??
        written.get(id) ??
        (bank.get(id) ? fromBank(bank.get(id) as Question) : undefined);
      if (!q)
        throw new LadderError(
          'not-found',
          'A question of this rehearsal is no longer in the bank.',
        );
      return q;
    });
  }

  /**
   * Chooses from the facts of every question (no texts), then loads the details of the chosen few
   * only: the plan's cost barely grows with the bank.
   */
  function plan(args: ParsedArgs<'rehearsal.plan'>): PlanResult {
    const facts = questionFacts(db);
    const info = new Map(facts.map((f) => [f.id, f]));
    const visible = facts.filter((f) => !f.hidden);
    const settings = args.settings;
    // Script and due questions arrive with their details; the others are ids until chosen.
    let pool: { id: string; q?: RehearsalQuestion; fromScript: boolean }[];
    if (args.mode === 'conversation') {
      if (!args.conversationId)
        throw new LadderError('invalid-argument', 'Choose a conversation to rehearse.');
      const conversation = requireConversation(db, args.conversationId);
      // The other person asks: a bank question of the other direction is mine to ask, not to answer.
      const asked = askedOf(conversation.myRole);
      const { rows, bankIds } = scriptRows(db, conversation.id);
      const script = scriptQuestions(
        db,
        rows,
        new Map(loadQuestionsByIds(db, bankIds).map((q) => [q.id, q])),
      ).filter((q) => (info.get(q.id)?.direction ?? asked) === asked);
      const seen = new Set(script.map((q) => q.id));
      const framework = conversation.templateId;
      const extra = visible.filter(
        (f) => f.framework === framework && !seen.has(f.id) && f.direction === asked,
      );
      pool = [
        ...script.map((q) => ({ id: q.id, q, fromScript: true })),
        ...extra.map((f) => ({ id: f.id, fromScript: false })),
      ];
      if (pool.length === 0) {
        return empty(
          'no-anticipated',
          `This conversation has no questions ${OTHER_PARTY[conversation.myRole]} would ask yet, and its template brings none from the bank. Add anticipated questions to it, or pick some from the question bank.`,
        );
      }
    } else if (args.mode === 'due') {
      const asked = askedOf(playedRole(settings.role));
      const all = dueQuestions();
      const written = writtenScript(all.map((q) => q.id));
      // Questions written into a conversation are that conversation's; the bank's follow the role.
      const dueList = all.filter((q) => written.has(q.id) || q.direction === asked);
      pool = dueList.map((q) => ({
        id: q.id,
        q: written.get(q.id) ?? fromBank(q),
        fromScript: false,
      }));
      if (pool.length === 0)
        return empty(
          'nothing-due',
          'No question is due for practice now. Questions you rehearse come back here when it is time to practise them again.',
        );
    } else {
      const f = args.filter ?? {};
      // A filter is the person's own choice; Surprise Me asks what the other person would.
      const direction =
        f.direction ?? (args.mode === 'surprise' ? askedOf(playedRole(settings.role)) : undefined);
      const matches = (q: QuestionFacts): boolean =>
        (!f.category || q.category === f.category) &&
        (!f.framework || q.framework === f.framework) &&
        (!f.step || q.step === f.step) &&
        (!direction || q.direction === direction) &&
        (!f.tag || q.tags.includes(f.tag));
      pool = visible.filter(matches).map((q) => ({ id: q.id, fromScript: false }));
      if (pool.length === 0) {
        return facts.some(matches)
          ? empty(
              'all-hidden',
              'Every question that matches is hidden. Show hidden questions in the question bank to rehearse them.',
            )
          : empty(
              'filter-empty',
              'No question in the bank matches this choice. Widen the filter or add your own question.',
            );
      }
    }
    // Only weakest-first reads the FSRS difficulty: one query for all cards, never one per question.
    const difficulties =
      args.mode !== 'surprise' && settings.order === 'weakest-first' ? cardDifficulties(db) : null;
    const cands = pool.map((p) => candidate(p.id, info.get(p.id), p.fromScript, difficulties));
    const ids =
      args.mode === 'surprise'
        ? surpriseMix(cands, settings.count, settings.seed)
        : orderQuestions(cands, settings.order, settings.count, settings.seed);
    const pooled = new Map(pool.map((p) => [p.id, p]));
    const details = new Map(
      loadQuestionsByIds(
        db,
        ids.filter((id) => !pooled.get(id)?.q),
      ).map((q) => [q.id, fromBank(q)]),
    );
    const questions = ids.flatMap((id) => {
      const q = pooled.get(id)?.q ?? details.get(id);
      return q ? [q] : [];
    });
    return { questions, available: pool.length, empty: null };
  }

  /** The role chosen in the settings dialog, else the one of the latest conversation, else employee. */
  function playedRole(chosen: RehearsalSettings['role']): NonNullable<RehearsalSettings['role']> {
    return chosen ?? latestRole(db) ?? 'employee';
  }

  function empty(reason: NonNullable<PlanResult['empty']>['reason'], message: string): PlanResult {
    return { questions: [], available: 0, empty: { reason, message } };
  }

  return { plan, resolve };
}
