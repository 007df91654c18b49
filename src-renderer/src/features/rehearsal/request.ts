// What a rehearsal is asked to play: the plan's source, before the settings are chosen.
import type { Args } from '../../../../src-main/shared/contract';

export interface RehearsalRequest {
  mode: Args<'rehearsal.plan'>['mode'];
  conversationId?: string;
  filter?: Args<'rehearsal.plan'>['filter'];
  /** What is being rehearsed, in a few words, for the dialog's heading. */
  title: string;
}

export const REHEARSAL_VIEW_ID = 'rehearsal';
export const HISTORY_HEADING_ID = 'rehearsal-history-heading';
/** Marks for the start benchmark: the settings confirmed, and the first question on screen. */
export const MARK_CONFIRM = 'ladder-rehearsal-confirm';
export const MARK_FIRST_QUESTION = 'ladder-rehearsal-first-question';
