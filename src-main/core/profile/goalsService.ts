// Short- and long-term goals: saved whole (insert or update), listed short-term first.
import { randomUUID } from 'node:crypto';
import type { ParsedArgs } from '../../shared/contract';
import type { Goal } from '../../shared/domain';
import { LadderError } from '../../shared/errors';
import * as repo from './goalsRepository';
import type { ServiceContext } from '../common/context';
import { createVersionLog } from '../common/versionCheck';

const GONE = 'That goal no longer exists.';

export function createGoalsService(ctx: ServiceContext) {
  const { db } = ctx;
  const versions = createVersionLog();
  return {
    list: (): Goal[] => repo.listGoals(db),
    save(args: ParsedArgs<'goals.save'>): Goal {
      const { id: given, baseVersion, session, ...fields } = args;
      const id = given ?? randomUUID();
      if (given === undefined) repo.insertGoal(db, id, fields, ctx.now());
      else {
        const current = repo.findGoal(db, id);
        if (!current) throw new LadderError('not-found', GONE);
        versions.check(id, current.version, { baseVersion, session }, 'This goal');
        repo.updateGoal(db, id, fields, ctx.now());
        versions.wrote(id, current.version + 1, session);
      }
      const goal = repo.findGoal(db, id);
      if (!goal) throw new LadderError('not-found', GONE);
      return goal;
    },
    remove(args: ParsedArgs<'goals.remove'>): null {
      if (!repo.deleteGoal(db, args.id)) throw new LadderError('not-found', GONE);
      return null;
    },
  };
}

export type GoalsService = ReturnType<typeof createGoalsService>;
