// Keyboard movement in a flat tree (levels given by aria-level) of group headings and questions
// (the WAI-ARIA tree pattern):
// Up/Down/Home/End move, Right opens a group or steps into it, Left closes it or steps out,
// Enter and Space activate (open a group's state or the question).
import type { KeyboardEvent } from 'react';

export function visibleItems(tree: HTMLElement): HTMLElement[] {
  return [...tree.querySelectorAll<HTMLElement>('[role="treeitem"]')];
}

export interface TreeKeyHandlers {
  /** A group heading asks to open (true) or close (false). */
  onToggle: (group: HTMLElement, expanded: boolean) => void;
}

/** Returns true when it handled the key. */
export function handleTreeKeyDown(
  e: KeyboardEvent<HTMLElement>,
  handlers: TreeKeyHandlers,
): boolean {
  const items = visibleItems(e.currentTarget);
  if (items.length === 0) return false;
  const current =
    (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[role="treeitem"]') ??
    null;
  const index = current ? items.indexOf(current) : -1;
  const isGroup = current?.hasAttribute('aria-expanded') ?? false;
  const expanded = current?.getAttribute('aria-expanded') === 'true';
  let next: number | null = null;
  switch (e.key) {
    case 'ArrowDown':
      next = Math.min(items.length - 1, index + 1);
      break;
    case 'ArrowUp':
      next = Math.max(0, index - 1);
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = items.length - 1;
      break;
    case 'ArrowRight':
      if (!current || !isGroup) return false;
      if (!expanded) handlers.onToggle(current, true);
      else next = index + 1 < items.length ? index + 1 : index;
      break;
    case 'ArrowLeft': {
      if (!current) return false;
      if (isGroup && expanded) handlers.onToggle(current, false);
      else if (!isGroup) {
        const parent = items
          .slice(0, index)
          .findLast((el) => el.getAttribute('aria-level') === '1');
        if (parent) next = items.indexOf(parent);
      }
      break;
    }
    case 'Enter':
    case ' ':
      if (!current) return false;
      e.preventDefault();
      if (isGroup) handlers.onToggle(current, !expanded);
      else current.click();
      return true;
    default:
      return false;
  }
  e.preventDefault();
  if (next !== null && next >= 0) items[next]?.focus();
  return true;
}
