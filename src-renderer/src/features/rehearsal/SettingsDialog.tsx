// The settings asked before each rehearsal. Enter confirms from any field, Escape cancels.
import { useLayoutEffect, useId, useRef, useState, type FormEvent } from 'react';
import { DEFAULT_REHEARSAL_SETTINGS, REHEARSAL_ORDERS, type RehearsalOrder, type RehearsalSettings } from '../../../../src-main/shared/rehearsal/rehearsal';
import type { RehearsalRequest } from './request';

const ORDER_LABELS: Record<RehearsalOrder, string> = { script: 'As in the script', shuffled: 'Shuffled', 'weakest-first': 'Weakest first' };

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
  const [order, setOrder] = useState<RehearsalOrder>(request.mode === 'due' ? 'weakest-first' : DEFAULT_REHEARSAL_SETTINGS.order);
  const [followUps, setFollowUps] = useState(DEFAULT_REHEARSAL_SETTINGS.followUps);
  const [voice, setVoice] = useState(DEFAULT_REHEARSAL_SETTINGS.voice);
  useLayoutEffect(() => first.current?.focus(), []);

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
        <input ref={first} id={`${id}-count`} className="ladder-input" type="number" min={1} max={100} value={count} onChange={(e) => setCount(e.target.value)} />
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
            {timeBoxSec >= 60 ? `${Math.floor(timeBoxSec / 60)} min ${timeBoxSec % 60 ? `${timeBoxSec % 60} s` : ''}` : `${timeBoxSec} s`} per answer
          </span>
        </div>
        <label htmlFor={`${id}-order`}>Order</label>
        <select id={`${id}-order`} className="ladder-input" value={order} onChange={(e) => setOrder(e.target.value as RehearsalOrder)}>
          {REHEARSAL_ORDERS.map((o) => (
            <option key={o} value={o}>
              {ORDER_LABELS[o]}
            </option>
          ))}
        </select>
      </div>
      <label className="rehearsal-settings__check">
        <input type="checkbox" checked={followUps} onChange={(e) => setFollowUps(e.target.checked)} /> Follow-up questions, as a manager would push
      </label>
      <label className="rehearsal-settings__check">
        <input type="checkbox" checked={voice} onChange={(e) => setVoice(e.target.checked)} /> Read each question aloud
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
