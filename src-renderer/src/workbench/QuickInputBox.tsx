// The quick input's box: the command palette (text starts with '>'), quick open over entry titles and
// profile pages, and the choices a feature asks for through showQuickPick. Its own chunk (cmdk).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Command as Cmdk } from 'cmdk';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { kindIcon, kindLabel } from '../../../src-main/shared/journal/entryKinds';
import { shownTitle } from '../../../src-main/shared/journal/findEntries';
import { Codicon } from '../ui/Codicon';
import { Kbd } from '../ui/Kbd';
import { getCommands } from './registry';
import { openEditor, runPaletteCommand, settleQuickPick, useWorkbench } from './store';
import { quickOpenItems } from './quickOpenItems';
import { matchScore } from './matchScore';
import { formatDate } from './StatusBar';
import type { QuickPickItem } from './types';

import {
  COMMAND_PREFIX,
  acceptedWhileLoading,
  clearStandIn,
  typedWhileLoading,
} from './quickInputText';
import { entryFindRead } from './workbenchQueries';

/** Entries one find returns: a few screens of the list, never the journal. */
const FIND_LIMIT = 50;

/**
 * The entries the main side finds for what is typed (journal.find). While the answer for new text
 * is on its way the previous one stays on screen (cmdk narrows it meanwhile by the same rule);
 * `settled` says the rows are the answer for this very text.
 */
function useFoundEntries(text: string, exclude: readonly string[] | undefined, enabled: boolean) {
  const args = {
    text: text.trim().replace(/\s+/g, ' '),
    limit: FIND_LIMIT,
    ...(exclude && exclude.length > 0 ? { exclude: [...exclude] } : {}),
  };
  const found = useQuery({
    ...entryFindRead.options(args),
    enabled,
    placeholderData: keepPreviousData,
    // Titles change in other tabs too: each opening asks again (showing the cached answer meanwhile).
    staleTime: 0,
  });
  return { entries: found.data ?? [], settled: found.isSuccess && !found.isPlaceholderData };
}

/** Scores the item's words only (its cmdk value is an id), ignoring the '>' that selects commands. */
function filter(value: string, search: string, keywords?: string[]): number {
  const query = search.startsWith(COMMAND_PREFIX) ? search.slice(1).trim() : search.trim();
  if (!query) return 1;
  return matchScore(keywords?.join(' ') ?? value, query);
}

interface Row {
  value: string;
  label: string;
  icon?: string;
  description?: string;
  detail?: string;
  keybinding?: string;
  keywords: string[];
  run: () => void;
}

function Item({ row }: { row: Row }) {
  return (
    <Cmdk.Item value={row.value} keywords={row.keywords} onSelect={row.run} className="quick-item">
      {row.icon && <Codicon name={row.icon} className="quick-item-icon" />}
      <span className="quick-item-text">
        <span className="quick-item-label" dir="auto">
          {row.label}
        </span>
        {row.description && <span className="quick-item-description">{row.description}</span>}
        {row.detail && <span className="quick-item-detail">{row.detail}</span>}
      </span>
      {row.keybinding && <Kbd binding={row.keybinding} />}
    </Cmdk.Item>
  );
}

/** The row cmdk would highlight first: the best score, earlier rows winning ties. */
function bestRow(rows: Row[], search: string): Row | undefined {
  let best: Row | undefined;
  let bestScore = 0;
  for (const row of rows) {
    const score = filter(row.value, search, row.keywords);
    if (score > bestScore) {
      best = row;
      bestScore = score;
    }
  }
  return best;
}

