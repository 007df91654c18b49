// Tags of a question as chips (the journal's TagInput pattern), suggesting tags used in the bank.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { MAX_TAG, MAX_TAGS } from '../../../../src-main/shared/limits';
import { useApi } from '../../api/query';
import { tagsInUse } from './questionGroups';

interface Props {
  tags: string[];
  onChange: (tags: string[]) => void;
  onBlur?: () => void;
}

/** No commas, no leading '#' or spaces (the store's rule for tags). */
export function normaliseTag(raw: string): string {
  return raw.replace(/,/g, ' ').trim().replace(/^#+/, '').trim().slice(0, MAX_TAG);
}

export function QuestionTagInput({ tags, onChange, onBlur }: Props) {
  const [text, setText] = useState('');
  const listId = useId();
  const bank = useApi('questions.list', { includeHidden: true });
  const suggestions = useMemo(() => tagsInUse(bank.data ?? []).filter((t) => !tags.includes(t)), [bank.data, tags]);
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
  return (
    <div className="ladder-tags">
      <ul className="ladder-tags__chips" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} className="ladder-chip">
            <span dir="auto">{tag}</span>
            <button type="button" className="ladder-chip__remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
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
