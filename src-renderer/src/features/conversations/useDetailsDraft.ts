// The details of one conversation as the user edits them: saved a moment after the last change,
// mirrored into the cached document at once (tab title, agenda total), synced when another action
// (Mark as Held) changes the status. Each save names the version it was based on: when another tab
// or window changed the details since, the save is refused, the current details are read again and
// the form keeps the person's text with a notice to keep theirs or use mine.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Conversation } from '../../../../src-main/shared/conversations/conversations';
import { PAGE_SESSION } from '../../api/pageSession';
import type { FieldChange, SaveProblem } from '../../ui/SaveProblemNotice';
import { errorCode } from '../journal/errorMessage';
import { docRead, invalidateSummaries, patchConversation, readDoc, putDoc, saveConversation } from './conversationQueries';
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

const LABELS: Record<keyof DetailsDraft, string> = {
  title: 'Title',
  personName: 'With whom',
  personRole: 'Their role',
  myRole: 'My role',
  kind: 'Kind',
  startsAt: 'Date and time',
  timeZone: 'Time zone',
  durationMin: 'Duration (minutes)',
  place: 'Place or link',
  status: 'Status',
  expectedOutcome: 'Expected outcome',
};

const shown = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/** The fields where the stored details and the unsaved draft differ, labelled as the form labels them. */
export function detailChanges(theirs: DetailsDraft, mine: DetailsDraft): FieldChange[] {
  return (Object.keys(LABELS) as (keyof DetailsDraft)[])
    .filter((k) => shown(theirs[k]) !== shown(mine[k]))
    .map((k) => ({ label: LABELS[k], theirs: shown(theirs[k]), mine: shown(mine[k]) }));
}

export function useDetailsDraft(conversation: Conversation) {
  const id = conversation.id;
  const [draft, setDraft] = useState<DetailsDraft>(() => detailsOf(conversation));
  const draftRef = useRef(draft);
  // The version the draft is based on: the one loaded, then the one each save of this page produced.
  const base = useRef(conversation.version);
  const [conflict, setConflict] = useState<{ theirs: DetailsDraft; version: number } | null>(null);

  const reloadTheirs = useCallback(async () => {
    const fresh = await docRead.fresh({ id });
    // The page reads the record again (lists, other sections); the form keeps showing the draft.
    const current = readDoc(id);
    if (current) putDoc({ ...current, conversation: { ...fresh.conversation, ...draftRef.current } });
    setConflict({ theirs: detailsOf(fresh.conversation), version: fresh.conversation.version });
  }, [id]);

  const saver = useGroupSaver<DetailsDraft>(async (d) => {
    let doc;
    try {
      doc = await saveConversation({ id, ...d, baseVersion: base.current, session: PAGE_SESSION });
    } catch (error) {
      if (errorCode(error) === 'conflict') await reloadTheirs().catch(() => undefined);
      throw error;
    }
    base.current = Math.max(base.current, doc.conversation.version);
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

  const applyMine = useCallback(() => {
    if (!conflict) return;
    base.current = conflict.version;
    setConflict(null);
    void saver.resume(draftRef.current).catch(() => undefined);
  }, [conflict, saver]);
  const keepTheirs = useCallback(() => {
    if (!conflict) return;
    base.current = conflict.version;
    draftRef.current = conflict.theirs;
    setDraft(conflict.theirs);
    patchConversation(id, conflict.theirs);
    setConflict(null);
    saver.discard();
  }, [conflict, id, saver]);

  const problem: SaveProblem | null = conflict && {
    kind: 'conflict',
    what: 'This conversation',
    changes: detailChanges(conflict.theirs, draft),
    mine: detailChanges(conflict.theirs, draft)
      .map((c) => `${c.label}: ${c.mine}`)
      .join('\n'),
  };

  // A status set elsewhere (Mark as Held) becomes the draft's, without a save of its own.
  useEffect(() => {
    if (draftRef.current.status !== conversation.status) {
      draftRef.current = { ...draftRef.current, status: conversation.status };
      setDraft(draftRef.current);
    }
  }, [conversation.status]);

  return { draft, update, flush, problem, applyMine, keepTheirs };
}
