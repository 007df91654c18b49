// One action item, edited in place: text (saved when focus leaves it), owner, due date and status.
import { useState } from 'react';
import {
  ACTION_OWNERS,
  ACTION_STATUSES,
  type ActionItem,
  type ActionOwner,
  type ActionStatus,
} from '../../../../../src-main/shared/conversations/conversations';
import { Codicon } from '../../../ui/Codicon';
import { IconButton } from '../../../ui/IconButton';
import { OWNER_LABELS } from '../../../ui/dueText';
import { keepFocusWhenRowGoes } from '../../../ui/keepFocus';
import { updateAction, writeDoc } from './panelWrites';

const STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  done: 'Done',
  dropped: 'Dropped',
};

export function ActionRow({ action, overdue }: { action: ActionItem; overdue: boolean }) {
  const [text, setText] = useState(action.text);
  const [savedText, setSavedText] = useState(action.text);
  // A newer text from the main side (another view) replaces ours only while ours is unchanged.
  if (action.text !== savedText) {
    setSavedText(action.text);
    if (text === savedText) setText(action.text);
  }
  const name = action.text || 'this action';
  const saveText = () => {
    const next = text.trim();
    if (!next || next === action.text) return;
    void updateAction(
      { id: action.id, text: next, baseVersion: action.version },
      'The action could not be saved',
      action.conversationId,
    );
  };
  const setStatus = (status: ActionStatus) =>
    void updateAction({ id: action.id, status }, 'The status could not be changed');
  return (
    <li
      className={`panel-row action${overdue ? ' is-overdue' : ''}${action.status !== 'open' ? ' is-closed' : ''}`}
    >
      <input
        type="checkbox"
        className="action__done"
        checked={action.status === 'done'}
        onChange={(e) => setStatus(e.target.checked ? 'done' : 'open')}
        aria-label={`Done: ${name}`}
      />
      <div className="panel-row__main action__fields">
        <input
          className={`ladder-input action__text${action.status !== 'open' ? ' panel-done' : ''}`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={saveText}
          onKeyDown={(e) => {
            if (e.key === 'Enter') saveText();
            if (e.key === 'Escape') setText(action.text);
          }}
          aria-label={`Action: ${name}`}
          maxLength={2000}
        />
        <div className="action__meta">
          <select
            className="ladder-input"
            value={action.owner}
            onChange={(e) =>
              void updateAction(
                { id: action.id, owner: e.target.value as ActionOwner },
                'The owner could not be changed',
              )
            }
            aria-label={`Owner of ${name}`}
          >
            {ACTION_OWNERS.map((o) => (
              <option key={o} value={o}>
                {OWNER_LABELS[o]}
              </option>
            ))}
          </select>
          <input
            className="ladder-input"
            type="date"
            value={action.dueDate ?? ''}
            onChange={(e) =>
              void updateAction(
                { id: action.id, dueDate: e.target.value || null },
                'The due date could not be changed',
              )
            }
            aria-label={`Due date of ${name}`}
          />
          <select
            className="ladder-input"
            value={action.status}
            onChange={(e) => setStatus(e.target.value as ActionStatus)}
            aria-label={`Status of ${name}`}
          >
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          {overdue && (
            <span className="action__overdue">
              <Codicon name="warning" /> Overdue
            </span>
          )}
        </div>
      </div>
      <IconButton
        icon="trash"
        className="ladder-icon-button"
        aria-label={`Remove ${name}`}
        onClick={(e) => {
          const stopWatching = keepFocusWhenRowGoes(e.currentTarget, {
            scope: '.panel.actions',
            row: '.action',
            fallback: '.action-add__text',
          });
          void writeDoc(
            'actions.remove',
            { id: action.id },
            'The action could not be removed',
          ).then((doc) => doc ?? stopWatching());
        }}
      />
    </li>
  );
}
