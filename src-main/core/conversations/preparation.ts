// Preparing a conversation: the journal evidence gathered since the last one with the same person,
// and the employee's preparation checklist with live progress.
import type { ParsedArgs } from '../../shared/contract';
import type {
  ChecklistStep,
  Conversation,
  ConversationDoc,
  SinceLastTime,
} from '../../shared/conversations/conversations';
import type { EntryKind } from '../../shared/journal/entryKinds';
import { todayIso } from '../../shared/dates';
import { plainTextFromLexical } from '../../shared/journal/plainText';
import type { Db } from '../db/connection';
import { lastHeldWithPerson } from './conversationsRepository';
import { entriesSince, openGoalCount, pageWritten, rehearsalCount } from './preparationRepository';
import type { ServiceContext } from '../common/context';
import { readDoc, requireConversation } from './conversationDoc';

const SINCE_KINDS: readonly EntryKind[] = ['accomplishment', 'praise', 'lesson'];

function sinceLastTimeOf(db: Db, conversation: Conversation): SinceLastTime {
  const until = conversation.startsAt ? conversation.startsAt.slice(0, 10) : null;
  const last = conversation.personName.trim()
    ? lastHeldWithPerson(db, conversation.personName, conversation.id, until)
    : undefined;
  const since =
    last && last.heldOn
      ? { conversationId: last.id, title: last.title, heldOn: last.heldOn }
      : null;
  const rows = entriesSince(db, SINCE_KINDS, since?.heldOn ?? null);
  return { since, entries: rows.map((r) => ({ ...r, impact: String(r.impact) })) };
}

function step(id: string, label: string, done: boolean, detail: string): ChecklistStep {
  return { id, label, state: done ? 'done' : 'pending', detail };
}

/**
 * Step 3's signal: actions of this conversation's plan that I carry (alone or together) with a due
 * date within a year from today. Barriers have no field of their own, so only the actions are counted.
 */
function actionsForTheYear(doc: ConversationDoc, now: number): number {
  const today = new Date(now);
  const yearOut = new Date(now);
  yearOut.setFullYear(yearOut.getFullYear() + 1);
  const from = todayIso(today);
  const until = todayIso(yearOut);
  return doc.actions.filter(
    (a) =>
      a.status !== 'dropped' &&
      a.owner !== 'them' &&
      a.dueDate !== null &&
      a.dueDate >= from &&
      a.dueDate <= until,
  ).length;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function createPreparationService(ctx: ServiceContext) {
  const { db } = ctx;

  function sinceLastTime(args: ParsedArgs<'conversations.sinceLastTime'>): SinceLastTime {
    return sinceLastTimeOf(db, requireConversation(db, args.id));
  }

  /** The steps of DOMAIN.md's preparation list, each checked against what is in the store now. */
  function checklist(args: ParsedArgs<'conversations.checklist'>): ChecklistStep[] {
    const doc = readDoc(db, args.id);
    const c = doc.conversation;
    const since = sinceLastTimeOf(db, c);
    const window = since.since ? `since ${since.since.heldOn}` : 'so far';
    const count = (kind: EntryKind) => since.entries.filter((e) => e.kind === kind).length;
    const accomplishments = count('accomplishment');
    const praise = count('praise');
    const goals = openGoalCount(db);
    const planned = actionsForTheYear(doc, ctx.now());
    const pointsWritten = doc.items.filter(
      (i) => plainTextFromLexical(i.talkingPoints) !== '',
    ).length;
    const values = pageWritten(db, 'values');
    const mission = pageWritten(db, 'mission');
    const strengths = pageWritten(db, 'strengths');
    const rehearsals = rehearsalCount(db, c.id);
    return [
      step(
        'values',
        'Write down your values',
        values,
        values ? 'Written' : 'The Values page is empty',
      ),
      step(
        'mission',
        'Write your personal mission statement',
        mission,
        mission ? 'Written' : 'The Mission page is empty',
      ),
      step(
        'strengths',
        'Answer the directing questions: strengths and areas to develop',
        strengths,
        strengths ? 'Written' : 'The Strengths page is empty',
      ),
      step(
        'goals',
        'Set short- and long-term goals',
        goals > 0,
        plural(goals, 'open goal', 'open goals'),
      ),
      step(
        'year-actions',
        'Decide your actions for the coming year, the obstacles you expect and how to get past them',
        planned > 0,
        planned > 0
          ? `${plural(planned, 'action', 'actions')} of yours due within a year`
          : 'No action of yours due within a year yet: add one to the action plan',
      ),
      step(
        'accomplishments',
        'List your accomplishments and their impact',
        accomplishments > 0,
        `${plural(accomplishments, 'accomplishment', 'accomplishments')} ${window}`,
      ),
      step(
        'praise',
        'Gather the praise you received',
        praise > 0,
        `${plural(praise, 'praise entry', 'praise entries')} ${window}`,
      ),
      step(
        'expected-outcome',
        'State the outcome you expect from the meeting',
        c.expectedOutcome.trim() !== '',
        c.expectedOutcome.trim() ? 'Written' : 'Not written yet',
      ),
      step(
        'agenda',
        'Build the agenda from that outcome',
        pointsWritten > 0,
        `${pointsWritten} of ${plural(doc.items.length, 'item', 'items')} with talking points`,
      ),
      step(
        'scheduled',
        'Schedule the meeting',
        c.startsAt !== null,
        c.startsAt ? c.startsAt.replace('T', ' ') : 'No date yet',
      ),
      step(
        'shared',
        'Give the other person a copy of the agenda beforehand',
        c.sharedAt !== null,
        c.sharedAt !== null ? 'Shared' : 'Not shared yet',
      ),
      step(
        'rehearsal',
        'Rehearse the questions you expect',
        rehearsals > 0,
        rehearsals > 0
          ? `${plural(rehearsals, 'rehearsal', 'rehearsals')} so far`
          : 'Not rehearsed yet',
      ),
    ];
  }

  return { sinceLastTime, checklist };
}

export type PreparationService = ReturnType<typeof createPreparationService>;
