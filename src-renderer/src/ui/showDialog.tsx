// A modal dialog in its own React root: mounted on demand, removed when it settles, focus handed back.
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * Renders `dialog(settle)` until it calls `settle(value)`; resolves with that value. Focus returns to
 * where it was, unless `keepFocus(value)` says the caller moves it (e.g. into something just created).
 */
export function showDialog<T>(
  dialog: (settle: (value: T) => void) => ReactNode,
  keepFocus: (value: T) => boolean = () => false,
): Promise<T> {
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const host = document.createElement('div');
  document.body.appendChild(host);
  const root = createRoot(host);
  return new Promise((resolve) => {
    const settle = (value: T) => {
      root.unmount();
      host.remove();
      if (!keepFocus(value)) previous?.focus();
      resolve(value);
    };
    root.render(dialog(settle));
  });
}
