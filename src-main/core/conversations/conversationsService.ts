// Conversations: creating one from a template (with carry-over), saving its fields, holding it,
// listing them, and the trash.
import { randomUUID } from 'node:crypto';
import type { ParsedArgs } from '../../shared/contract';
import {
  CONVERSATION_KIND_LABELS,
  type ConversationDoc,
  type ConversationLists,
  type ConversationSummary,
  personKey,
} from '../../shared/conversations/conversations';
import { todayIso } from '../../shared/dates';
import { meetingInstant } from '../../shared/timeZones';
import { insertAgendaRow } from './agendaRepository';
import { insertQuestionRow } from './anticipatedRepository';
import { carryOver } from './carryOver';
import {
  insertConversation,
  listConversations,
  setConversationDeleted,
  updateConversation,
  type ConversationPatch,
} from './conversationsRepository';
import type { ServiceContext } from '../common/context';
import { createVersionLog } from '../common/versionCheck';
import { readDoc, requireConversation } from './conversationDoc';
import { findTemplate } from './templates';

/**
 * The day a meeting was held: its own date (the wall clock typed, in its zone) once it has begun;
 * marked held before it was due, it evidently took place today.
 */
function heldDay(startsAt: string | null, zone: string | null, now: number): string {
  return startsAt && meetingInstant(startsAt, zone) <= now
    ? startsAt.slice(0, 10)
    : todayIso(new Date(now));
}

export function createConversationsService(ctx: ServiceContext) {
  const { db } = ctx;
  const versions = createVersionLog();

  function create(args: ParsedArgs<'conversations.create'>): ConversationDoc {
    const template = findTemplate(db, args.templateId);
    const now = ctx.now();
    const id = randomUUID();
    const kind = args.kind ?? template.kind;
    const personName = (args.personName ?? '').trim();
    const title =
      args.title?.trim() ||
      (personName
        ? `${CONVERSATION_KIND_LABELS[kind]} with ${personName}`
        : CONVERSATION_KIND_LABELS[kind]);
    const planned = template.sections.reduce((sum, s) => sum + s.minutes, 0);
    db.transaction(() => {
      insertConversation(
        db,
        id,
        {
          title,
          person_name: personName,
          person_role: args.personRole ?? '',
          my_role: args.myRole ?? (template.myRole === 'either' ? 'employee' : template.myRole),
          kind,
          starts_at: args.startsAt ?? null,
          time_zone: args.timeZone ?? null,
          duration_min: args.durationMin ?? (planned > 0 ? planned : 30),
          place: args.place ?? '',
          status: args.startsAt ? 'scheduled' : 'draft',
          expected_outcome: args.expectedOutcome ?? '',
          template_id: args.templateId,
        },
        now,
      );
      // Hints stay hints: the item's own text starts empty.
      for (const s of template.sections) {
        insertAgendaRow(
          db,
          randomUUID(),
          id,
          { title: s.title, minutes: s.minutes, hints: s.hints },
          now,
        );
      }
      for (const q of template.questions)
        insertQuestionRow(db, randomUUID(), id, { question: q.question, hint: q.hint }, now);
      carryOver(db, id, personName, now);
    })();
    return readDoc(db, id);
  }

  function save(args: ParsedArgs<'conversations.save'>): ConversationDoc {
    const current = requireConversation(db, args.id);
    versions.check(args.id, current.version, args, 'This conversation');
    const now = ctx.now();
    const patch: ConversationPatch = {
      title: args.title,
      person_name: args.personName?.trim(),
      person_role: args.personRole,
      my_role: args.myRole,
      kind: args.kind,
      starts_at: args.startsAt,
      time_zone: args.timeZone,
      duration_min: args.durationMin,
      place: args.place,
      status: args.status,
      expected_outcome: args.expectedOutcome,
      notes: args.notes,
      agreed: args.agreed,
      follow_up_date: args.followUpDate,
      shared_at: args.shared === undefined ? undefined : args.shared ? now : null,
    };
    const held = args.status === 'held' || args.status === 'followed-up';
    if (held && current.heldOn === null) {
      const zone = args.timeZone === undefined ? current.timeZone : args.timeZone;
      patch.held_on = heldDay(args.startsAt ?? current.startsAt, zone, now);
    }
    if (args.status === 'draft' || args.status === 'scheduled') patch.held_on = null;
    updateConversation(db, args.id, patch, now);
    versions.wrote(args.id, current.version + 1, args.session);
    return readDoc(db, args.id);
  }

  function markHeld(args: ParsedArgs<'conversations.markHeld'>): ConversationDoc {
    const current = requireConversation(db, args.id);
    const now = ctx.now();
    updateConversation(
      db,
      args.id,
      {
        status: current.status === 'followed-up' ? 'followed-up' : 'held',
        held_on: args.heldOn ?? current.heldOn ?? heldDay(current.startsAt, current.timeZone, now),
        follow_up_date: args.followUpDate,
      },
      now,
    );
    versions.wrote(args.id, current.version + 1, args.session);
    return readDoc(db, args.id);
  }

  function list(): ConversationLists {
    const all = listConversations(db);
    const isPast = (c: ConversationSummary) => c.status === 'held' || c.status === 'followed-up';
    const people = new Map<string, { personName: string; conversations: ConversationSummary[] }>();
    for (const c of all) {
      const key = personKey(c.personName);
      if (key === '') continue;
      const group = people.get(key) ?? { personName: c.personName.trim(), conversations: [] };
      group.conversations.push(c);
      people.set(key, group);
    }
    return {
      upcoming: all.filter((c) => !isPast(c)),
      past: all.filter(isPast).sort((a, b) => (b.startsAt ?? '').localeCompare(a.startsAt ?? '')),
      people: [...people.values()].sort((a, b) => a.personName.localeCompare(b.personName)),
    };
  }

  function trash(args: ParsedArgs<'conversations.trash'>): null {
    const current = requireConversation(db, args.id);
    if (current.deletedAt === null) setConversationDeleted(db, args.id, ctx.now(), ctx.now());
    return null;
  }

  function restore(args: ParsedArgs<'conversations.restore'>): ConversationDoc {
    requireConversation(db, args.id);
    setConversationDeleted(db, args.id, null, ctx.now());
    return readDoc(db, args.id);
  }

  return {
    create,
    save,
    markHeld,
    list,
    trash,
    restore,
    get: (args: ParsedArgs<'conversations.get'>): ConversationDoc => readDoc(db, args.id),
  };
}

export type ConversationsService = ReturnType<typeof createConversationsService>;
