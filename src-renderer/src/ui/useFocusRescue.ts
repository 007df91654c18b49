// A list or tree that re-renders under the keyboard focus (a filter applied a moment after the typing,
// a refreshed query) or an editor tab that closes can remove the very element that has it, and the
// browser then drops the focus on the page's body: the next key goes nowhere. This hands it to
// `rescue` (by default the container's current Tab stop) instead, and only then: a focus moved
// elsewhere on purpose leaves its old element in place.
import { useEffect, type RefObject } from 'react';

const TAB_STOP = '[tabindex="0"]';

export function useFocusRescue(
  container: RefObject<HTMLElement | null>,
  rescue?: (root: HTMLElement, lost: Element) => void,
): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    let last: Element | null = null;
    // Watching only while the focus is inside: a container being built (the start, a view filling in)
    // costs nothing, and the DOM changes of everyone else's typing are not ours to look at.
    let watching = false;
    const observer = new MutationObserver(() => {
      if (!last || last.isConnected) return;
      const gone = last;
      stop();
      const active = document.activeElement;
      if (active && active !== document.body) return;
      if (rescue) rescue(root, gone);
      else
        (
          root.querySelector<HTMLElement>(TAB_STOP) ?? root.querySelector<HTMLElement>('[tabindex]')
        )?.focus();
    });
    const stop = () => {
      last = null;
      if (watching) observer.disconnect();
      watching = false;
    };
    const onFocusIn = (e: FocusEvent) => {
      last = e.target instanceof Element ? e.target : null;
      if (!watching) observer.observe(root, { childList: true, subtree: true });
      watching = true;
    };
    // Focus taken elsewhere (a click, another window) leaves its element connected: nothing to rescue.
    const onFocusOut = (e: FocusEvent) => {
      const left = e.target;
      queueMicrotask(() => {
        if (left === last && last?.isConnected && !root.contains(document.activeElement)) stop();
      });
    };
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', onFocusOut);
    return () => {
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('focusout', onFocusOut);
      stop();
    };
  }, [container, rescue]);
}
