// The details of one conversation as the user edits them: saved a moment after the last change,
// mirrored into the cached document at once (tab title, agenda total), synced when another action
// (Mark as Held) changes the status.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Conversation } from '../../../../src-main/shared/conversations';
import { call } from '../../api/client';
import { invalidateSummaries, patchConversation, readDoc, putDoc } from './docCache';
import { useGroupSaver } from './saveGroup';

export type DetailsDraft = Pick<
  Conversation,
  | 'title'
  | 'personName'
  | 'personRole'
  | 'myRole'
  | 'kind'
  | 'startsAt'
  | 'timeZone'
  | 'durationMin'
  | 'place'
  | 'status'
  | 'expectedOutcome'
>;

export function detailsOf(c: Conversation): DetailsDraft {
  const { title, personName, personRole, myRole, kind, startsAt, timeZone, durationMin, place, status, expectedOutcome } = c;
  return { title, personName, personRole, myRole, kind, startsAt, timeZone, durationMin, place, status, expectedOutcome };
}

export function useDetailsDraft(conversation: Conversation) {
  const id = conversation.id;
  const [draft, setDraft] = useState<DetailsDraft>(() => detailsOf(conversation));
  const draftRef = useRef(draft);
  const saver = useGroupSaver<DetailsDraft>(async (d) => {
    const doc = await call('conversations.save', { id, ...d });
    // The newest local edits stay on top of the answer (they may be newer than what was sent).
    const current = readDoc(id);
    if (current) putDoc({ ...current, conversation: { ...doc.conversation, ...draftRef.current } });
    await invalidateSummaries();
  });

  const update = useCallback(
    (patch: Partial<DetailsDraft>) => {
      const next = { ...draftRef.current, ...patch };
      draftRef.current = next;
      setDraft(next);
      patchConversation(id, patch);
      saver.change(next);
    },
    [id, saver],
  );
  const flush = useCallback(() => {
    void saver.flush().catch(() => undefined);
  }, [saver]);

  // A status set elsewhere (Mark as Held) becomes the draft's, without a save of its own.
  useEffect(() => {
    if (draftRef.current.status !== conversation.status) {
      draftRef.current = { ...draftRef.current, status: conversation.status };
      setDraft(draftRef.current);
    }
  }, [conversation.status]);

  return { draft, update, flush };
}
