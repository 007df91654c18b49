// One agenda item: title, time box, talking points, questions, private notes and evidence. Memoised
// and holding its own draft, so typing in one item never renders the others.
import { memo, useCallback, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { AgendaItem } from '../../../../src-main/shared/conversations/conversations';
import { plainTextFromLexical } from '../../../../src-main/shared/journal/plainText';
import { PAGE_SESSION } from '../../api/pageSession';
import { IconButton } from '../../ui/IconButton';
import { SaveProblemNotice, type FieldChange } from '../../ui/SaveProblemNotice';
import { errorCode, errorMessage } from '../../ui/errorMessage';
import { notify } from '../../workbench/store';
import {
  addAgendaItem,
  docRead,
  putDoc,
  putItem,
  putItems,
  readDoc,
  updateAgendaItem,
} from './conversationQueries';
import { EvidenceList } from './EvidenceList';
import { LazyRichText } from './LazyRichText';
import { rememberAgendaItem, takeItemTitleFocus } from './focusRequests';
import { useTypedFocus } from '../../ui/useTypedFocus';
import { useGroupSaver } from '../../ui/save/saveGroup';
import { useDraft } from '../../ui/save/useDraft';
import { shortDay } from './whenLabel';

export interface AgendaActions {
  move(itemId: string, toIndex: number): void;
  remove(itemId: string, text: ItemDraft, evidenceCount: number): void;
  minutesChanged(itemId: string, minutes: number): void;
  addEvidence(itemId: string): void;
  removeEvidence(itemId: string, entryId: string): void;
  dragStart(itemId: string): void;
  dropOn(itemId: string): void;
  dragging(): boolean;
  /**
   * The item was deleted elsewhere while this card holds unsaved text: the agenda keeps showing the
   * card (even when the document is read again) until the text is saved as a new item or discarded.
   */
  keep?(item: AgendaItem, kept: boolean): void;
}

export interface ItemDraft {
  title: string;
  minutes: number;
  talkingPoints: string;
  privateNotes: string;
  questions: string;
}

interface Props {
  conversationId: string;
  item: AgendaItem;
  index: number;
  count: number;
  actions: AgendaActions;
}

const OWNER: Record<string, string> = { me: 'yours', them: 'theirs', both: 'shared' };

function itemFields(d: ItemDraft): FieldChange[] {
  return [
    { label: 'Title', theirs: '', mine: d.title },
    { label: 'Minutes', theirs: '', mine: String(d.minutes) },
    { label: 'Talking points', theirs: '', mine: plainTextFromLexical(d.talkingPoints) },
    { label: 'Questions I want to ask', theirs: '', mine: d.questions },
    { label: 'Private notes', theirs: '', mine: d.privateNotes },
  ];
}

/** The fields that differ between the stored item and the unsaved draft. */
function itemChanges(theirs: ItemDraft, mine: ItemDraft): FieldChange[] {
  const stored = itemFields(theirs);
  return itemFields(mine)
    .map((f, i) => ({ ...f, theirs: stored[i]?.mine ?? '' }))
    .filter((f) => f.theirs !== f.mine);
}

/** Everything typed in the item, as text to keep in view and to copy. */
function itemText(d: ItemDraft): string {
  return itemFields(d)
    .filter((f) => f.mine.trim() !== '' && f.label !== 'Minutes')
    .map((f) => `${f.label}: ${f.mine}`)
    .join('\n');
}

const draftOfItem = (i: AgendaItem): ItemDraft => ({
  title: i.title,
  minutes: i.minutes,
  talkingPoints: i.talkingPoints,
  privateNotes: i.privateNotes,
  questions: i.questions,
});

type Trouble = { kind: 'conflict'; theirs: ItemDraft; version: number } | { kind: 'gone' };

export const AgendaItemCard = memo(function AgendaItemCard({
  conversationId,
  item,
  index,
  count,
  actions,
}: Props) {
  const ids = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  // The item's version the draft is based on; changed or deleted elsewhere since, the save stops.
  const base = useRef(item.version);
  const [pointsGeneration, setPointsGeneration] = useState(0);
  const [pointsStart, setPointsStart] = useState(item.talkingPoints);
  const {
    draft,
    update,
    updateLazily,
    read,
    flush,
    saver,
    conflict: trouble,
    hold,
    applyMine: saveMine,
    keepTheirs: keepStored,
  } = useDraft({
    initial: (): ItemDraft => draftOfItem(item),
    useSaver: (save) => ({ saver: useGroupSaver<ItemDraft>(save) }),
    save: async (d) => {
      try {
        const saved = await updateAgendaItem({
          id: item.id,
          ...d,
          baseVersion: base.current,
          session: PAGE_SESSION,
        });
        base.current = Math.max(base.current, saved.version);
        putItem(conversationId, saved);
      } catch (error) {
        if (errorCode(error) === 'not-found') gone();
        throw error;
      }
    },
    reread: async (): Promise<Trouble> => {
      const fresh = await docRead.fresh({ id: conversationId }).catch(() => null);
      const stored = fresh?.items.find((i) => i.id === item.id);
      if (stored) return { kind: 'conflict', theirs: draftOfItem(stored), version: stored.version };
      actions.keep?.(item, true);
      return { kind: 'gone' };
    },
    onUseMine: (t) => {
      if (t.kind === 'conflict') base.current = t.version;
    },
    onKeepTheirs: (t) => {
      if (t.kind !== 'conflict') return;
      base.current = t.version;
      setPointsStart(t.theirs.talkingPoints);
      setPointsGeneration((g) => g + 1);
      return t.theirs;
    },
  });

  function gone() {
    hold({ kind: 'gone' });
    actions.keep?.(item, true);
  }
  // Use mine and Keep theirs answer a conflict; a deleted item offers Save as new or Discard instead.
  const applyMine = () => {
    if (trouble?.kind === 'conflict') saveMine();
  };
  const keepTheirs = () => {
    if (trouble?.kind === 'conflict') keepStored();
  };
  /** The item is gone: its text becomes a new item in the same place. */
  const saveAsNew = async () => {
    const d = read();
    try {
      const before = new Set(readDoc(conversationId)?.items.map((i) => i.id) ?? []);
      const added = await addAgendaItem({
        conversationId,
        title: d.title,
        minutes: d.minutes,
        index,
      });
      const fresh = added.items.find((i) => !before.has(i.id) && i.id !== item.id);
      if (fresh) {
        await updateAgendaItem({
          id: fresh.id,
          talkingPoints: d.talkingPoints,
          privateNotes: d.privateNotes,
          questions: d.questions,
          session: PAGE_SESSION,
        });
      }
      saver.discard();
      actions.keep?.(item, false);
      // The items as stored now; the details keep whatever the form holds.
      putItems(await docRead.fresh({ id: conversationId }));
    } catch (error) {
      notify('error', `The text could not be saved as a new item: ${errorMessage(error)}`);
    }
  };
  const discardMine = () => {
    saver.discard();
    hold(null);
    actions.keep?.(item, false);
    const current = readDoc(conversationId);
    if (current) putDoc({ ...current, items: current.items.filter((i) => i.id !== item.id) });
  };

  const onTalkingPoints = useCallback(
    (json: () => string) => updateLazily('talkingPoints', json),
    [updateLazily],
  );

  useTypedFocus(takeItemTitleFocus, item.id, titleRef, (typed) =>
    update({ title: draft.title + typed }),
  );

  const label = draft.title.trim() || `Item ${index + 1}`;
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    e.stopPropagation();
    const to = index + (e.key === 'ArrowUp' ? -1 : 1);
    if (to >= 0 && to < count) actions.move(item.id, to);
  };
  const carried = item.carriedFrom;

  return (
    <li
      className="ladder-agenda-item"
      data-item-id={item.id}
      aria-labelledby={`${ids}-heading`}
      onKeyDown={onKeyDown}
      onFocus={() => rememberAgendaItem(conversationId, item.id)}
      onBlur={flush}
      onDragOver={(e) => {
        if (actions.dragging()) e.preventDefault();
      }}
      onDrop={(e) => {
        e.preventDefault();
        actions.dropOn(item.id);
      }}
    >
      <div className="ladder-agenda-item__head">
        <span
          className="ladder-agenda-item__handle codicon codicon-gripper"
          draggable
          title="Drag to reorder (or Alt+Up / Alt+Down)"
          aria-hidden="true"
          onDragStart={(e) => {
            e.dataTransfer.effectAllowed = 'move';
            e.dataTransfer.setData('text/plain', item.id);
            actions.dragStart(item.id);
          }}
        />
        <span id={`${ids}-heading`} className="ladder-agenda-item__number">
          <span className="visually-hidden">Agenda item </span>
          {index + 1}
          <span className="visually-hidden">: {label}</span>
        </span>
        <input
          ref={titleRef}
          className="ladder-input ladder-agenda-item__title"
          aria-label={`Title of item ${index + 1}`}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
          dir="auto"
          maxLength={2000}
          placeholder="What to talk about"
          value={draft.title}
          onChange={(e) => update({ title: e.target.value })}
        />
        <label className="ladder-agenda-item__minutes">
          <input
            type="number"
            className="ladder-input"
            min={0}
            max={1440}
            aria-label={`Minutes for item ${index + 1}`}
            value={draft.minutes}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (!Number.isInteger(n) || n < 0 || n > 1440) return;
              update({ minutes: n });
              actions.minutesChanged(item.id, n);
            }}
          />
          <span aria-hidden="true">min</span>
        </label>
        <IconButton
          icon="arrow-up"
          aria-label={`Move item ${index + 1} up`}
          disabled={index === 0}
          onClick={() => actions.move(item.id, index - 1)}
        />
        <IconButton
          icon="arrow-down"
          aria-label={`Move item ${index + 1} down`}
          disabled={index === count - 1}
          onClick={() => actions.move(item.id, index + 1)}
        />
        <IconButton
          icon="trash"
          aria-label={`Remove item ${index + 1}`}
          onClick={() => actions.remove(item.id, read(), item.evidence.length)}
        />
      </div>
      {trouble?.kind === 'conflict' && (
        <SaveProblemNotice
          problem={{
            kind: 'conflict',
            what: 'This agenda item',
            changes: itemChanges(trouble.theirs, draft),
            mine: itemText(draft),
          }}
          onUseMine={applyMine}
          onKeepTheirs={keepTheirs}
        />
      )}
      {trouble?.kind === 'gone' && (
        <SaveProblemNotice
          problem={{ kind: 'gone', what: 'This agenda item', mine: itemText(draft) }}
          onSaveAsNew={() => void saveAsNew()}
          saveAsNewLabel="Save as a new item"
          onDiscard={discardMine}
        />
      )}
      {carried && (
        <p className="ladder-agenda-item__carried">
          <span className="codicon codicon-history" aria-hidden="true" /> Carried over from “
          {carried.fromTitle}”: {OWNER[carried.owner] ?? carried.owner}
          {carried.dueDate ? `, due ${shortDay(carried.dueDate)}` : ''},{' '}
          {carried.status === 'open' ? 'still open' : carried.status}.
        </p>
      )}
      {item.hints.length > 0 && (
        <ul className="ladder-agenda-item__hints" aria-label={`Prompts for item ${index + 1}`}>
          {item.hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      )}
      <div className="ladder-field">
        <span className="ladder-conv-label">Talking points</span>
        <LazyRichText
          key={pointsGeneration}
          initialState={pointsStart}
          onEdit={onTalkingPoints}
          onBlur={flush}
          ariaLabel={`Talking points for item ${index + 1}`}
          placeholder="What you want to say, in a few points"
        />
      </div>
      <div className="ladder-field">
        <label htmlFor={`${ids}-questions`}>Questions I want to ask</label>
        <textarea
          id={`${ids}-questions`}
          aria-label={`Questions I want to ask, item ${index + 1}`}
          className="ladder-input"
          rows={2}
          dir="auto"
          value={draft.questions}
          onChange={(e) => update({ questions: e.target.value })}
        />
      </div>
      <div className="ladder-field ladder-agenda-item__private">
        <label htmlFor={`${ids}-private`}>
          <span className="codicon codicon-lock" aria-hidden="true" /> Private notes: never in the
          manager's copy
        </label>
        <textarea
          id={`${ids}-private`}
          aria-label={`Private notes for item ${index + 1}, never in the manager's copy`}
          className="ladder-input"
          rows={2}
          dir="auto"
          value={draft.privateNotes}
          onChange={(e) => update({ privateNotes: e.target.value })}
        />
      </div>
      <EvidenceList
        evidence={item.evidence}
        itemLabel={`item ${index + 1}`}
        onAdd={() => actions.addEvidence(item.id)}
        onRemove={(entryId) => actions.removeEvidence(item.id, entryId)}
      />
    </li>
  );
});
