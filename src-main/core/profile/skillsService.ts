// Skills the job depends on: self-ratings over time and what colleagues would say.
import { randomUUID } from 'node:crypto';
import type { ParsedArgs } from '../../shared/contract';
import type { Skill } from '../../shared/domain';
import { LadderError } from '../../shared/errors';
import * as repo from './skillsRepository';
import type { ServiceContext } from '../common/context';
import { createVersionLog } from '../common/versionCheck';

export function createSkillsService(ctx: ServiceContext) {
  const { db } = ctx;
  const versions = createVersionLog();

  function require(id: string): Skill {
    const skill = repo.findSkill(db, id);
    if (!skill) throw new LadderError('not-found', 'That skill no longer exists.');
    return skill;
  }

  function refuseDuplicate(name: string, exceptId?: string): void {
    if (repo.skillNamedLike(db, name, exceptId)) {
      throw new LadderError('conflict', 'There is already a skill with that name.');
    }
  }

  return {
    list: (): Skill[] => repo.listSkills(db),
    add(args: ParsedArgs<'skills.add'>): Skill {
      refuseDuplicate(args.name);
      const id = randomUUID();
      repo.insertSkill(db, id, args.name, ctx.now());
      return require(id);
    },
    rename(args: ParsedArgs<'skills.rename'>): Skill {
      const current = require(args.id);
      versions.check(args.id, current.version, args, 'This skill');
      refuseDuplicate(args.name, args.id);
      repo.renameSkill(db, args.id, args.name);
      versions.wrote(args.id, current.version + 1, args.session);
      return require(args.id);
    },
    rate(args: ParsedArgs<'skills.rate'>): Skill {
      require(args.id);
      repo.addRating(db, args.id, args.rating, args.note ?? '', ctx.now());
      return require(args.id);
    },
    setColleaguesView(args: ParsedArgs<'skills.setColleaguesView'>): Skill {
      const current = require(args.id);
      versions.check(args.id, current.version, args, 'This skill');
      repo.setColleaguesView(db, args.id, args.text);
      versions.wrote(args.id, current.version + 1, args.session);
      return require(args.id);
    },
    remove(args: ParsedArgs<'skills.remove'>): null {
      if (!repo.deleteSkill(db, args.id))
        throw new LadderError('not-found', 'That skill no longer exists.');
      return null;
    },
  };
}

export type SkillsService = ReturnType<typeof createSkillsService>;
