// The action plan: next steps with an owner, a due date and a status; overdue ones stand out, and the
// unfinished items of earlier conversations with the same person are listed above them.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import {
  ACTION_OWNERS,
  type ActionOwner,
  type CarriedAction,
} from '../../../../../src-main/shared/conversations/conversations';
import { Codicon } from '../../../ui/Codicon';
import { refocusAfterAdd } from '../../../ui/keepFocus';
import { openEditor } from '../../../workbench/store';
import { OWNER_LABELS, dueText } from '../../../ui/dueText';
import { useFollowUps } from '../../../ui/useFollowUps';
import type { ConversationSectionProps } from '../sections';
import { ActionRow } from './ActionRow';
import { updateAction, useConversationDoc, writeDoc } from './panelWrites';
import './panels.css';

function CarriedRow({ carried, overdue }: { carried: CarriedAction; overdue: boolean }) {
  const open = carried.status === 'open';
  return (
    <li className={`panel-row${overdue ? ' is-overdue' : ''}`}>
      <div className="panel-row__main">
        <span className={open ? '' : 'panel-done'}>{carried.text}</span>
        <span className="panel-meta">
          {overdue && <Codicon name="warning" />}
          {open
            ? dueText(carried.dueDate, overdue)
            : carried.status === 'done'
              ? 'Done'
              : 'Dropped'}{' '}
          · {OWNER_LABELS[carried.owner]} · from{' '}
          <button
            type="button"
            className="ladder-link panel-link"
            onClick={() => openEditor({ type: 'conversation', id: carried.fromConversationId })}
          >
            {carried.fromTitle.trim() || 'an untitled conversation'}
          </button>
        </span>
      </div>
      {open && (
        <button
          type="button"
          className="ladder-button panel-row__action"
          onClick={() =>
            void updateAction(
              { id: carried.actionId, status: 'done' },
              'The item could not be marked done',
            )
          }
          aria-label={`Mark done: ${carried.text}`}
        >
          Mark done
        </button>
      )}
    </li>
  );
}

function AddActionForm({ conversationId }: { conversationId: string }) {
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<ActionOwner>('me');
  const [dueDate, setDueDate] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    const doc = await writeDoc(
      'actions.add',
      { conversationId, text: text.trim(), owner, dueDate: dueDate || null },
      'The action could not be added',
    );
    // What was typed stays in the form when the write fails.
    if (doc) {
      refocusAfterAdd(field.current);
      setText('');
      setDueDate('');
    }
  };
  return (
    <form className="action-add" onSubmit={(e) => void submit(e)} aria-label="New action item">
      <input
        ref={field}
        className="ladder-input action-add__text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-label="New action"
        placeholder="A next step, e.g. shadow the team lead for a sprint"
        maxLength={2000}
      />
      <select
        className="ladder-input"
        value={owner}
        onChange={(e) => setOwner(e.target.value as ActionOwner)}
        aria-label="Owner of the new action"
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
        value={dueDate}
        onChange={(e) => setDueDate(e.target.value)}
        aria-label="Due date of the new action"
      />
      <button type="submit" className="ladder-button" disabled={!text.trim()}>
        Add action
      </button>
    </form>
  );
}

export function ActionPlanSection({ conversationId }: ConversationSectionProps) {
  const doc = useConversationDoc(conversationId);
  // "Overdue" as the main side reckons it, so this list, the view and the status bar always agree.
  const followUps = useFollowUps();
  const overdue = useMemo(
    () => new Set(followUps.data?.items.filter((i) => i.overdue).map((i) => i.id)),
    [followUps.data],
  );
  if (doc.error)
    return (
      <p className="panel-message" role="alert">
        The action plan could not be read.
      </p>
    );
  if (!doc.data) return <p className="panel-message">Reading the action plan…</p>;
  const { actions, carriedOver } = doc.data;
  return (
    <div className="panel actions">
      {carriedOver.length > 0 && (
        <section aria-labelledby={`carried-${conversationId}`}>
          <h4 id={`carried-${conversationId}`} className="panel-subheading">
            Carried over from earlier conversations
          </h4>
          <ul className="panel-list">
            {carriedOver.map((c) => (
              <CarriedRow key={c.actionId} carried={c} overdue={overdue.has(c.actionId)} />
            ))}
          </ul>
        </section>
      )}
      {actions.length === 0 ? (
        <p className="panel-message">
          No actions yet. Write down each next step with who owns it and by when.
        </p>
      ) : (
        <ul className="panel-list" aria-label="Action items">
          {actions.map((a) => (
            <ActionRow key={a.id} action={a} overdue={overdue.has(a.id)} />
          ))}
        </ul>
      )}
      <AddActionForm conversationId={conversationId} />
    </div>
  );
}
