// The Follow-ups view: open action items across conversations, overdue first. A row opens its
// conversation; the round button (a tick on hover or focus) marks the item done in place.
import { useState } from 'react';
import type { FollowUp } from '../../../../src-main/shared/conversations/conversations';
import { Codicon } from '../../ui/Codicon';
import { IconButton } from '../../ui/IconButton';
import { keepFocusWhenRowGoes } from '../../ui/keepFocus';
import { notify, openEditor } from '../../workbench/store';
import { errorMessage } from '../../ui/errorMessage';
import { setActionStatus } from './followupQueries';
import { OWNER_LABELS, dueText } from '../../ui/dueText';
import { useFollowUps } from '../../ui/useFollowUps';
import './followups.css';

function FollowUpRow({ item }: { item: FollowUp }) {
  const [busy, setBusy] = useState(false);
  const markDone = async (button: HTMLElement) => {
    if (busy) return;
    setBusy(true);
    // The done row leaves the list: the focus goes on to the next row's button, not to the page.
    const stopWatching = keepFocusWhenRowGoes(button, {
      scope: '.followups',
      row: '.followup',
      fallback: '.followups__summary',
    });
    try {
      await setActionStatus(item.id, 'done');
    } catch (error) {
      stopWatching();
      notify('error', `Could not mark the item done: ${errorMessage(error)}`);
      setBusy(false);
    }
  };
  const who = [item.personName, item.conversationTitle || 'Untitled conversation']
    .filter(Boolean)
    .join(' · ');
  return (
    <li className={`followup${item.overdue ? ' followup--overdue' : ''}`}>
      <IconButton
        icon="circle-large-outline"
        className="ladder-icon-button followup__done"
        aria-label={`Mark done: ${item.text}`}
        // aria-disabled, not disabled: a disabled button drops the focus to the page while the write runs.
        aria-disabled={busy}
        onClick={(e) => void markDone(e.currentTarget)}
      />
      <button
        type="button"
        className="ladder-link followup__open"
        onClick={() =>
          openEditor(
            { type: 'conversation', id: item.conversationId },
            { title: item.conversationTitle.trim() || 'Untitled conversation' },
          )
        }
        // The name holds the visible text in order (WCAG 2.5.3, label in name), with pauses between parts.
        aria-label={`${item.text}. ${dueText(item.dueDate, item.overdue)} · ${OWNER_LABELS[item.owner]}. ${who}`}
      >
        {/* The spaces between parts keep the words apart in the text (flex layout ignores them). */}
        <span className="followup__text">{item.text}</span>{' '}
        <span className="followup__meta">
          {item.overdue && <Codicon name="warning" />}
          {/* A no-break space: "· Me" never starts a line on its own. */}
          <span>{dueText(item.dueDate, item.overdue)}</span>
          {'\u00a0'}
          <span>· {OWNER_LABELS[item.owner]}</span>
        </span>{' '}
        <span className="followup__meta">{who}</span>
      </button>
    </li>
  );
}

function Group({ title, items }: { title: string; items: FollowUp[] }) {
  if (items.length === 0) return null;
  const id = `followups-${title.toLowerCase()}`;
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="ladder-tree__heading">
        {title} ({items.length})
      </h3>
      <ul className="followups__list">
        {items.map((item) => (
          <FollowUpRow key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}

export function FollowUpsView() {
  const { data, error, isPending } = useFollowUps();
  if (error)
    return (
      <p className="ladder-empty" role="alert">
        Could not read the follow-ups: {errorMessage(error)}
      </p>
    );
  if (isPending || !data) return <p className="ladder-empty">Reading follow-ups…</p>;
  const overdue = data.items.filter((i) => i.overdue);
  const open = data.items.filter((i) => !i.overdue);
  return (
    <div className="followups">
      {/* tabIndex -1: where the focus goes when the last item is marked done. */}
      <p className="followups__summary" role="status" tabIndex={-1}>
        {data.items.length === 0
          ? 'Nothing open.'
          : `${data.items.length} open, ${data.overdueCount} overdue`}
      </p>
      {data.items.length === 0 ? (
        <p className="ladder-empty">
          Action items you write in a conversation's action plan wait here until they are done, the
          late ones first.
        </p>
      ) : (
        <>
          <Group title="Overdue" items={overdue} />
          <Group title="Open" items={open} />
        </>
      )}
    </div>
  );
}
