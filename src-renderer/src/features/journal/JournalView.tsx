// Side bar view 'journal': the profile pages, then every entry by month, with kind and tag filters.
// The months and their counts come from the main side; the rows are read a page at a time, only
// those in view (VirtualMonthList), so the list costs the same at 100 entries or 100,000.
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { EntrySummary } from '../../../../src-main/shared/domain';
import {
  ENTRY_KINDS,
  PROFILE_PAGES,
  PROFILE_SPECS,
  kindIcon,
  kindLabel,
  type EntryKind,
} from '../../../../src-main/shared/journal/entryKinds';
import { monthLabel } from '../../../../src-main/shared/dates';
import { useFocusRescue } from '../../ui/useFocusRescue';
import { openEditor, useWorkbench } from '../../workbench/store';
import { KindFilter } from '../../ui/KindFilter';
import { NewEntryMenu } from './NewEntryMenu';
import { shortDate } from '../../ui/monthGroups';
import { handleListKeyDown } from '../../ui/listNavigation';
import { displayTitle } from './useEntryDraft';
import { TagSelect } from '../../ui/TagSelect';
import { countsRead, monthsRead, pageRead } from './journalQueries';
import { LIST_PAGE } from '../../../../src-main/shared/journal/journalChannels';
import { TreeGroup } from '../../ui/TreeGroup';
import {
  VirtualMonthList,
  type VirtualMonthListHandle,
  type VirtualRowProps,
} from '../../ui/VirtualMonthList';

/** The pages (of LIST_PAGE rows) that hold entries first..last. */
function pagesFor(range: { first: number; last: number } | null): number[] {
  if (!range) return [0];
  const pages: number[] = [];
  for (let p = Math.floor(range.first / LIST_PAGE); p <= Math.floor(range.last / LIST_PAGE); p++)
    pages.push(p);
  return pages;
}

export function JournalView() {
  const [kinds, setKinds] = useState<EntryKind[]>([]);
  const [tag, setTag] = useState('');
  const filter = useMemo(
    () => ({ ...(kinds.length ? { kinds } : {}), ...(tag ? { tag } : {}) }),
    [kinds, tag],
  );
  const months = monthsRead.use(filter);
  const counts = countsRead.use({});
  const [range, setRange] = useState<{ first: number; last: number } | null>(null);
  const onRange = useCallback(
    (first: number, last: number) =>
      setRange((r) => (r?.first === first && r.last === last ? r : { first, last })),
    [],
  );
  const pageNumbers = pagesFor(range);
  const pages = useQueries({
    queries: pageNumbers.map((p) =>
      pageRead.options({ ...filter, offset: p * LIST_PAGE, limit: LIST_PAGE }),
    ),
  });
  const rowAt = (index: number): EntrySummary | undefined => {
    const page = Math.floor(index / LIST_PAGE);
    const at = pageNumbers.indexOf(page);
    // The focused row stays drawn when scrolled away: its page is then read from the cache.
    const rows =
      at >= 0
        ? pages[at]?.data
        : pageRead.peek({ ...filter, offset: page * LIST_PAGE, limit: LIST_PAGE });
    return rows?.[index % LIST_PAGE];
  };
  const activeTab = useWorkbench((s) => s.activeTab);
  const listbox = useRef<HTMLDivElement>(null);
  const virtual = useRef<VirtualMonthListHandle>(null);
  useFocusRescue(listbox);
  const total = Object.values(counts.data ?? {}).reduce((a, b) => a + b, 0);
  const shown = months.data?.reduce((a, m) => a + m.count, 0);
  const filtered = kinds.length > 0 || tag !== '';

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const active = document.activeElement as HTMLElement | null;
    const index = active?.dataset.entryIndex;
    if (index !== undefined && virtual.current?.handleKey(e, Number(index))) return;
    const profileRows = PROFILE_PAGES.length;
    const inProfile = index === undefined;
    const last = inProfile && active?.dataset.profileIndex === String(profileRows - 1);
    if ((last && e.key === 'ArrowDown') || (inProfile && e.key === 'End')) {
      if (shown) {
        e.preventDefault();
        virtual.current?.focusEntry(e.key === 'End' ? shown - 1 : 0);
        return;
      }
    }
    if (index === '0' && e.key === 'ArrowUp') {
      e.preventDefault();
      listbox.current
        ?.querySelector<HTMLElement>(`[data-profile-index="${profileRows - 1}"]`)
        ?.focus();
      return;
    }
    handleListKeyDown(e);
  };

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
        onKeyDown={onKeyDown}
      >
        <TreeGroup label="Profile">
          {PROFILE_PAGES.map((page, index) => (
            <Row
              key={page}
              first={index === 0}
              profileIndex={index}
              selected={activeTab === `profile:${page}`}
              icon={PROFILE_SPECS[page].icon}
              title={PROFILE_SPECS[page].label}
              onOpen={() =>
                openEditor({ type: 'profile', id: page }, { title: PROFILE_SPECS[page].label })
              }
            />
          ))}
        </TreeGroup>
        {months.data && (
          <VirtualMonthList
            ref={virtual}
            months={months.data}
            label={monthLabel}
            onRange={onRange}
            renderRow={(index, props) => {
              const entry = rowAt(index);
              return (
                <EntryRow
                  key={index}
                  entry={entry}
                  selected={entry !== undefined && activeTab === `entry:${entry.id}`}
                  rowProps={props}
                />
              );
            }}
          />
        )}
      </div>
      {months.isSuccess && shown === 0 && (
        <p className="ladder-empty">
          {filtered
            ? 'No entries match these filters. Turn a filter off to see more.'
            : total === 0
              ? 'Your journal is empty. Start with something you got done this week: use the + button above.'
              : 'No entries to show.'}
        </p>
      )}
      {(months.isError || pages.some((p) => p.isError)) && (
        <p className="ladder-empty" role="alert">
          The journal could not be loaded.
        </p>
      )}
    </div>
  );
}

function EntryRow({
  entry,
  selected,
  rowProps,
}: {
  entry: EntrySummary | undefined;
  selected: boolean;
  rowProps: VirtualRowProps;
}) {
  // A row whose page is still on its way: the same element (keyed by place), so a focus on it stays
  // when its entry lands, and the same height, so nothing jumps.
  if (!entry)
    return <Row rowProps={rowProps} selected={false} icon="loading" title="…" busy onOpen={noop} />;
  const title = displayTitle(entry);
  return (
    <Row
      rowProps={rowProps}
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
  /** A profile page's place among them (the keyboard's way from the last one into the entries). */
  profileIndex?: number;
  rowProps?: VirtualRowProps;
  busy?: boolean;
  onOpen: () => void;
}

const noop = () => {};

function Row(props: RowProps) {
  const { icon, iconLabel, title, untitled, date, selected, first, profileIndex, onOpen } = props;
  return (
    <div
      {...props.rowProps}
      data-profile-index={profileIndex}
      aria-busy={props.busy}
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
