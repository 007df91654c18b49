// The rows the quick input's box shows for what is typed: commands (text starting with '>'), quick
// open's profile pages and entries (journal.find), or the choices a feature's pick offers. Narrowed
// and ordered here, not by cmdk, so the box knows which row is first (the one Enter opens).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { kindIcon, kindLabel } from '../../../src-main/shared/journal/entryKinds';
import { shownTitle } from '../../../src-main/shared/journal/findEntries';
import { getCommands } from './registry';
import { openEditor, runPaletteCommand, settleQuickPick, useWorkbench } from './store';
import { quickOpenItems } from './quickOpenItems';
import { matchScore } from './matchScore';
import { formatDate } from './StatusBar';
import type { QuickPickItem } from './types';
import { COMMAND_PREFIX } from './quickInputText';
import { entryFindRead } from './workbenchQueries';

/** Entries one find returns: a few screens of the list, never the journal. */
const FIND_LIMIT = 50;

export interface Row {
  value: string;
  label: string;
  icon?: string;
  description?: string;
  detail?: string;
  keybinding?: string;
  keywords: string[];
  run: () => void;
}

/**
 * The entries the main side finds for what is typed (journal.find). While the answer for new text
 * is on its way the previous one stays on screen (narrowed meanwhile by the same rule);
 * `settled` says the rows are the answer for this very text (or that none is coming: it failed).
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
  return {
    entries: found.data ?? [],
    settled: (found.isSuccess || found.isError) && !found.isPlaceholderData,
  };
}

/** What the rows are matched against: the typed text less the '>' that selects commands. */
export function queryOf(search: string): string {
  return search.startsWith(COMMAND_PREFIX) ? search.slice(1).trim() : search.trim();
}

/**
 * The rows matching the query, best first; equals keep their order (journal.find's answer is
 * already best first, newest first among equals).
 */
export function narrowRows(rows: readonly Row[], search: string): Row[] {
  const query = queryOf(search);
  if (!query) return [...rows];
  return rows
    .map((row) => ({ row, score: matchScore(row.keywords.join(' '), query) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .map(({ row }) => row);
}

export function useRows(
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
