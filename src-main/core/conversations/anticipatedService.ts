// Anticipated questions: what I expect to be asked, each with a prepared answer and evidence.
import { randomUUID } from 'node:crypto';
import type { ParsedArgs } from '../../shared/contract';
import type {
  AnticipatedQuestion,
  ConversationDoc,
} from '../../shared/conversations/conversations';
import { LadderError } from '../../shared/errors';
import {
  deleteQuestionRow,
  findQuestionRow,
  insertQuestionRow,
  updateQuestionRow,
  type QuestionRow,
} from './anticipatedRepository';
import type { Db } from '../db/connection';
import { touchConversation } from './conversationsRepository';
import { link, unlink } from './evidenceRepository';
import { densify, moveTo } from './orderingRepository';
import { requireLiveEntry } from './agendaService';
import type { ServiceContext } from '../common/context';
import { createVersionLog } from '../common/versionCheck';
import { readDoc, requireConversation } from './conversationDoc';

function requireQuestion(db: Db, id: string): QuestionRow {
  const row = findQuestionRow(db, id);
  if (!row) throw new LadderError('not-found', 'That question no longer exists.');
  return row;
}

export function createAnticipatedService(ctx: ServiceContext) {
  const { db } = ctx;
  const versions = createVersionLog();

  function add(args: ParsedArgs<'anticipated.add'>): ConversationDoc {
    requireConversation(db, args.conversationId);
    const now = ctx.now();
    db.transaction(() => {
      insertQuestionRow(db, randomUUID(), args.conversationId, args, now);
      touchConversation(db, args.conversationId, now);
    })();
    return readDoc(db, args.conversationId);
  }

  function update(args: ParsedArgs<'anticipated.update'>): AnticipatedQuestion {
    const row = requireQuestion(db, args.id);
    versions.check(args.id, row.version, args, 'This question');
    const now = ctx.now();
    db.transaction(() => {
      updateQuestionRow(
        db,
        args.id,
        { question: args.question, prepared_answer: args.preparedAnswer },
        now,
      );
      touchConversation(db, row.conversation_id, now);
    })();
    versions.wrote(args.id, row.version + 1, args.session);
    const found = readDoc(db, row.conversation_id).questions.find((q) => q.id === args.id);
    if (!found) throw new LadderError('not-found', 'That question no longer exists.');
    return found;
  }

  function remove(args: ParsedArgs<'anticipated.remove'>): ConversationDoc {
    const row = requireQuestion(db, args.id);
    db.transaction(() => {
      deleteQuestionRow(db, args.id);
      densify(db, 'anticipated_questions', row.conversation_id);
      touchConversation(db, row.conversation_id, ctx.now());
    })();
    return readDoc(db, row.conversation_id);
  }

  function move(args: ParsedArgs<'anticipated.move'>): ConversationDoc {
    const row = requireQuestion(db, args.id);
    db.transaction(() => {
      moveTo(db, 'anticipated_questions', row.conversation_id, args.id, args.toIndex);
      touchConversation(db, row.conversation_id, ctx.now());
    })();
    return readDoc(db, row.conversation_id);
  }

  function linkEvidence(args: ParsedArgs<'anticipated.linkEvidence'>): ConversationDoc {
    const row = requireQuestion(db, args.questionId);
    requireLiveEntry(db, args.entryId);
    db.transaction(() => {
      link(db, 'question_evidence', args.questionId, args.entryId);
      touchConversation(db, row.conversation_id, ctx.now());
    })();
    return readDoc(db, row.conversation_id);
  }

  function unlinkEvidence(args: ParsedArgs<'anticipated.unlinkEvidence'>): ConversationDoc {
    const row = requireQuestion(db, args.questionId);
    db.transaction(() => {
      unlink(db, 'question_evidence', args.questionId, args.entryId);
      touchConversation(db, row.conversation_id, ctx.now());
    })();
    return readDoc(db, row.conversation_id);
  }

  return { add, update, remove, move, linkEvidence, unlinkEvidence };
}

export type AnticipatedService = ReturnType<typeof createAnticipatedService>;
