// Agenda items: add, edit, remove, reorder, and link journal entries as evidence.
import { randomUUID } from 'node:crypto';
import type { ParsedArgs } from '../../shared/contract';
import type { AgendaItem, ConversationDoc } from '../../shared/conversations/conversations';
import { LadderError } from '../../shared/errors';
import {
  deleteAgendaRow,
  findAgendaRow,
  insertAgendaRow,
  updateAgendaRow,
  type AgendaRow,
} from './agendaRepository';
import type { Db } from '../db/connection';
import { entryDeletedAt } from '../journal/entriesRepository.read';
import { touchConversation } from './conversationsRepository';
import { link, unlink } from './evidenceRepository';
import { densify, moveTo } from './orderingRepository';
import type { ServiceContext } from '../common/context';
import { createVersionLog } from '../common/versionCheck';
import { readDoc, requireConversation } from './conversationDoc';

function requireItem(db: Db, id: string): AgendaRow {
  const row = findAgendaRow(db, id);
  if (!row) throw new LadderError('not-found', 'That agenda item no longer exists.');
  return row;
}

/** Evidence must be a live journal entry when it is linked (it may be trashed later). */
export function requireLiveEntry(db: Db, entryId: string): void {
  const row = entryDeletedAt(db, entryId);
  if (!row || row.deleted_at !== null)
    throw new LadderError('not-found', 'That journal entry no longer exists.');
}

export function createAgendaService(ctx: ServiceContext) {
  const { db } = ctx;
  const versions = createVersionLog();

  function addItem(args: ParsedArgs<'agenda.addItem'>): ConversationDoc {
    requireConversation(db, args.conversationId);
    const now = ctx.now();
    db.transaction(() => {
      const id = randomUUID();
      insertAgendaRow(
        db,
        id,
        args.conversationId,
        { title: args.title ?? '', minutes: args.minutes ?? 5 },
        now,
      );
      if (args.index !== undefined) moveTo(db, 'agenda_items', args.conversationId, id, args.index);
      touchConversation(db, args.conversationId, now);
    })();
    return readDoc(db, args.conversationId);
  }

  function updateItem(args: ParsedArgs<'agenda.updateItem'>): AgendaItem {
    const row = requireItem(db, args.id);
    versions.check(args.id, row.version, args, 'This agenda item');
    const now = ctx.now();
    db.transaction(() => {
      updateAgendaRow(
        db,
        args.id,
        {
          title: args.title,
          minutes: args.minutes,
          talking_points: args.talkingPoints,
          private_notes: args.privateNotes,
          questions: args.questions,
        },
        now,
      );
      touchConversation(db, row.conversation_id, now);
    })();
    versions.wrote(args.id, row.version + 1, args.session);
    const item = readDoc(db, row.conversation_id).items.find((i) => i.id === args.id);
    if (!item) throw new LadderError('not-found', 'That agenda item no longer exists.');
    return item;
  }

  function removeItem(args: ParsedArgs<'agenda.removeItem'>): ConversationDoc {
    const row = requireItem(db, args.id);
    db.transaction(() => {
      deleteAgendaRow(db, args.id);
      densify(db, 'agenda_items', row.conversation_id);
      touchConversation(db, row.conversation_id, ctx.now());
    })();
    return readDoc(db, row.conversation_id);
  }

  function moveItem(args: ParsedArgs<'agenda.moveItem'>): ConversationDoc {
    const row = requireItem(db, args.id);
    db.transaction(() => {
      moveTo(db, 'agenda_items', row.conversation_id, args.id, args.toIndex);
      touchConversation(db, row.conversation_id, ctx.now());
    })();
    return readDoc(db, row.conversation_id);
  }

  function linkEvidence(args: ParsedArgs<'agenda.linkEvidence'>): ConversationDoc {
    const row = requireItem(db, args.itemId);
    requireLiveEntry(db, args.entryId);
    db.transaction(() => {
      link(db, 'agenda_evidence', args.itemId, args.entryId);
      touchConversation(db, row.conversation_id, ctx.now());
    })();
    return readDoc(db, row.conversation_id);
  }

  function unlinkEvidence(args: ParsedArgs<'agenda.unlinkEvidence'>): ConversationDoc {
    const row = requireItem(db, args.itemId);
    db.transaction(() => {
      unlink(db, 'agenda_evidence', args.itemId, args.entryId);
      touchConversation(db, row.conversation_id, ctx.now());
    })();
    return readDoc(db, row.conversation_id);
  }

  return { addItem, updateItem, removeItem, moveItem, linkEvidence, unlinkEvidence };
}

export type AgendaService = ReturnType<typeof createAgendaService>;
