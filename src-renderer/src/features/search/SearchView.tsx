// Side bar view 'search': full-text search over entries and profile pages, with filters.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../../src-main/shared/domain';
import {
  ENTRY_KINDS,
  isEntryKind,
  kindIcon,
  kindLabel,
  type EntryKind,
} from '../../../../src-main/shared/journal/entryKinds';
import { useFocusRescue } from '../../ui/useFocusRescue';
import { openEditor } from '../../workbench/store';
import { KindFilter } from '../../ui/KindFilter';
import { takeSearchFocus, useSearchFocus } from './searchFocus';
import { handleListKeyDown, optionsIn } from '../../ui/listNavigation';
import { shortDate } from '../../ui/monthGroups';
import { Highlighted, firstHit } from './highlight';
import { useDebounced } from '../../ui/useDebounced';
import { TagSelect } from '../../ui/TagSelect';
import { countsRead, searchRead } from './searchQueries';

export const SEARCH_DEBOUNCE_MS = 150;

/** The title the pane will report: an untitled entry is "Untitled …", an untitled profile page goes by its name. */
function tabTitle(hit: SearchHit): string {
  const label = kindLabel(hit.kind);
  return hit.title.trim() || (isEntryKind(hit.kind) ? `Untitled ${label.toLowerCase()}` : label);
}

export function openHit(hit: SearchHit, query: string): void {
  const reveal = firstHit(hit.snippet) ?? firstHit(hit.titleHighlighted) ?? (query.trim() || null);
  const input = isEntryKind(hit.kind)
    ? { type: 'entry', id: hit.id }
    : { type: 'profile', id: hit.kind };
  openEditor(input, { reveal, title: tabTitle(hit) });
}

export function SearchView() {
  const [text, setText] = useState('');
  const [kinds, setKinds] = useState<EntryKind[]>([]);
  const [tag, setTag] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const box = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLUListElement>(null);
  useFocusRescue(results);
  const focusRequests = useSearchFocus((s) => s.requests);
  useEffect(() => {
    if (takeSearchFocus(focusRequests)) {
      box.current?.focus();
      box.current?.select();
    }
  }, [focusRequests]);

  const query = useDebounced(text.trim(), SEARCH_DEBOUNCE_MS);
  const filtered = kinds.length > 0 || tag !== '' || from !== '' || to !== '';
  const args = {
    text: query,
    ...(kinds.length ? { kinds } : {}),
    ...(tag ? { tag } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const hits = searchRead.use(args, { enabled: query !== '' || filtered });
  const counts = countsRead.use({});
  const list = hits.data ?? [];
  const active = query !== '' || filtered;

  const onBoxKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const first = list[0];
      if (first) openHit(first, text);
    } else if (e.key === 'ArrowDown' && results.current) {
      e.preventDefault();
      optionsIn(results.current)[0]?.focus();
    }
  };
  const clearFilters = () => {
    setKinds([]);
    setTag('');
    setFrom('');
    setTo('');
  };

  return (
    <div className="ladder-search-view">
      <input
        ref={box}
        type="search"
        className="ladder-input ladder-search-view__box"
        aria-label="Search the journal"
        placeholder="Search the journal"
        value={text}
        dir="auto"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onBoxKeyDown}
      />
      <KindFilter
        label="Filter results by kind"
        kinds={ENTRY_KINDS}
        selected={kinds}
        counts={counts.data}
        onChange={setKinds}
      />
      <div className="ladder-search-view__filters">
        <TagSelect label="Filter results by tag" value={tag} onChange={setTag} />
        <label className="ladder-field ladder-field--inline">
          <span>From</span>
          <input
            type="date"
            className="ladder-input"
            aria-label="From date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </label>
        <label className="ladder-field ladder-field--inline">
          <span>To</span>
          <input
            type="date"
            className="ladder-input"
            aria-label="To date"
            value={to}
            onChange={(e) => setTo(e.target.value)}
          />
        </label>
        <button type="button" className="ladder-button" onClick={clearFilters} disabled={!filtered}>
          Clear filters
        </button>
      </div>
      <p role="status" className="ladder-search-view__count">
        {active && hits.isSuccess
          ? `${list.length} ${list.length === 1 ? 'result' : 'results'}`
          : ''}
      </p>
      {active && hits.isSuccess && list.length === 0 && (
        <p className="ladder-empty">
          Nothing matches. Try fewer or shorter words{filtered ? ', or clear the filters' : ''}.
        </p>
      )}
      {!active && counts.isSuccess && Object.values(counts.data).every((n) => n === 0) && (
        <p className="ladder-empty">
          There is nothing to search yet. Write a first entry in the Journal view.
        </p>
      )}
      {hits.isError && (
        <p className="ladder-empty" role="alert">
          The search could not run. Try different words.
        </p>
      )}
      <ul
        ref={results}
        role="listbox"
        aria-label="Search results"
        className="ladder-results"
        onKeyDown={(e) => handleListKeyDown(e, { onLeaveTop: () => box.current?.focus() })}
      >
        {list.map((hit, i) => (
          <li
            key={hit.id}
            role="option"
            aria-selected={false}
            // The first result is a Tab stop too, so the list is reached past the filters; arrows move within.
            tabIndex={i === 0 ? 0 : -1}
            className="ladder-result"
            onClick={() => openHit(hit, text)}
          >
            <div className="ladder-result__head">
              <span
                className={`codicon codicon-${kindIcon(hit.kind)}`}
                role="img"
                aria-label={kindLabel(hit.kind)}
              />
              <span className="ladder-result__title" dir="auto">
                {hit.titleHighlighted ? (
                  <Highlighted text={hit.titleHighlighted} />
                ) : (
                  `Untitled ${kindLabel(hit.kind).toLowerCase()}`
                )}
              </span>
              <span className="ladder-tree__date">{shortDate(hit.date)}</span>
            </div>
            {hit.snippet && (
              <p className="ladder-result__snippet" dir="auto">
                <Highlighted text={hit.snippet} />
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
