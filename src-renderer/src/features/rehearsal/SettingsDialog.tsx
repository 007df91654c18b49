// The settings asked before each rehearsal. Enter confirms from any field, Escape cancels.
// A conversation's rehearsal plays its other person; outside one, the person picks the part they
// play (by default the one of their latest conversation), so Ladder asks what the other would.
import { useEffect, useLayoutEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { MyRole } from '../../../../src-main/shared/conversations/conversations';
import {
  DEFAULT_REHEARSAL_SETTINGS,
  REHEARSAL_ORDERS,
  type RehearsalOrder,
  type RehearsalSettings,
} from '../../../../src-main/shared/rehearsal/rehearsal';
import { latestRoleOf } from '../../../../src-main/shared/rehearsal/roles';
import { conversationDocRead, conversationListRead } from './rehearsalQueries';
import type { RehearsalRequest } from './request';

// Short enough for the select's width: the part played, then who asks in brackets.
const ROLE_CHOICES: Record<MyRole, string> = {
  employee: 'Employee (a manager asks)',
  manager: 'Manager (a report asks)',
};

const ORDER_LABELS: Record<RehearsalOrder, string> = {
  script: 'As in the script',
  shuffled: 'Shuffled',
  'weakest-first': 'Weakest first',
};

export interface SettingsDialogProps {
  request: RehearsalRequest;
  error: string | null;
  onConfirm: (settings: RehearsalSettings) => void;
  onCancel: () => void;
}

function clamp(text: string, min: number, max: number, fallback: number): number {
  const n = Math.round(Number(text));
  return Number.isFinite(n) && text.trim() !== '' ? Math.min(max, Math.max(min, n)) : fallback;
}

export function SettingsDialog({ request, error, onConfirm, onCancel }: SettingsDialogProps) {
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const [count, setCount] = useState(String(DEFAULT_REHEARSAL_SETTINGS.count));
  const [seconds, setSeconds] = useState(String(DEFAULT_REHEARSAL_SETTINGS.timeBoxSec));
  const [order, setOrder] = useState<RehearsalOrder>(
    request.mode === 'due' ? 'weakest-first' : DEFAULT_REHEARSAL_SETTINGS.order,
  );
  const [followUps, setFollowUps] = useState(DEFAULT_REHEARSAL_SETTINGS.followUps);
  const [voice, setVoice] = useState(DEFAULT_REHEARSAL_SETTINGS.voice);
  const [role, setRole] = useState<MyRole | null>(null);
  const inConversation = request.mode === 'conversation';
  const lists = conversationListRead.use({});
  const latest = lists.data ? latestRoleOf([...lists.data.upcoming, ...lists.data.past]) : null;
  const doc = conversationDocRead.use(
    { id: request.conversationId ?? '' },
    { enabled: inConversation && !!request.conversationId },
  );
  const prepared = inConversation ? (doc.data?.questions.length ?? null) : null;
  // Every prepared question is asked: the default count never leaves one out.
  const [countTouched, setCountTouched] = useState(false);
  useEffect(() => {
    if (prepared !== null && !countTouched)
      setCount(String(Math.max(DEFAULT_REHEARSAL_SETTINGS.count, Math.min(100, prepared))));
  }, [prepared, countTouched]);
  useLayoutEffect(() => first.current?.focus(), []);
  const playing: MyRole = role ?? latest ?? 'employee';

  const timeBoxSec = clamp(seconds, 10, 1800, DEFAULT_REHEARSAL_SETTINGS.timeBoxSec);
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    onConfirm({
      count: clamp(count, 1, 100, DEFAULT_REHEARSAL_SETTINGS.count),
      timeBoxSec,
      order,
      followUps,
      voice,
      seed: Math.floor(Math.random() * 2 ** 31),
      ...(inConversation ? {} : { role: playing }),
    });
  };

  return (
    <form
      className="rehearsal-settings"
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        } else if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement)) {
          // Enter confirms from checkboxes and the list too, not only from the text fields.
          e.preventDefault();
          submit();
        }
      }}
    >
      <h2 id={`${id}-title`} className="rehearsal-settings__title">
        Rehearse: {request.title}
      </h2>
      {error && (
        <p className="rehearsal-error" role="alert">
          {error}
        </p>
      )}
      <div className="rehearsal-settings__grid">
        <label htmlFor={`${id}-count`}>Number of questions</label>
        <div>
          <input
            ref={first}
            id={`${id}-count`}
            className="ladder-input"
            type="number"
            min={1}
            max={100}
            value={count}
            aria-describedby={prepared !== null ? `${id}-count-hint` : undefined}
            onChange={(e) => {
              setCountTouched(true);
              setCount(e.target.value);
            }}
          />
          {prepared !== null && (
            <span id={`${id}-count-hint`} className="rehearsal-hint">
              {' '}
              {prepared === 1
                ? 'This conversation has 1 prepared question'
                : `This conversation has ${prepared} prepared questions`}
              {prepared > clamp(count, 1, 100, 0)
                ? `; ${prepared - clamp(count, 1, 100, 0)} would be left out`
                : ''}
            </span>
          )}
        </div>
        {!inConversation && (
          <>
            <label htmlFor={`${id}-role`}>I am preparing as</label>
            <select
              id={`${id}-role`}
              className="ladder-input"
              value={playing}
              onChange={(e) => setRole(e.target.value as MyRole)}
            >
              {(Object.keys(ROLE_CHOICES) as MyRole[]).map((r) => (
                <option key={r} value={r}>
                  {ROLE_CHOICES[r]}
                </option>
              ))}
            </select>
          </>
        )}
        <label htmlFor={`${id}-time`}>Time per answer, in seconds</label>
        <div>
          <input
            id={`${id}-time`}
            className="ladder-input"
            type="number"
            min={10}
            max={1800}
            step={5}
            value={seconds}
            aria-describedby={`${id}-time-hint`}
            onChange={(e) => setSeconds(e.target.value)}
          />
          <span id={`${id}-time-hint`} className="rehearsal-hint">
            {' '}
            {timeBoxSec >= 60
              ? `${Math.floor(timeBoxSec / 60)} min ${timeBoxSec % 60 ? `${timeBoxSec % 60} s` : ''}`
              : `${timeBoxSec} s`}{' '}
            per answer
          </span>
        </div>
        <label htmlFor={`${id}-order`}>Order</label>
        <select
          id={`${id}-order`}
          className="ladder-input"
          value={order}
          onChange={(e) => setOrder(e.target.value as RehearsalOrder)}
        >
          {REHEARSAL_ORDERS.map((o) => (
            <option key={o} value={o}>
              {ORDER_LABELS[o]}
            </option>
          ))}
        </select>
      </div>
      <label className="rehearsal-settings__check">
        <input
          type="checkbox"
          checked={followUps}
          onChange={(e) => setFollowUps(e.target.checked)}
        />{' '}
        Follow-up questions, as the other person would push
      </label>
      <label className="rehearsal-settings__check">
        <input type="checkbox" checked={voice} onChange={(e) => setVoice(e.target.checked)} /> Read
        each question aloud
      </label>
      <div className="rehearsal-actions">
        <button type="button" className="ladder-button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="ladder-button ladder-button--primary">
          Start rehearsal
        </button>
      </div>
    </form>
  );
}
