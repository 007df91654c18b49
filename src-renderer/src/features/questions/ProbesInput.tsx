// The follow-up probes a manager pushes with: two or three lines, added and removed in place.
import { useRef } from 'react';
import { IconButton } from '../../ui/IconButton';
import { MAX_PROBES } from './questionDraft';

interface Props {
  probes: string[];
  onChange: (probes: string[]) => void;
  onBlur: () => void;
}

export function ProbesInput({ probes, onChange, onBlur }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const focusInput = (index: number) =>
    requestAnimationFrame(() =>
      list.current?.querySelectorAll<HTMLInputElement>('input')[index]?.focus(),
    );
  const filled = probes.filter((p) => p.trim()).length;
  return (
    <fieldset className="ladder-question__probes">
      <legend>Follow-ups</legend>
      <ol ref={list} className="ladder-question__probe-list">
        {probes.map((probe, index) => (
          <li key={index} className="ladder-question__probe">
            <input
              className="ladder-input"
              aria-label={`Follow-up ${index + 1}`}
              dir="auto"
              value={probe}
              placeholder="What would the manager push with next?"
              onChange={(e) => onChange(probes.map((p, i) => (i === index ? e.target.value : p)))}
              onBlur={onBlur}
            />
            <IconButton
              icon="close"
              className="ladder-icon-button"
              aria-label={`Remove follow-up ${index + 1}`}
              onClick={() => {
                onChange(probes.filter((_, i) => i !== index));
                focusInput(Math.max(0, index - 1));
              }}
            />
          </li>
        ))}
      </ol>
      <div className="ladder-question__probe-actions">
        <button
          type="button"
          className="ladder-button"
          disabled={probes.length >= MAX_PROBES}
          onClick={() => {
            onChange([...probes, '']);
            focusInput(probes.length);
          }}
        >
          Add a follow-up
        </button>
        {filled < 2 && (
          <span className="ladder-question__hint">
            Two or three follow-ups make a rehearsal feel like the real thing.
          </span>
        )}
      </div>
    </fieldset>
  );
}
