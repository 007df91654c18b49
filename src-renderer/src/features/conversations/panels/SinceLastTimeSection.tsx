// Since last time: the accomplishments, praise and lessons written since the last held conversation
// with the same person, each one action away from an agenda item.
import { useMemo, useState } from 'react';
import type {
  AgendaItem,
  SinceLastTime,
} from '../../../../../src-main/shared/conversations/conversations';
import { kindIcon, kindLabel } from '../../../../../src-main/shared/journal/entryKinds';
import { Codicon } from '../../../ui/Codicon';
import { notify, openEditor, showQuickPick } from '../../../workbench/store';
import { formatDate } from '../../../workbench/StatusBar';
import type { ConversationSectionProps } from '../sections';
import { useActiveRefetch } from './useActiveRefetch';
import { useConversationDoc, writeDoc } from './panelWrites';
import { useLiveRead } from '../conversationQueries';
import './panels.css';

/** Shown at first; a long journal stays quick to render until asked for more. */
const FIRST_SHOWN = 50;

type SinceEntry = SinceLastTime['entries'][number];

async function addToAgenda(entry: SinceEntry, items: AgendaItem[]): Promise<void> {
  const free = items.filter((i) => !i.evidence.some((e) => e.id === entry.id));
  if (items.length === 0) {
    notify('info', 'The agenda has no items yet. Add one, then link this entry to it.');
    return;
  }
  const itemId =
    free.length === 1 && items.length === 1
      ? free[0]!.id
      : await showQuickPick(
          free.map((i, n) => ({
            label: i.title.trim() || `Item ${n + 1}`,
            description: i.minutes ? `${i.minutes} min` : undefined,
            value: i.id,
          })),
          `Add "${entry.title || 'this entry'}" to which agenda item?`,
        );
  if (!itemId) return;
  await writeDoc(
    'agenda.linkEvidence',
    { itemId, entryId: entry.id },
    'The entry could not be added to the agenda',
  );
}

function sinceText(data: SinceLastTime): string {
  if (!data.since) return 'No earlier held conversation with this person, so every entry counts.';
  const title = data.since.title.trim() || 'an untitled conversation';
  return `Written since your last conversation on ${formatDate(data.since.heldOn)} (${title}).`;
}

export function SinceLastTimeSection({ conversationId, active }: ConversationSectionProps) {
  const since = useLiveRead('conversations.sinceLastTime', conversationId);
  useActiveRefetch(active, since.refetch);
  const doc = useConversationDoc(conversationId);
  const [showAll, setShowAll] = useState(false);
  const items = useMemo(() => doc.data?.items ?? [], [doc.data]);
  // Entry id → the agenda items that already show it.
  const linked = useMemo(() => {
    const map = new Map<string, string[]>();
    items.forEach((item, n) => {
      for (const e of item.evidence)
        map.set(e.id, [...(map.get(e.id) ?? []), item.title.trim() || `Item ${n + 1}`]);
    });
    return map;
  }, [items]);

  if (since.error)
    return (
      <p className="panel-message" role="alert">
        The entries since last time could not be read.
      </p>
    );
  if (!since.data) return <p className="panel-message">Reading the journal…</p>;
  const entries = showAll ? since.data.entries : since.data.entries.slice(0, FIRST_SHOWN);
  return (
    <div className="panel since">
      <p className="panel-muted">{sinceText(since.data)}</p>
      {since.data.entries.length === 0 ? (
        <p className="panel-message">
          No accomplishments, praise or lessons in that time. Entries you add to the journal show
          here as evidence.
        </p>
      ) : (
        <ul className="panel-list" aria-label="Entries since last time">
          {entries.map((entry) => {
            const on = linked.get(entry.id);
            const title = entry.title.trim() || `Untitled ${kindLabel(entry.kind).toLowerCase()}`;
            return (
              <li key={entry.id} className="panel-row since__entry">
                <div className="panel-row__main">
                  <button
                    type="button"
                    className="ladder-link panel-link panel-row__title"
                    onClick={() => openEditor({ type: 'entry', id: entry.id })}
                  >
                    {title}
                  </button>
                  <span className="panel-meta">
                    <Codicon name={kindIcon(entry.kind)} />
                    {kindLabel(entry.kind)} · {formatDate(entry.date)}
                  </span>
                  {entry.impact && <span className="panel-row__impact">{entry.impact}</span>}
                  {on && (
                    <span className="panel-meta panel-linked">
                      <Codicon name="link" /> On the agenda: {on.join(', ')}
                    </span>
                  )}
                </div>
                <button
                  type="button"
                  className="ladder-button panel-row__action"
                  disabled={!doc.data || ((on?.length ?? 0) >= items.length && items.length > 0)}
                  onClick={() => void addToAgenda(entry, items)}
                  aria-label={`Add ${title} to an agenda item`}
                >
                  Add to agenda item…
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {!showAll && since.data.entries.length > FIRST_SHOWN && (
        <button type="button" className="ladder-button" onClick={() => setShowAll(true)}>
          Show all {since.data.entries.length} entries
        </button>
      )}
    </div>
  );
}
