// Tags as chips: Enter or comma adds, Backspace in the empty box removes the last one. The tags
// already in use elsewhere are offered as suggestions.
import { useId, useState, type KeyboardEvent } from 'react';
import { MAX_TAG, MAX_TAGS } from '../../../src-main/shared/limits';

interface Props {
  tags: string[];
  /** Tags in use elsewhere, offered as the user types. */
  known: readonly string[];
  onChange: (tags: string[]) => void;
  onBlur?: () => void;
}

/** Tags keep their spelling but no commas, and no leading '#' or spaces (the store's rule). */
export function normaliseTag(raw: string): string {
  return raw.replace(/,/g, ' ').trim().replace(/^#+/, '').trim().slice(0, MAX_TAG);
}

export function TagInput({ tags, known, onChange, onBlur }: Props) {
  const [text, setText] = useState('');
  const listId = useId();
  const add = (...raws: string[]) => {
    const next = [...tags];
    for (const tag of raws.map(normaliseTag)) {
      if (!tag || next.length >= MAX_TAGS) continue;
      if (next.some((t) => t.toLowerCase() === tag.toLowerCase())) continue;
      next.push(tag);
    }
    setText('');
    if (next.length !== tags.length) onChange(next);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add(text);
    } else if (e.key === 'Backspace' && text === '' && tags.length > 0) {
      e.preventDefault();
      onChange(tags.slice(0, -1));
    }
  };
  const suggestions = known.filter((t) => !tags.includes(t));
  return (
    <div className="ladder-tags">
      <ul className="ladder-tags__chips" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} className="ladder-chip">
            <span dir="auto">{tag}</span>
            <button
              type="button"
              className="ladder-chip__remove"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange(tags.filter((t) => t !== tag))}
            >
              <span className="codicon codicon-close" aria-hidden="true" />
            </button>
          </li>
        ))}
      </ul>
      <input
        className="ladder-input ladder-tags__input"
        aria-label="Add a tag"
        placeholder={tags.length ? 'Add a tag' : 'Tags: type one, press Enter'}
        list={listId}
        value={text}
        dir="auto"
        onChange={(e) => {
          const value = e.target.value;
          if (value.includes(',')) {
            add(...value.split(',').slice(0, -1));
            setText(value.slice(value.lastIndexOf(',') + 1));
          } else setText(value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (text.trim()) add(text);
          onBlur?.();
        }}
      />
      <datalist id={listId}>
        {suggestions.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
    </div>
  );
}