function useRows(
  search: string,
  finish: (then?: () => void) => void,
  close: () => void,
): { rows: Row[]; label: string; placeholder: string; settled: boolean } {
  const quickPick = useWorkbench((s) => s.quickPick);
  const paletteOpen = useWorkbench((s) => s.paletteOpen);
  const filesMode = !quickPick && paletteOpen && !search.startsWith(COMMAND_PREFIX);
  const entryPick = quickPick?.entries;
  const found = useFoundEntries(search, entryPick?.exclude, filesMode || entryPick !== undefined);

  if (quickPick && entryPick) {
    return {
      label: quickPick.placeholder,
      placeholder: quickPick.placeholder,
      settled: found.settled,
      rows: found.entries.map((e) => ({
        value: `pick-${e.id}`,
        label: shownTitle(e.kind, e.title),
        icon: kindIcon(e.kind),
        description: formatDate(e.date),
        detail: kindLabel(e.kind),
        keywords: [shownTitle(e.kind, e.title), kindLabel(e.kind)],
        run: () => finish(() => settleQuickPick(e.id)),
      })),
    };
  }
  if (quickPick) {
    return {
      label: quickPick.placeholder,
      placeholder: quickPick.placeholder,
      settled: true,
      rows: quickPick.items.map((item: QuickPickItem<unknown>, index) => ({
        value: `pick-${index}`,
        label: item.label,
        icon: item.icon,
        description: item.description,
        detail: item.detail,
        keywords: [item.label, item.description ?? '', item.detail ?? ''],
        run: () => finish(() => settleQuickPick(item.value)),
      })),
    };
  }
  if (!filesMode) {
    return {
      label: 'Command Palette',
      placeholder: 'Type the name of a command',
      settled: true,
      rows: getCommands()
        .filter((c) => c.when?.() ?? true)
        .map((c) => ({
          value: `command-${c.id}`,
          label: c.title,
          keybinding: c.keybinding,
          keywords: [c.title],
          // A title ending in '...' asks for more (a pick): only those hold the keys for it.
          run: () =>
            /(\.\.\.|…)$/.test(c.title)
              ? runPaletteCommand(c.title, c.run, close)
              : finish(() => void Promise.resolve(c.run())),
        })),
    };
  }
  return {
    label: 'Go to entry',
    placeholder: 'Type a title to open an entry or profile page (start with > for commands)',
    settled: found.settled,
    rows: quickOpenItems(found.entries).map((item) => ({
      value: `open-${item.input.type}-${item.input.id}`,
      label: item.title,
      icon: item.icon,
      description: item.date ? formatDate(item.date) : item.kindLabel,
      keywords: [item.title, item.kindLabel],
      run: () => finish(() => openEditor(item.input, { title: item.title })),
    })),
  };
}

export function QuickInputBox({ initial, onClose }: { initial: string; onClose: () => void }) {
  // Keys typed into the stand-in box while this chunk loaded carry over.
  const [search, setSearch] = useState(() => typedWhileLoading() ?? initial);
  const finish = (then?: () => void) => {
    onClose();
    then?.();
  };
  const { rows, label, placeholder, settled } = useRows(search, finish, onClose);
  // Enter pressed in the stand-in: run the best match for what was typed there, as cmdk would have.
  const acceptFor = useRef<string | null>(null);
  useEffect(() => {
    // A render may start while the stand-in still takes keys: what it holds at mount is the truth.
    const typed = typedWhileLoading() ?? initial;
    setSearch(typed);
    acceptFor.current = acceptedWhileLoading() ? typed : null;
    clearStandIn();
    // Mount only: `initial` is fixed for this box (a new request mounts a new one).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (acceptFor.current === null || acceptFor.current !== search || !settled) return;
    const best = bestRow(rows, search);
    if (!best) return;
    acceptFor.current = null;
    best.run();
  }, [rows, search, settled]);
  const onSearch = (text: string) => {
    acceptFor.current = null;
    setSearch(text);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish(() => {
        if (useWorkbench.getState().quickPick) settleQuickPick(undefined);
      });
    } else if (event.key === 'Tab') {
      // The box is the only stop in the dialog: keep focus in it.
      event.preventDefault();
    }
  };

  return (
    <div
      className="quick-input-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && finish(() => settleQuickPick(undefined))}
    >
      <div
        className="quick-input"
        role="dialog"
        aria-modal="true"
        aria-label={label}
        onKeyDown={onKeyDown}
      >
        <Cmdk label={label} filter={filter} loop>
          <Cmdk.Input
            autoFocus
            value={search}
            onValueChange={onSearch}
            placeholder={placeholder}
            className="quick-input-box"
          />
          <Cmdk.List className="quick-list" label="Results">
            <Cmdk.Empty className="quick-empty">Nothing matches.</Cmdk.Empty>
            {rows.map((row) => (
              <Item key={row.value} row={row} />
            ))}
          </Cmdk.List>
        </Cmdk>
      </div>
    </div>
  );
}
