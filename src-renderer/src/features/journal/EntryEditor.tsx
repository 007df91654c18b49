// The entry form: kind badge, title, date, the kind's own fields, tags, then the rich-text body.
import { useId, useRef } from 'react';
import type { Entry } from '../../../../src-main/shared/domain';
import {
  isEntryKind,
  KIND_SPECS,
  kindIcon,
  kindLabel,
} from '../../../../src-main/shared/journal/entryKinds';
import { RichTextEditor } from '../../editor/RichTextEditor';
import { TagInput } from './TagInput';
import { takeTitleFocus } from './focusRequests';
import { useEntryDraft } from './useEntryDraft';
import { SaveProblemNotice } from '../../ui/SaveProblemNotice';
import { useTypedFocus } from '../../ui/useTypedFocus';

interface Props {
  entry: Entry;
  tabKey: string;
  reveal: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function EntryEditor({ entry, tabKey, reveal }: Props) {
  const { draft, update, updateBody, flush, problem, applyMine, keepTheirs } = useEntryDraft(
    entry,
    tabKey,
  );
  const titleRef = useRef<HTMLInputElement>(null);
  const formId = useId();
  const spec = isEntryKind(entry.kind) ? KIND_SPECS[entry.kind] : null;

  useTypedFocus(takeTitleFocus, entry.id, titleRef, (typed) =>
    update({ title: draft.title + typed }),
  );

  return (
    <div className="ladder-entry" aria-label={`${kindLabel(entry.kind)} entry`} role="region">
      <header className="ladder-entry__header">
        <span className="ladder-kind-badge">
          <span className={`codicon codicon-${kindIcon(entry.kind)}`} aria-hidden="true" />
          {kindLabel(entry.kind)}
        </span>
        {entry.deletedAt !== null && <span className="ladder-entry__trashed">In the Trash</span>}
      </header>
      {problem && (
        <SaveProblemNotice problem={problem} onUseMine={applyMine} onKeepTheirs={keepTheirs} />
      )}
      <input
        ref={titleRef}
        className="ladder-entry__title"
        aria-label="Title"
        dir="auto"
        placeholder={spec?.prompt ?? 'Title'}
        value={draft.title}
        onChange={(e) => update({ title: e.target.value })}
        onBlur={flush}
      />
      <div className="ladder-entry__meta">
        <label className="ladder-field ladder-field--inline">
          <span>Date</span>
          <input
            type="date"
            className="ladder-input"
            aria-label="Date"
            value={draft.date}
            onChange={(e) => {
              if (ISO_DATE.test(e.target.value)) update({ date: e.target.value });
            }}
            onBlur={flush}
          />
        </label>
        <TagInput tags={draft.tags} onChange={(tags) => update({ tags })} onBlur={flush} />
      </div>
      {spec && spec.fields.length > 0 && (
        <div className="ladder-entry__fields">
          {spec.fields.map((field) => {
            const id = `${formId}-${field.key}`;
            const common = {
              id,
              className: 'ladder-input',
              dir: 'auto' as const,
              placeholder: field.hint,
              value: draft.fields[field.key] ?? '',
              onBlur: flush,
            };
            return (
              <div key={field.key} className="ladder-field">
                <label htmlFor={id}>{field.label}</label>
                {field.multiline ? (
                  <textarea
                    {...common}
                    rows={3}
                    onChange={(e) =>
                      update({ fields: { ...draft.fields, [field.key]: e.target.value } })
                    }
                  />
                ) : (
                  <input
                    {...common}
                    onChange={(e) =>
                      update({ fields: { ...draft.fields, [field.key]: e.target.value } })
                    }
                  />
                )}
              </div>
            );
          })}
        </div>
      )}
      <div className="ladder-entry__body">
        <RichTextEditor
          initialState={entry.body}
          onDocumentChange={updateBody}
          onBlur={flush}
          ariaLabel="Entry body"
          placeholder={
            spec ? 'Tell the story: what happened, who was there, what it led to.' : undefined
          }
          reveal={reveal}
        />
      </div>
    </div>
  );
}
