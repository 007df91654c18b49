// The strip of view buttons on the far left. One tab stop; arrow keys move between buttons.
import { useRef, type KeyboardEvent } from 'react';
import { Codicon } from '../ui/Codicon';
import { getViews } from './registry';
import { setActiveView, toggleSideBar, useWorkbench } from './store';
import type { SideBarView } from './types';

function badgeLabel(count: number | null): string {
  return count ? `, ${count}` : '';
}

function ActivityButton({
  view,
  active,
  focusable,
  onKeyDown,
}: {
  view: SideBarView;
  active: boolean;
  focusable: boolean;
  onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => void;
}) {
  // A view's badge hook is fixed for its lifetime, so the hook order stays stable.
  const count = view.useBadge?.() ?? null;
  return (
    <button
      type="button"
      className="activity-button"
      data-view={view.id}
      aria-label={view.title + badgeLabel(count)}
      title={view.title}
      aria-pressed={active}
      tabIndex={focusable ? 0 : -1}
      onClick={() => (active ? toggleSideBar() : setActiveView(view.id))}
      onKeyDown={onKeyDown}
    >
      <Codicon name={view.icon} />
      {count ? (
        <span className="activity-badge" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </button>
  );
}

export function ActivityBar() {
  const activeView = useWorkbench((s) => s.activeView);
  const sideBarVisible = useWorkbench((s) => s.sideBarVisible);
  const views = getViews();
  const ref = useRef<HTMLDivElement>(null);
  const selected = views.some((v) => v.id === activeView) ? activeView : views[0]?.id;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const buttons = [
      ...(ref.current?.querySelectorAll<HTMLButtonElement>('.activity-button') ?? []),
    ];
    const index = buttons.indexOf(event.currentTarget);
    const next =
      event.key === 'ArrowDown'
        ? index + 1
        : event.key === 'ArrowUp'
          ? index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? buttons.length - 1
              : null;
    if (next === null || buttons.length === 0) return;
    event.preventDefault();
    const target = buttons[(next + buttons.length) % buttons.length];
    buttons.forEach((b) => (b.tabIndex = b === target ? 0 : -1));
    target?.focus();
  };

  return (
    <div
      ref={ref}
      className="activity-bar"
      role="toolbar"
      aria-orientation="vertical"
      aria-label="Views"
    >
      {views.map((view) => (
        <ActivityButton
          key={view.id}
          view={view}
          active={sideBarVisible && view.id === selected}
          focusable={view.id === selected}
          onKeyDown={onKeyDown}
        />
      ))}
    </div>
  );
}
