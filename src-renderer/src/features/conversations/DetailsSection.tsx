// Section "Details": who, when, where, and the one-sentence expected outcome the agenda grows from.
import { useEffect, useId, useRef } from 'react';
import type { Conversation } from '../../../../src-main/shared/conversations/conversations';
import type { ConversationSectionProps } from './sections';
import { takeConversationTitleFocus } from './focusRequests';
import { SaveProblemNotice } from '../../ui/SaveProblemNotice';
import { useDetailsDraft } from './useDetailsDraft';
import { systemTimeZone, wallClockNote } from './timeZoneChoice';
import { TimeZoneSelect } from './TimeZoneSelect';
import { DETAIL_FIELDS, DetailField } from './DetailField';
import { docRead } from './conversationQueries';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DEFAULT_TIME = '09:00';

export function DetailsSection({ conversationId }: ConversationSectionProps) {
  const doc = docRead.use({ id: conversationId });
  if (!doc.data) return null;
  return <DetailsForm key={conversationId} conversation={doc.data.conversation} />;
}

function DetailsForm({ conversation }: { conversation: Conversation }) {
  const { draft, update, flush, problem, applyMine, keepTheirs } = useDetailsDraft(conversation);
  const titleRef = useRef<HTMLInputElement>(null);
  const ids = useId();
  const id = (name: string) => `${ids}-${name}`;
  const date = draft.startsAt?.slice(0, 10) ?? '';
  const time = draft.startsAt?.slice(11, 16) ?? '';
  // Unset means the system's zone; a date typed in pins it, so exports say which zone was meant.
  const zone = draft.timeZone ?? systemTimeZone();
  const zoneNote = wallClockNote(draft.startsAt, zone);

  useEffect(() => {
    if (takeConversationTitleFocus(conversation.id)) {
      titleRef.current?.focus();
      titleRef.current?.select();
    }
  }, [conversation.id]);

  const setDate = (value: string) => {
    if (value === '') update({ startsAt: null });
    else if (DATE.test(value))
      update({ startsAt: `${value}T${time || DEFAULT_TIME}`, timeZone: zone });
  };
  const setTime = (value: string) => {
    if (TIME.test(value) && date) update({ startsAt: `${date}T${value}` });
  };

  return (
    <div className="ladder-conv-details" onBlur={flush}>
      {problem && (
        <SaveProblemNotice problem={problem} onUseMine={applyMine} onKeepTheirs={keepTheirs} />
      )}
      <input
        ref={titleRef}
        className="ladder-entry__title"
        aria-label="Conversation title"
        dir="auto"
        maxLength={2000}
        placeholder="Name this conversation"
        value={draft.title}
        onChange={(e) => update({ title: e.target.value })}
      />
      <div className="ladder-conv-grid">
        <DetailField spec={DETAIL_FIELDS.personName} ids={ids} draft={draft} update={update} />
        <DetailField spec={DETAIL_FIELDS.personRole} ids={ids} draft={draft} update={update} />
        <DetailField spec={DETAIL_FIELDS.myRole} ids={ids} draft={draft} update={update} />
        <DetailField spec={DETAIL_FIELDS.kind} ids={ids} draft={draft} update={update} />
        <div className="ladder-field">
          <label htmlFor={id('date')}>Date</label>
          <input
            id={id('date')}
            type="date"
            className="ladder-input"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        <div className="ladder-field">
          <label htmlFor={id('time')}>Time</label>
          <input
            id={id('time')}
            type="time"
            className="ladder-input"
            value={time}
            disabled={!date}
            title={date ? undefined : 'Set a date first'}
            onChange={(e) => setTime(e.target.value)}
          />
        </div>
        <div className="ladder-field">
          <label htmlFor={id('zone')}>Time zone</label>
          {/* The wall-clock time stays as typed; only the zone it is read in changes. */}
          <TimeZoneSelect
            id={id('zone')}
            value={zone}
            describedBy={zoneNote ? id('zoneNote') : undefined}
            onChange={(timeZone) => update({ timeZone })}
          />
        </div>
        <div className="ladder-field">
          <label htmlFor={id('duration')}>Duration (minutes)</label>
          <input
            id={id('duration')}
            type="number"
            min={0}
            max={1440}
            step={5}
            className="ladder-input"
            value={draft.durationMin}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 0 && n <= 1440) update({ durationMin: n });
            }}
          />
        </div>
        <DetailField spec={DETAIL_FIELDS.status} ids={ids} draft={draft} update={update} />
        {zoneNote && (
          <p id={id('zoneNote')} className="ladder-conv-hint ladder-conv-grid__wide" role="status">
            {zoneNote}
          </p>
        )}
        <DetailField spec={DETAIL_FIELDS.place} ids={ids} draft={draft} update={update} />
      </div>
      <div className="ladder-field ladder-conv-outcome">
        <label htmlFor={id('outcome')}>Expected outcome</label>
        <input
          id={id('outcome')}
          className="ladder-input"
          dir="auto"
          maxLength={2000}
          aria-describedby={id('outcomeHint')}
          placeholder="One sentence: what should be true when you walk out?"
          value={draft.expectedOutcome}
          onChange={(e) => update({ expectedOutcome: e.target.value })}
        />
        <p id={id('outcomeHint')} className="ladder-conv-hint">
          {draft.expectedOutcome.trim()
            ? 'Build each agenda item so it moves you toward this.'
            : 'Without a stated outcome a meeting tends to drift. Write it before the agenda: every item should serve it.'}
        </p>
      </div>
    </div>
  );
}
