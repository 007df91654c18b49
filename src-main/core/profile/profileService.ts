// Profile pages (values, mission…): one living document each, created the first time it is opened.
import { randomUUID } from 'node:crypto';
import type { ParsedArgs } from '../../shared/contract';
import { todayIso } from '../../shared/dates';
import type { Entry } from '../../shared/domain';
import { PROFILE_SPECS } from '../../shared/journal/entryKinds';
import { findProfileRow, toEntry } from '../journal/entriesRepository.read';
import { insertEntry } from '../journal/entriesRepository.write';
import type { ServiceContext } from '../common/context';
import { deriveState } from '../journal/entryRules';
import { readEntry } from '../journal/journalService';

export function createProfileService(ctx: ServiceContext) {
  const { db } = ctx;
  return {
    get(args: ParsedArgs<'profile.get'>): Entry {
      return db.transaction(() => {
        const existing = findProfileRow(db, args.page);
        if (existing) return toEntry(existing);
        const now = ctx.now();
        const state = deriveState(args.page, {
          title: PROFILE_SPECS[args.page].label,
          date: todayIso(new Date(now)),
          fields: {},
          body: '',
          tags: [],
        });
        const id = randomUUID();
        insertEntry(db, id, args.page, state, now);
        return readEntry(ctx, id);
      })();
    },
  };
}

export type ProfileService = ReturnType<typeof createProfileService>;
