// The details of one conversation as the user edits them: saved a moment after the last change,
// mirrored into the cached document at once (tab title, agenda total), synced when another action
// (Mark as Held) changes the status. Each save names the version it was based on: when another tab
// or window changed the details since, the save is refused, the current details are read again and
// the form keeps the person's text with a notice to keep theirs or use mine.
import { useEffect, useRef } from 'react';
import type { Conversation } from '../../../../src-main/shared/conversations/conversations';
import { PAGE_SESSION } from '../../api/pageSession';
import type { FieldChange, SaveProblem } from '../../ui/SaveProblemNotice';
import {
  docRead,
  invalidateSummaries,
  patchConversation,
  readDoc,
  putDoc,
  saveConversation,
} from './conversationQueries';
import { useGroupSaver } from '../../ui/save/saveGroup';
import { useDraft } from '../../ui/save/useDraft';
import { conflictProblem, fieldChanges } from '../../ui/save/fieldChanges';

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
  const {
    title,
    personName,
    personRole,
    myRole,
    kind,
    startsAt,
    timeZone,
    durationMin,
    place,
    status,
    expectedOutcome,
  } = c;
  return {
    title,
    personName,
    personRole,
    myRole,
    kind,
    startsAt,
    timeZone,
    durationMin,
    place,
    status,
    expectedOutcome,
  };
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

/** The fields where the stored details and the unsaved draft differ, labelled as the form labels them. */
export function detailChanges(theirs: DetailsDraft, mine: DetailsDraft): FieldChange[] {
  return fieldChanges(LABELS, theirs, mine);
}

export function useDetailsDraft(conversation: Conversation) {
  const id = conversation.id;
  // The version the draft is based on: the one loaded, then the one each save of this page produced.
  const base = useRef(conversation.version);

  const { draft, draftRef, update, show, flush, conflict, applyMine, keepTheirs } = useDraft({
    initial: (): DetailsDraft => detailsOf(conversation),
    useSaver: (save) => ({ saver: useGroupSaver<DetailsDraft>(save) }),
    save: async (d) => {
      const doc = await saveConversation({
        id,
        ...d,
        baseVersion: base.current,
        session: PAGE_SESSION,
      });
      base.current = Math.max(base.current, doc.conversation.version);
      // The newest local edits stay on top of the answer (they may be newer than what was sent).
      const current = readDoc(id);
      if (current)
        putDoc({ ...current, conversation: { ...doc.conversation, ...draftRef.current } });
      await invalidateSummaries();
    },
    reread: async (): Promise<{ theirs: DetailsDraft; version: number }> => {
      const fresh = await docRead.fresh({ id });
      // The page reads the record again (lists, other sections); the form keeps showing the draft.
      const current = readDoc(id);
      if (current)
        putDoc({ ...current, conversation: { ...fresh.conversation, ...draftRef.current } });
      return { theirs: detailsOf(fresh.conversation), version: fresh.conversation.version };
    },
    onEdit: (patch) => patchConversation(id, patch),
    onUseMine: (c) => {
      base.current = c.version;
    },
    onKeepTheirs: (c) => {
      base.current = c.version;
      patchConversation(id, c.theirs);
      return c.theirs;
    },
  });

  const problem: SaveProblem | null =
    conflict && conflictProblem('This conversation', detailChanges(conflict.theirs, draft));

  // A status set elsewhere (Mark as Held) becomes the draft's, without a save of its own.
  useEffect(() => {
    if (draftRef.current.status !== conversation.status)
      show({ ...draftRef.current, status: conversation.status });
  }, [conversation.status, draftRef, show]);

  return { draft, update, flush, problem, applyMine, keepTheirs };
}
