// How the side panels read and write a conversation, and what they say when a write fails. The
// reads, writes and cache updates themselves are declared in conversationQueries.ts.
import type { Args } from '../../../../../src-main/shared/contract';
import type {
  ActionItem,
  AnticipatedQuestion,
  ConversationDoc,
} from '../../../../../src-main/shared/conversations/conversations';
import { notify } from '../../../workbench/store';
import { PAGE_SESSION } from '../../../api/pageSession';
import { errorCode, errorMessage, keptWordsNotice } from '../../../ui/errorMessage';
import {
  docRead,
  putQuestion,
  takeStoredTexts,
  updateActionWrite,
  updateAnticipated,
  writeDocChannel,
  type DocChannel,
} from '../conversationQueries';

export function useConversationDoc(id: string) {
  return docRead.use({ id });
}

/** A structural write; on failure says what could not be done and resolves to null. */
export async function writeDoc<C extends DocChannel>(
  channel: C,
  args: Args<C>,
  failure: string,
): Promise<ConversationDoc | null> {
  try {
    return await writeDocChannel(channel, args);
  } catch (error) {
    notify('error', `${failure}: ${errorMessage(error)}`);
    return null;
  }
}

/**
 * After a text save was refused because another tab or window changed the record: the record as
 * stored now goes into the cache (the next save is based on it), while the box keeps the person's
 * words; the notice says so.
 */
async function takeTheirs(conversationId: string, what: string, error: unknown): Promise<void> {
  await takeStoredTexts(conversationId);
  notify('error', keptWordsNotice(error, what));
}

/** Saves the text of an anticipated question over the version this page showed. */
export async function updateQuestionText(
  conversationId: string,
  question: AnticipatedQuestion,
  text: string,
): Promise<void> {
  try {
    putQuestion(
      conversationId,
      await updateAnticipated({
        id: question.id,
        question: text,
        baseVersion: question.version,
        session: PAGE_SESSION,
      }),
    );
  } catch (error) {
    if (errorCode(error) === 'conflict') await takeTheirs(conversationId, 'question', error);
    else notify('error', `The question could not be saved: ${errorMessage(error)}`);
  }
}

/** Updates one action item; the follow-ups, the carried-over lists and the checklist follow. */
export async function updateAction(
  args: Args<'actions.update'>,
  failure: string,
  conversationId?: string,
): Promise<ActionItem | null> {
  try {
    return await updateActionWrite({ ...args, session: PAGE_SESSION });
  } catch (error) {
    if (conversationId && errorCode(error) === 'conflict')
      await takeTheirs(conversationId, 'action', error);
    else notify('error', `${failure}: ${errorMessage(error)}`);
    return null;
  }
}
