// A list or tree that re-renders under the keyboard focus (a filter applied a moment after the typing,
// a refreshed query) or an editor tab that closes can remove the very element that has it, and the
// browser then drops the focus on the page's body: the next key goes nowhere. This hands it to
// `rescue` (by default the container's current Tab stop) instead, and only then: a focus moved
// elsewhere on purpose leaves its old element in place.
import { useEffect, type RefObject } from 'react';

const TAB_STOP = '[tabindex="0"]';

export function useFocusRescue(container: RefObject<HTMLElement | null>, rescue?: (root: HTMLElement, lost: Element) => void): void {
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
      const gone = last;
      last = null;
      const active = document.activeElement;
      if (active && active !== document.body) return;
      if (rescue) rescue(root, gone);
      else (root.querySelector<HTMLElement>(TAB_STOP) ?? root.querySelector<HTMLElement>('[tabindex]'))?.focus();
    });
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', onFocusOut);
    observer.observe(root, { childList: true, subtree: true });
    return () => {
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('focusout', onFocusOut);
      observer.disconnect();
    };
  }, [container, rescue]);
}
