// The row of open editors. Arrow keys move between tabs, Delete closes, middle click closes.
import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { Codicon } from '../ui/Codicon';
import { VisuallyHidden } from '../ui/VisuallyHidden';
import { closeEditor, notify, setActiveTab, useWorkbench, type OpenTab } from './store';
import { panelId, tabId } from './tabIds';

function close(key: string): void {
  closeEditor(key).catch((error: unknown) =>
    notify(
      'error',
      `The tab was kept open because it could not be saved: ${error instanceof Error ? error.message : String(error)}`,
    ),
  );
}

function focusTab(key: string | undefined): void {
  if (key) document.getElementById(tabId(key))?.focus();
}

/** Scrolls the tab row (and only it, not the page) so that `tab` is wholly in view. */
function revealTab(bar: HTMLElement, tab: HTMLElement): void {
  const box = bar.getBoundingClientRect();
  const rect = tab.getBoundingClientRect();
  const left = rect.left - box.left + bar.scrollLeft;
  const right = left + rect.width;
  if (left < bar.scrollLeft) bar.scrollLeft = left;
  else if (right > bar.scrollLeft + bar.clientWidth) bar.scrollLeft = right - bar.clientWidth;
}

function Tab({
  tab,
  active,
  onKeyDown,
}: {
  tab: OpenTab;
  active: boolean;
  onKeyDown: (e: KeyboardEvent, key: string) => void;
}) {
  const { title, icon, dirty } = tab.meta;
  const onAuxClick = (event: MouseEvent) => {
    if (event.button === 1) {
      event.preventDefault();
      close(tab.key);
    }
  };
  return (
    <div
      className={`tab${active ? ' tab-active' : ''}${dirty ? ' tab-dirty' : ''}`}
      role="presentation"
      onAuxClick={onAuxClick}
      onMouseDown={(e) => e.button === 1 && e.preventDefault()}
    >
      <div
        role="tab"
        id={tabId(tab.key)}
        aria-selected={active}
        aria-controls={panelId(tab.key)}
        tabIndex={active ? 0 : -1}
        aria-keyshortcuts="Delete Control+W"
        className="tab-label"
        title={title}
        onClick={() => setActiveTab(tab.key)}
        onKeyDown={(e) => onKeyDown(e, tab.key)}
      >
        <Codicon name={icon} />
        <span className="tab-title" dir="auto">
          {title}
        </span>
        {dirty && (
          <span className="tab-dirty-marker">
            <span aria-hidden="true">●</span>
            <VisuallyHidden>, unsaved</VisuallyHidden>
          </span>
        )}
      </div>
      {/* A tab list may hold only tabs: this mouse target stays out of the accessibility tree; from the
          keyboard a tab closes with Delete or Ctrl+W (announced through aria-keyshortcuts). */}
      <button
        type="button"
        className="tab-close icon-button"
        aria-hidden="true"
        title={`Close ${title}`}
        tabIndex={-1}
        onClick={() => close(tab.key)}
      >
        <Codicon name="close" />
      </button>
    </div>
  );
}

export function TabBar() {
  const tabs = useWorkbench((s) => s.tabs);
  const activeTab = useWorkbench((s) => s.activeTab);
  const bar = useRef<HTMLDivElement>(null);
  // A tab opened or chosen past the row's edge is brought into view, so the active one is always seen;
  // again when titles arrive (restored tabs widen as their panes load) or tabs come and go. After the
  // paint, not before: measuring in the commit would force a layout into the first frame.
  const titles = tabs.map((t) => t.meta.title).join('\n');
  useEffect(() => {
    const row = bar.current;
    const tab = activeTab ? document.getElementById(tabId(activeTab))?.parentElement : null;
    if (!row || !tab) return;
    revealTab(row, tab);
    // Tabs also change width with no title change (the font arriving), and the row with the window.
    if (typeof ResizeObserver === 'undefined') return;
    const sizes = new ResizeObserver(() => revealTab(row, tab));
    for (const el of [row, ...Array.from(row.children)]) sizes.observe(el);
    return () => sizes.disconnect();
  }, [activeTab, tabs.length, titles]);
  if (tabs.length === 0) return null;

  const onKeyDown = (event: KeyboardEvent, key: string) => {
    const index = tabs.findIndex((t) => t.key === key);
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    else if (event.key === 'Delete') {
      event.preventDefault();
      close(key);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    const target = tabs[next]!.key;
    setActiveTab(target);
    focusTab(target);
  };

  return (
    <div ref={bar} className="tab-bar" role="tablist" aria-label="Open editors">
      {tabs.map((tab) => (
        <Tab key={tab.key} tab={tab} active={tab.key === activeTab} onKeyDown={onKeyDown} />
      ))}
    </div>
  );
}
