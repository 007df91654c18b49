// The Questions view's service: browse, search, add, edit (an overlay for built-ins), hide, tag.
import { randomUUID } from 'node:crypto';
import type { ParsedArgs } from '../../shared/contract';
import type { Question } from '../../shared/questions/questionBank';
import {
  findOverlay,
  findUserQuestion,
  insertUserQuestion,
  setTags,
  updateUserQuestion,
  upsertOverlay,
} from './questionsRepository';
import type { ServiceContext } from '../common/context';
import { createVersionLog } from '../common/versionCheck';
import { loadQuestions, requireQuestion } from './questionCatalog';

export function createQuestionsService(ctx: ServiceContext) {
  const { db } = ctx;
  const versions = createVersionLog();

  function list(args: ParsedArgs<'questions.list'>): Question[] {
    const text = args.text?.trim().toLowerCase() ?? '';
    const tag = args.tag?.toLowerCase();
    return loadQuestions(db).filter(
      (q) =>
        (args.includeHidden || !q.hidden) &&
        (!args.category || q.category === args.category) &&
        (!args.framework || q.framework === args.framework) &&
        (!args.step || q.step === args.step) &&
        (!args.direction || q.direction === args.direction) &&
        (!tag || q.tags.some((t) => t.toLowerCase() === tag)) &&
        (!text || `${q.text}\n${q.tip}\n${q.probes.join('\n')}`.toLowerCase().includes(text)),
    );
  }

  function get(args: ParsedArgs<'questions.get'>): Question {
    return requireQuestion(db, args.id);
  }

  function create(args: ParsedArgs<'questions.create'>): Question {
    const id = `mine-${randomUUID()}`;
    db.transaction(() => {
      insertUserQuestion(
        db,
        {
          id,
          text: args.text,
          direction: args.direction ?? 'manager-asks',
          category: args.category ?? 'mine',
          framework: 'mine',
          step: 'any',
          difficulty: args.difficulty ?? 2,
          probes: JSON.stringify(args.probes ?? []),
          tip: args.tip ?? '',
          hidden: 0,
        },
        ctx.now(),
      );
      if (args.tags) setTags(db, id, args.tags);
    })();
    return requireQuestion(db, id);
  }

  /** A user question is changed in place; a built-in gets an overlay that survives app updates. */
  function update(args: ParsedArgs<'questions.update'>): Question {
    const current = requireQuestion(db, args.id);
    versions.check(args.id, current.version, args, 'This question');
    if (current.builtIn) {
      const o = findOverlay(db, args.id);
      upsertOverlay(
        db,
        {
          question_id: args.id,
          text: args.text ?? o?.text ?? null,
          tip: args.tip ?? o?.tip ?? null,
          probes: args.probes ? JSON.stringify(args.probes) : (o?.probes ?? null),
          hidden: o?.hidden ?? 0,
        },
        ctx.now(),
      );
    } else {
      const row = findUserQuestion(db, args.id);
      if (row) {
        updateUserQuestion(
          db,
          {
            ...row,
            text: args.text ?? row.text,
            tip: args.tip ?? row.tip,
            probes: args.probes ? JSON.stringify(args.probes) : row.probes,
            direction: args.direction ?? row.direction,
            category: args.category ?? row.category,
            difficulty: args.difficulty ?? row.difficulty,
          },
          ctx.now(),
        );
      }
    }
    const updated = requireQuestion(db, args.id);
    if (updated.version !== current.version) versions.wrote(args.id, updated.version, args.session);
    return updated;
  }

  /** Built-ins: clears the user's edit so the shipped wording shows again (hidden and tags stay). */
  function revert(args: ParsedArgs<'questions.revert'>): Question {
    const current = requireQuestion(db, args.id);
    const o = findOverlay(db, args.id);
    if (current.builtIn && o)
      upsertOverlay(db, { ...o, text: null, tip: null, probes: null }, ctx.now());
    return requireQuestion(db, args.id);
  }

  function setHidden(id: string, hidden: boolean): Question {
    const current = requireQuestion(db, id);
    if (current.builtIn) {
      const o = findOverlay(db, id);
      upsertOverlay(
        db,
        {
          question_id: id,
          text: o?.text ?? null,
          tip: o?.tip ?? null,
          probes: o?.probes ?? null,
          hidden: hidden ? 1 : 0,
        },
        ctx.now(),
      );
    } else {
      const row = findUserQuestion(db, id);
      if (row) updateUserQuestion(db, { ...row, hidden: hidden ? 1 : 0 }, ctx.now());
    }
    return requireQuestion(db, id);
  }

  function tag(args: ParsedArgs<'questions.tag'>): Question {
    requireQuestion(db, args.id);
    setTags(db, args.id, args.tags);
    return requireQuestion(db, args.id);
  }

  return {
    list,
    get,
    create,
    update,
    revert,
    hide: (args: ParsedArgs<'questions.hide'>) => setHidden(args.id, true),
    unhide: (args: ParsedArgs<'questions.unhide'>) => setHidden(args.id, false),
    tag,
  };
}

export type QuestionsService = ReturnType<typeof createQuestionsService>;
