// The quick input's box: the command palette (text starts with '>'), quick open over entry titles and
// profile pages, and the choices a feature asks for through showQuickPick. Its own chunk (cmdk).
import { Command as Cmdk } from 'cmdk';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Codicon } from '../ui/Codicon';
import { Kbd } from '../ui/Kbd';
import { getCommands } from './registry';
import { openEditor, settleQuickPick, useWorkbench } from './store';
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
import { entryListRead } from './workbenchQueries';

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
): { rows: Row[]; label: string; placeholder: string } {
  const quickPick = useWorkbench((s) => s.quickPick);
  const paletteOpen = useWorkbench((s) => s.paletteOpen);
  const filesMode = !quickPick && paletteOpen && !search.startsWith(COMMAND_PREFIX);
  const entries = entryListRead.use({}, { enabled: filesMode });

  if (quickPick) {
    return {
      label: quickPick.placeholder,
      placeholder: quickPick.placeholder,
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
      rows: getCommands()
        .filter((c) => c.when?.() ?? true)
        .map((c) => ({
          value: `command-${c.id}`,
          label: c.title,
          keybinding: c.keybinding,
          keywords: [c.title],
          run: () => finish(() => void Promise.resolve(c.run())),
        })),
    };
  }
  return {
    label: 'Go to entry',
    placeholder: 'Type a title to open an entry or profile page (start with > for commands)',
    rows: quickOpenItems(entries.data ?? []).map((item) => ({
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
  const { rows, label, placeholder } = useRows(search, finish);
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
    if (acceptFor.current === null || acceptFor.current !== search) return;
    const best = bestRow(rows, search);
    if (!best) return;
    acceptFor.current = null;
    best.run();
  }, [rows, search]);
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
