// A list or tree that re-renders under the keyboard focus (a filter applied a moment after the typing,
// a refreshed query) can remove the very item that has it, and the browser then drops the focus on
// the page's body: the next arrow key or Enter goes nowhere. This hands it to the container's current
// Tab stop instead, and only then: a focus moved elsewhere on purpose leaves its old item in place.
import { useEffect, type RefObject } from 'react';

const TAB_STOP = '[tabindex="0"]';

export function useFocusRescue(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    let last: Element | null = null;
    const onFocusIn = (e: FocusEvent) => {
      last = e.target instanceof Element ? e.target : null;
    };
    // Focus taken elsewhere (a click, another window) leaves its item connected: nothing to rescue.
    const onFocusOut = (e: FocusEvent) => {
      const left = e.target;
      queueMicrotask(() => {
        if (left === last && last?.isConnected) last = null;
      });
    };
    const observer = new MutationObserver(() => {
      if (!last || last.isConnected) return;
      last = null;
      const active = document.activeElement;
      if (active && active !== document.body) return;
      const stop = root.querySelector<HTMLElement>(TAB_STOP) ?? root.querySelector<HTMLElement>('[tabindex]');
      stop?.focus();
    });
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', onFocusOut);
    observer.observe(root, { childList: true, subtree: true });
    return () => {
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('focusout', onFocusOut);
      observer.disconnect();
    };
  }, [container]);
}
