// Section "Agenda": the ordered items, their time boxes against the meeting's length, reordering by
// drag and drop or Alt+Up / Alt+Down, adding and removing items.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type {
  AgendaItem,
  ConversationDoc,
} from '../../../../src-main/shared/conversations/conversations';
import { notify } from '../../workbench/store';
import { confirmDialog } from '../../ui/confirm';
import { errorMessage } from '../../ui/errorMessage';
import { AgendaItemCard, type AgendaActions } from './AgendaItemCard';
import { hasContent, reorder, totalMinutes } from './agendaRules';
import { addEvidence } from './conversationActions';
import {
  addAgendaItem,
  docRead,
  moveAgendaItem,
  putDoc,
  putItems,
  readDoc,
  removeAgendaItem,
  unlinkItemEvidence,
} from './conversationQueries';
import { requestItemTitleFocus } from './focusRequests';
import { heldTextNote, holdTypedKeys } from '../../ui/heldKeys';
import type { ConversationSectionProps } from './sections';
import { minutesLabel } from './whenLabel';

export function AgendaSection({ conversationId }: ConversationSectionProps) {
  const doc = docRead.use({ id: conversationId });
  if (!doc.data) return null;
  return <Agenda doc={doc.data} />;
}

function Agenda({ doc }: { doc: ConversationDoc }) {
  const conversationId = doc.conversation.id;
  const [liveMinutes, setLiveMinutes] = useState<Record<string, number>>({});
  const [announcement, setAnnouncement] = useState('');
  const dragId = useRef<string | null>(null);
  // The element that had focus when a move started: React moves the item's node, which drops focus.
  const refocus = useRef<HTMLElement | null>(null);
  const [moves, setMoves] = useState(0);
  // Items deleted elsewhere whose card still holds unsaved text: shown where they were.
  const [kept, setKept] = useState<AgendaItem[]>([]);
  const items = useMemo(() => {
    const shown = [...doc.items];
    for (const k of kept)
      if (!shown.some((i) => i.id === k.id)) shown.splice(Math.min(k.position, shown.length), 0, k);
    return shown;
  }, [doc.items, kept]);

  useLayoutEffect(() => {
    const target = refocus.current;
    refocus.current = null;
    if (target && target.isConnected && document.activeElement !== target) target.focus();
  }, [moves]);

  const actions = useMemo<AgendaActions>(() => {
    const move = (itemId: string, toIndex: number) => {
      const current = readDoc(conversationId);
      if (!current) return;
      const from = current.items.findIndex((i) => i.id === itemId);
      if (from < 0 || from === toIndex) return;
      const items = reorder(current.items, from, toIndex);
      const active = document.activeElement;
      const itemNode =
        active instanceof HTMLElement ? active.closest<HTMLElement>('[data-item-id]') : null;
      if (itemNode?.dataset.itemId === itemId) refocus.current = active as HTMLElement;
      putDoc({ ...current, items });
      setMoves((n) => n + 1);
      const moved = items.find((i) => i.id === itemId);
      const title = moved?.title.trim() || 'Item';
      const position = items.findIndex((i) => i.id === itemId) + 1;
      setAnnouncement(`${title} moved to position ${position} of ${items.length}.`);
      moveAgendaItem({ id: itemId, toIndex: position - 1 }).then(
        (saved) => {
          // Later moves already reordered the cache: only the last answer is put back.
          const latest = readDoc(conversationId);
          if (
            latest &&
            latest.items.map((i) => i.id).join() === saved.items.map((i) => i.id).join()
          )
            putDoc({ ...saved, conversation: latest.conversation });
        },
        (error: unknown) => {
          const latest = readDoc(conversationId);
          if (latest) putDoc({ ...latest, items: reorder(latest.items, position - 1, from) });
          notify('error', `Could not move the item: ${errorMessage(error)}`);
        },
      );
    };
    return {
      move,
      async remove(itemId, text, evidenceCount) {
        if (hasContent(text, evidenceCount)) {
          const ok = await confirmDialog({
            title: 'Remove this agenda item?',
            message: 'Its talking points, questions, private notes and linked evidence go with it.',
            confirmLabel: 'Remove item',
            danger: true,
          });
          if (!ok) return;
        }
        try {
          await removeAgendaItem({ id: itemId });
          setAnnouncement('Item removed.');
        } catch (error) {
          notify('error', `Could not remove the item: ${errorMessage(error)}`);
        }
      },
      minutesChanged(itemId, minutes) {
        setLiveMinutes((m) => ({ ...m, [itemId]: minutes }));
      },
      addEvidence(itemId) {
        void addEvidence(conversationId, itemId);
      },
      async removeEvidence(itemId, entryId) {
        try {
          await unlinkItemEvidence({ itemId, entryId });
          setAnnouncement('Evidence removed.');
        } catch (error) {
          notify('error', `Could not remove the evidence: ${errorMessage(error)}`);
        }
      },
      dragStart(itemId) {
        dragId.current = itemId;
      },
      dropOn(itemId) {
        const dragged = dragId.current;
        dragId.current = null;
        const current = readDoc(conversationId);
        if (!dragged || !current || dragged === itemId) return;
        const to = current.items.findIndex((i) => i.id === itemId);
        if (to >= 0) move(dragged, to);
      },
      dragging: () => dragId.current !== null,
      keep(item, on) {
        setKept((list) => [...list.filter((k) => k.id !== item.id), ...(on ? [item] : [])]);
      },
    };
  }, [conversationId]);

  const addItem = async () => {
    const held = holdTypedKeys();
    try {
      const saved = await addAgendaItem({ conversationId });
      const latest = readDoc(conversationId);
      const added = saved.items.find((i) => !latest?.items.some((l) => l.id === i.id));
      if (added) requestItemTitleFocus(added.id, held);
      else held.stop();
      putItems(saved);
    } catch (error) {
      notify('error', `Could not add an item: ${errorMessage(error)}${heldTextNote(held.stop())}`);
    }
  };

  const total = totalMinutes(doc.items, liveMinutes);
  const duration = doc.conversation.durationMin;
  const over = duration > 0 && total > duration;

  return (
    <div className="ladder-agenda">
      <p className={`ladder-agenda__total${over ? ' is-over' : ''}`} aria-live="polite">
        {over && <span className="codicon codicon-warning" aria-hidden="true" />}
        <span>
          Planned {minutesLabel(total)} of {minutesLabel(duration)}
          {over
            ? `: ${minutesLabel(total - duration)} over. Shorten an item or ask for more time.`
            : '.'}
        </span>
      </p>
      {items.length === 0 ? (
        <p className="ladder-empty">
          No agenda items yet. Start with the topic that serves your expected outcome most.
        </p>
      ) : (
        <ol className="ladder-agenda__list" aria-label="Agenda items" data-count={items.length}>
          {items.map((item, index) => (
            <AgendaItemCard
              key={item.id}
              conversationId={conversationId}
              item={item}
              index={index}
              count={items.length}
              actions={actions}
            />
          ))}
        </ol>
      )}
      <button type="button" className="ladder-button" onClick={() => void addItem()}>
        <span className="codicon codicon-add" aria-hidden="true" /> Add agenda item
      </button>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
