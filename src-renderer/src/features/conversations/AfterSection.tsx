// Section "After the meeting": notes, what was agreed, the follow-up date, and Mark as Held.
import { useCallback, useId, useRef, useState } from 'react';
import type { Conversation } from '../../../../src-main/shared/conversations';
import { call } from '../../api/client';
import { useApi } from '../../api/query';
import { shortDate } from '../journal/journalTree';
import { LazyRichText } from './LazyRichText';
import { markHeld } from './conversationActions';
import { invalidateSummaries, patchConversation } from './docCache';
import { useGroupSaver } from './saveGroup';
import type { ConversationSectionProps } from './sections';

type AfterDraft = Pick<Conversation, 'notes' | 'agreed' | 'followUpDate'>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function AfterSection({ conversationId }: ConversationSectionProps) {
  const doc = useApi('conversations.get', { id: conversationId });
  if (!doc.data) return null;
  return <AfterForm key={conversationId} conversation={doc.data.conversation} />;
}

function AfterForm({ conversation }: { conversation: Conversation }) {
  const id = conversation.id;
  const ids = useId();
  const [draft, setDraft] = useState<AfterDraft>(() => ({
    notes: conversation.notes,
    agreed: conversation.agreed,
    followUpDate: conversation.followUpDate,
  }));
  const draftRef = useRef(draft);
  const saver = useGroupSaver<AfterDraft>(async (d) => {
    await call('conversations.save', { id, ...d });
    await invalidateSummaries();
  });
  const update = useCallback(
    (patch: Partial<AfterDraft>) => {
      const next = { ...draftRef.current, ...patch };
      draftRef.current = next;
      setDraft(next);
      patchConversation(id, patch);
      saver.change(next);
    },
    [id, saver],
  );
  const flush = useCallback(() => void saver.flush().catch(() => undefined), [saver]);
  const onNotes = useCallback(
    (json: string) => {
      if (json !== draftRef.current.notes) update({ notes: json });
    },
    [update],
  );
  const held = conversation.status === 'held' || conversation.status === 'followed-up';

  return (
    <div className="ladder-conv-after" onBlur={flush}>
      <div className="ladder-field">
        <span className="ladder-conv-label">Notes</span>
        <LazyRichText
          initialState={conversation.notes}
          onChange={onNotes}
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
          <button type="button" className="ladder-button ladder-button--primary" onClick={() => void markHeld(id)}>
            Mark as held
          </button>
        )}
      </div>
    </div>
  );
}
