// Section "After the meeting": notes, what was agreed, the follow-up date, and Mark as Held.
import { useCallback, useId, useRef, useState } from 'react';
import type { Conversation } from '../../../../src-main/shared/conversations/conversations';
import { plainTextFromLexical } from '../../../../src-main/shared/journal/plainText';
import { PAGE_SESSION } from '../../api/pageSession';
import { SaveProblemNotice, type FieldChange } from '../../ui/SaveProblemNotice';
import { shortDate } from '../../ui/monthGroups';
import { LazyRichText } from './LazyRichText';
import { markHeld } from './conversationActions';
import {
  docRead,
  invalidateSummaries,
  patchConversation,
  saveConversation,
} from './conversationQueries';
import { useGroupSaver } from '../../ui/save/saveGroup';
import { useDraft } from '../../ui/save/useDraft';
import { conflictProblem } from '../../ui/save/fieldChanges';
import type { ConversationSectionProps } from './sections';

type AfterDraft = Pick<Conversation, 'notes' | 'agreed' | 'followUpDate'>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function afterChanges(theirs: AfterDraft, mine: AfterDraft): FieldChange[] {
  const rows: FieldChange[] = [
    {
      label: 'Notes',
      theirs: plainTextFromLexical(theirs.notes),
      mine: plainTextFromLexical(mine.notes),
    },
    { label: 'What was agreed', theirs: theirs.agreed, mine: mine.agreed },
    { label: 'Follow-up date', theirs: theirs.followUpDate ?? '', mine: mine.followUpDate ?? '' },
  ];
  return rows.filter((r) => r.theirs !== r.mine);
}

export function AfterSection({ conversationId }: ConversationSectionProps) {
  const doc = docRead.use({ id: conversationId });
  if (!doc.data) return null;
  return <AfterForm key={conversationId} conversation={doc.data.conversation} />;
}

function AfterForm({ conversation }: { conversation: Conversation }) {
  const id = conversation.id;
  const ids = useId();
  // The version this draft is based on; a change made in another tab since is a conflict to resolve.
  const base = useRef(conversation.version);
  // Keep theirs replaces the notes editor's content: it starts again from the stored notes.
  const [notesGeneration, setNotesGeneration] = useState(0);
  const [notesStart, setNotesStart] = useState(conversation.notes);
  const { draft, update, updateLazily, flush, conflict, applyMine, keepTheirs } = useDraft({
    initial: (): AfterDraft => ({
      notes: conversation.notes,
      agreed: conversation.agreed,
      followUpDate: conversation.followUpDate,
    }),
    useSaver: (save) => ({ saver: useGroupSaver<AfterDraft>(save) }),
    save: async (d) => {
      const doc = await saveConversation({
        id,
        ...d,
        baseVersion: base.current,
        session: PAGE_SESSION,
      });
      base.current = Math.max(base.current, doc.conversation.version);
      await invalidateSummaries();
    },
    reread: async (): Promise<{ theirs: AfterDraft; version: number } | null> => {
      const fresh = await docRead.fresh({ id }).catch(() => null);
      if (!fresh) return null;
      const { notes, agreed, followUpDate } = fresh.conversation;
      return { theirs: { notes, agreed, followUpDate }, version: fresh.conversation.version };
    },
    onEdit: (patch) => patchConversation(id, patch),
    onUseMine: (c) => {
      base.current = c.version;
    },
    onKeepTheirs: (c) => {
      base.current = c.version;
      patchConversation(id, c.theirs);
      setNotesStart(c.theirs.notes);
      setNotesGeneration((g) => g + 1);
      return c.theirs;
    },
  });
  const onNotes = useCallback((json: () => string) => updateLazily('notes', json), [updateLazily]);
  const held = conversation.status === 'held' || conversation.status === 'followed-up';

  return (
    <div className="ladder-conv-after" onBlur={flush}>
      {conflict && (
        <SaveProblemNotice
          problem={conflictProblem('This conversation', afterChanges(conflict.theirs, draft))}
          onUseMine={applyMine}
          onKeepTheirs={keepTheirs}
        />
      )}
      <div className="ladder-field">
        <span className="ladder-conv-label">Notes</span>
        <LazyRichText
          key={notesGeneration}
          initialState={notesStart}
          onEdit={onNotes}
          ariaLabel="Meeting notes"
          placeholder="What was said, what surprised you, what you want to remember"
        />
      </div>
      <div className="ladder-field">
        <label htmlFor={`${ids}-agreed`}>What was agreed</label>
        <textarea
          id={`${ids}-agreed`}
          className="ladder-input"
          rows={3}
          dir="auto"
          placeholder="The decisions and next steps, as both of you would state them"
          value={draft.agreed}
          onChange={(e) => update({ agreed: e.target.value })}
        />
      </div>
      <div className="ladder-conv-after__row">
        <label className="ladder-field ladder-field--inline">
          <span>Follow-up date</span>
          <input
            type="date"
            className="ladder-input"
            value={draft.followUpDate ?? ''}
            onChange={(e) => {
              const v = e.target.value;
              if (v === '') update({ followUpDate: null });
              else if (DATE.test(v)) update({ followUpDate: v });
            }}
          />
        </label>
        {held ? (
          <p className="ladder-conv-after__held">
            <span className="codicon codicon-check" aria-hidden="true" /> Held
            {conversation.heldOn ? ` on ${shortDate(conversation.heldOn)}` : ''}
          </p>
        ) : (
          <button
            type="button"
            className="ladder-button ladder-button--primary"
            onClick={() => void markHeld(id)}
          >
            Mark as held
          </button>
        )}
      </div>
    </div>
  );
}
