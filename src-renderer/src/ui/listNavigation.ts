// Keyboard movement inside a listbox of options (arrows, Home, End; Enter activates).
import type { KeyboardEvent } from 'react';

export function optionsIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[role="option"]')];
}

/** Moves focus between the container's options; returns true when it handled the key. */
export function handleListKeyDown(
  e: KeyboardEvent<HTMLElement>,
  options: { onLeaveTop?: () => void } = {},
): boolean {
  const items = optionsIn(e.currentTarget);
  if (items.length === 0) return false;
  const index = items.indexOf(document.activeElement as HTMLElement);
  let next: number | null = null;
  if (e.key === 'ArrowDown') next = Math.min(items.length - 1, index + 1);
  else if (e.key === 'ArrowUp') {
    if (index <= 0 && options.onLeaveTop) {
      e.preventDefault();
      options.onLeaveTop();
      return true;
    }
    next = Math.max(0, index - 1);
  } else if (e.key === 'Home') next = 0;
  else if (e.key === 'End') next = items.length - 1;
  else if ((e.key === 'Enter' || e.key === ' ') && index >= 0) {
    e.preventDefault();
    items[index]!.click();
    return true;
  }
  if (next === null) return false;
  e.preventDefault();
  items[next]!.focus();
  return true;
}
