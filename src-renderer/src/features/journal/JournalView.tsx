// Side bar view 'journal': the profile pages, then every entry by month, with kind and tag filters.
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import type { EntrySummary } from '../../../../src-main/shared/domain';
import {
  ENTRY_KINDS,
  PROFILE_PAGES,
  PROFILE_SPECS,
  kindIcon,
  kindLabel,
  type EntryKind,
} from '../../../../src-main/shared/journal/entryKinds';
import { useFocusRescue } from '../../ui/useFocusRescue';
import { openEditor, useWorkbench } from '../../workbench/store';
import { KindFilter } from '../../ui/KindFilter';
import { NewEntryMenu } from './NewEntryMenu';
import { groupByMonth, shortDate } from '../../ui/monthGroups';
import { handleListKeyDown } from '../../ui/listNavigation';
import { displayTitle } from './useEntryDraft';
import { TagSelect } from '../../ui/TagSelect';
import { countsRead, listRead } from './journalQueries';
import { TreeGroup } from '../../ui/TreeGroup';

const NO_ENTRIES: EntrySummary[] = [];

export function JournalView() {
  const [kinds, setKinds] = useState<EntryKind[]>([]);
  const [tag, setTag] = useState('');
  const query = { ...(kinds.length ? { kinds } : {}), ...(tag ? { tag } : {}) };
  const list = listRead.use(query);
  const counts = countsRead.use({});
  const activeTab = useWorkbench((s) => s.activeTab);
  const listbox = useRef<HTMLDivElement>(null);
  useFocusRescue(listbox);
  // The month groups come in a second, interruptible render, so the editor opening beside them at
  // start does not wait for the list (its dates are the first use of the date formatter).
  const entries = useDeferredValue(list.data, NO_ENTRIES);
  const groups = useMemo(() => groupByMonth(entries ?? NO_ENTRIES), [entries]);
  const total = Object.values(counts.data ?? {}).reduce((a, b) => a + b, 0);
  const filtered = kinds.length > 0 || tag !== '';

  return (
    <div className="ladder-journal-view">
      <div className="ladder-view-toolbar">
        <span className="ladder-view-toolbar__title">Entries</span>
        <NewEntryMenu />
      </div>
      <KindFilter
        label="Filter by kind"
        kinds={ENTRY_KINDS}
        selected={kinds}
        counts={counts.data}
        onChange={setKinds}
      />
      <label className="ladder-field ladder-field--inline ladder-tag-filter">
        <span>Tag</span>
        <TagSelect label="Filter by tag" value={tag} onChange={setTag} />
      </label>
      <div
        ref={listbox}
        role="listbox"
        aria-label="Journal"
        className="ladder-tree"
        onKeyDown={(e) => handleListKeyDown(e)}
      >
        <TreeGroup label="Profile">
          {PROFILE_PAGES.map((page, index) => (
            <Row
              key={page}
              first={index === 0}
              selected={activeTab === `profile:${page}`}
              icon={PROFILE_SPECS[page].icon}
              title={PROFILE_SPECS[page].label}
              onOpen={() =>
                openEditor({ type: 'profile', id: page }, { title: PROFILE_SPECS[page].label })
              }
            />
          ))}
        </TreeGroup>
        {groups.map((group) => (
          <TreeGroup key={group.month} label={group.label}>
            {group.entries.map((entry) => (
              <EntryRow key={entry.id} entry={entry} selected={activeTab === `entry:${entry.id}`} />
            ))}
          </TreeGroup>
        ))}
      </div>
      {list.isSuccess && list.data.length === 0 && (
        <p className="ladder-empty">
          {filtered
            ? 'No entries match these filters. Turn a filter off to see more.'
            : total === 0
              ? 'Your journal is empty. Start with something you got done this week: use the + button above.'
              : 'No entries to show.'}
        </p>
      )}
      {list.isError && (
        <p className="ladder-empty" role="alert">
          The journal could not be loaded.
        </p>
      )}
    </div>
  );
}

function EntryRow({ entry, selected }: { entry: EntrySummary; selected: boolean }) {
  const title = displayTitle(entry);
  return (
    <Row
      selected={selected}
      icon={kindIcon(entry.kind)}
      iconLabel={kindLabel(entry.kind)}
      title={title}
      untitled={!entry.title.trim()}
      date={shortDate(entry.date)}
      onOpen={() => openEditor({ type: 'entry', id: entry.id }, { title })}
    />
  );
}

interface RowProps {
  icon: string;
  iconLabel?: string;
  title: string;
  untitled?: boolean;
  date?: string;
  selected: boolean;
  first?: boolean;
  onOpen: () => void;
}

function Row({ icon, iconLabel, title, untitled, date, selected, first, onOpen }: RowProps) {
  return (
    <div
      role="option"
      aria-selected={selected}
      // The first row is the list's way in from Tab; arrows move between rows after that.
      tabIndex={first ? 0 : -1}
      className={`ladder-tree__row${selected ? ' is-selected' : ''}`}
      onClick={onOpen}
      title={title}
    >
      <span
        className={`codicon codicon-${icon}`}
        {...(iconLabel ? { role: 'img', 'aria-label': iconLabel } : { 'aria-hidden': true })}
      />
      <span className={`ladder-tree__title${untitled ? ' is-untitled' : ''}`} dir="auto">
        {title}
      </span>
      {date && <span className="ladder-tree__date">{date}</span>}
    </div>
  );
}
