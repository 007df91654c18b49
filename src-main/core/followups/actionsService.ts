// The action plan of each conversation, and the follow-ups across all of them.
import { randomUUID } from 'node:crypto';
import type { ParsedArgs } from '../../shared/contract';
import type {
  ActionItem,
  ConversationDoc,
  FollowUps,
} from '../../shared/conversations/conversations';
import { todayIso } from '../../shared/dates';
import { LadderError } from '../../shared/errors';
import {
  deleteAction,
  findAction,
  insertAction,
  openActions,
  updateAction,
} from '../conversations/actionsRepository';
import type { Db } from '../db/connection';
import { touchConversation } from '../conversations/conversationsRepository';
import { densify } from '../conversations/orderingRepository';
import type { ServiceContext } from '../common/context';
import { createVersionLog } from '../common/versionCheck';
import { readDoc, requireConversation } from '../conversations/conversationDoc';

function requireAction(db: Db, id: string): ActionItem {
  const found = findAction(db, id);
  if (!found) throw new LadderError('not-found', 'That action item no longer exists.');
  return found;
}

export function createActionsService(ctx: ServiceContext) {
  const { db } = ctx;
  const versions = createVersionLog();

  function add(args: ParsedArgs<'actions.add'>): ConversationDoc {
    requireConversation(db, args.conversationId);
    if (args.carriedFrom !== undefined) requireAction(db, args.carriedFrom);
    const now = ctx.now();
    db.transaction(() => {
      insertAction(
        db,
        randomUUID(),
        args.conversationId,
        {
          text: args.text,
          owner: args.owner ?? 'me',
          dueDate: args.dueDate ?? null,
          carriedFrom: args.carriedFrom ?? null,
        },
        now,
      );
      touchConversation(db, args.conversationId, now);
    })();
    return readDoc(db, args.conversationId);
  }

  function update(args: ParsedArgs<'actions.update'>): ActionItem {
    const current = requireAction(db, args.id);
    versions.check(args.id, current.version, args, 'This action');
    const now = ctx.now();
    db.transaction(() => {
      updateAction(
        db,
        args.id,
        { text: args.text, owner: args.owner, due_date: args.dueDate, status: args.status },
        now,
      );
      touchConversation(db, current.conversationId, now);
    })();
    versions.wrote(args.id, current.version + 1, args.session);
    return requireAction(db, args.id);
  }

  function remove(args: ParsedArgs<'actions.remove'>): ConversationDoc {
    const current = requireAction(db, args.id);
    db.transaction(() => {
      deleteAction(db, args.id);
      densify(db, 'action_items', current.conversationId);
      touchConversation(db, current.conversationId, ctx.now());
    })();
    return readDoc(db, current.conversationId);
  }

  /** Open items across live conversations; overdue means due before today (the injected clock's day). */
  function followUps(): FollowUps {
    const today = todayIso(new Date(ctx.now()));
    const items = openActions(db).map((a) => ({
      ...a,
      overdue: a.dueDate !== null && a.dueDate < today,
    }));
    return { items, overdueCount: items.filter((i) => i.overdue).length };
  }

  return { add, update, remove, followUps };
}

export type ActionsService = ReturnType<typeof createActionsService>;
