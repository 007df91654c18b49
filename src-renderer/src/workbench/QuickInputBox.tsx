// The quick input's box: the command palette (text starts with '>'), quick open over entry titles and
// profile pages, and the choices a feature asks for through showQuickPick. Its own chunk (cmdk).
//
// Which row is highlighted is decided here, as in VS Code: the first row of what is shown, unless the
// person moved to another with the keys since the text last changed and that row is still shown. An
// answer from journal.find arriving after the text changed therefore moves the highlight to its own
// first row, and Enter pressed before that answer waits for it (never opening a row of the last one).
import { Command as Cmdk } from 'cmdk';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { matchRanges } from '../../../src-main/shared/journal/matchRanges';
import { Codicon } from '../ui/Codicon';
import { Kbd } from '../ui/Kbd';
import { MatchedLabel } from './MatchedLabel';
import { acceptedWhileLoading, clearStandIn, typedWhileLoading } from './quickInputText';
import { narrowRows, queryOf, useRows, type Row } from './quickInputRows';
import { settleQuickPick, useWorkbench } from './store';

function Item({ row, query }: { row: Row; query: string }) {
  return (
    <Cmdk.Item value={row.value} keywords={row.keywords} onSelect={row.run} className="quick-item">
      {row.icon && <Codicon name={row.icon} className="quick-item-icon" />}
      <span className="quick-item-text">
        <span className="quick-item-label" dir="auto">
          <MatchedLabel text={row.label} ranges={matchRanges(row.label, query)} />
        </span>
        {row.description && <span className="quick-item-description">{row.description}</span>}
        {row.detail && <span className="quick-item-detail">{row.detail}</span>}
      </span>
      {row.keybinding && <Kbd binding={row.keybinding} />}
    </Cmdk.Item>
  );
}

/** Keys with which cmdk moves the highlight (its vim-style ones with Ctrl too). */
function movesHighlight(event: KeyboardEvent): boolean {
  if (['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return true;
  return event.ctrlKey && ['n', 'j', 'p', 'k'].includes(event.key);
}

export function QuickInputBox({ initial, onClose }: { initial: string; onClose: () => void }) {
  // Keys typed into the stand-in box while this chunk loaded carry over.
  const [search, setSearch] = useState(() => typedWhileLoading() ?? initial);
  const finish = (then?: () => void) => {
    onClose();
    then?.();
  };
  const { rows, label, placeholder, settled } = useRows(search, finish, onClose);
  const shown = narrowRows(rows, search);
  // The row the person moved to, and the text it was chosen for.
  const [moved, setMoved] = useState<{ value: string; search: string } | null>(null);
  const keptMove =
    moved !== null && moved.search === search && shown.some((r) => r.value === moved.value);
  const active = keptMove ? moved.value : (shown[0]?.value ?? '');
  // Once gone (text changed, or the row left the list) the move is forgotten, not revived later.
  useEffect(() => {
    if (moved !== null && !keptMove) setMoved(null);
  }, [moved, keptMove]);
  const moving = useRef(false);
  const dialog = useRef<HTMLDivElement>(null);
  // cmdk tells assistive technology which row is highlighted only when it picks one itself, not when
  // the value given to it changes (an answer arriving): say so here, and bring the row into view.
  useLayoutEffect(() => {
    const box = dialog.current;
    if (!box) return;
    const row = [...box.querySelectorAll<HTMLElement>('[cmdk-item]')].find(
      (item) => item.getAttribute('data-value') === active,
    );
    for (const owner of box.querySelectorAll('[cmdk-input], [cmdk-list]')) {
      if (row) owner.setAttribute('aria-activedescendant', row.id);
      else owner.removeAttribute('aria-activedescendant');
    }
    row?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  // Enter pressed before the rows answer the text (in the stand-in, or here while journal.find is
  // on its way): the text it was pressed for, run once its answer is shown.
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
    acceptFor.current = null;
    shown.find((r) => r.value === active)?.run();
  }, [shown, active, search, settled]);
  const onSearch = (text: string) => {
    acceptFor.current = null;
    setSearch(text);
  };

  // Runs before cmdk's own key handling (it skips what is prevented here).
  const onListKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing && !settled) {
      event.preventDefault();
      acceptFor.current = search;
    } else if (movesHighlight(event)) {
      moving.current = true;
    }
  };
  // cmdk also picks a row itself (the first, when the text or rows change, or a clicked one): only
  // a move by key is the person's choice. The rest is decided by the rule above.
  const onValueChange = (value: string) => {
    if (moving.current) setMoved({ value, search });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    moving.current = false;
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

  const query = queryOf(search);
  return (
    <div
      className="quick-input-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && finish(() => settleQuickPick(undefined))}
    >
      <div
        ref={dialog}
        className="quick-input"
        role="dialog"
        aria-modal="true"
        aria-label={label}
        onKeyDown={onKeyDown}
      >
        <Cmdk
          label={label}
          shouldFilter={false}
          value={active}
          onValueChange={onValueChange}
          onKeyDown={onListKeyDown}
          disablePointerSelection
          loop
        >
          <Cmdk.Input
            autoFocus
            value={search}
            onValueChange={onSearch}
            placeholder={placeholder}
            className="quick-input-box"
          />
          <Cmdk.List className="quick-list" label="Results">
            <Cmdk.Empty className="quick-empty">Nothing matches.</Cmdk.Empty>
            {shown.map((row) => (
              <Item key={row.value} row={row} query={query} />
            ))}
          </Cmdk.List>
        </Cmdk>
      </div>
    </div>
  );
}
