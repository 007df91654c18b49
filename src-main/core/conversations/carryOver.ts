// Carry-over of unfinished actions from one conversation with a person to the next.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import { actionsOf, actionStates } from './actionsRepository';
import { agendaRows, insertAgendaRow } from './agendaRepository';
import { previousWithPerson } from './conversationsRepository';
import { moveTo } from './orderingRepository';

/**
 * Carry-over: the unfinished work of the last conversation with the same person opens the next
 * one's agenda. Each open action becomes its own agenda item (title = the action's text) linked to
 * the action by `carried_from_action_id`, so the new agenda shows the action's live status and
 * ticking it off anywhere shows everywhere. Actions that were themselves carried onto the previous
 * conversation and are still open come along too, so an item follows until it is done or dropped.
 * It runs once, at creation; renaming the person later does not pull items in.
 */
export function carryOver(db: Db, conversationId: string, personName: string, now: number): void {
  if (personName.trim() === '') return;
  const previous = previousWithPerson(db, personName, conversationId);
  if (!previous) return;
  const stillOpen = (status: string) => status === 'open';
  const ids: { id: string; text: string }[] = [];
  const carriedIds = agendaRows(db, previous.id)
    .map((r) => r.carried_from_action_id)
    .filter((x): x is string => x !== null);
  const byId = new Map(actionStates(db, carriedIds).map((r) => [r.id, r]));
  for (const id of carriedIds) {
    const r = byId.get(id);
    if (r && stillOpen(r.status)) ids.push({ id: r.id, text: r.text });
  }
  for (const a of actionsOf(db, previous.id))
    if (stillOpen(a.status)) ids.push({ id: a.id, text: a.text });
  ids.forEach((a, i) => {
    const itemId = randomUUID();
    insertAgendaRow(
      db,
      itemId,
      conversationId,
      { title: a.text, minutes: 0, carriedFromActionId: a.id },
      now,
    );
    moveTo(db, 'agenda_items', conversationId, itemId, i);
  });
}
