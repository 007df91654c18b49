// Two moments when the control with the keyboard focus goes away under it and the browser drops the
// focus on the page's body, so a keyboard user loses their place:
// - an add form clears itself after adding, and its submit button (disabled while the field is empty)
//   turns disabled;
// - a row's own action (Mark done, Restore) takes the row out of its list.

const FOCUSABLE =
  'a[href], button, input, select, textarea, [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

function lost(active: Element | null): boolean {
  return !active || active === document.body;
}

/**
 * Call after a successful add, before the form is cleared: when the add came from the form's submit
 * button, the focus goes back to `field`, ready for the next one (as after Enter in the field). A focus
 * moved elsewhere while the write was under way stays where it is.
 */
export function refocusAfterAdd(field: HTMLElement | null): void {
  const form = field?.closest('form');
  const active = document.activeElement;
  const onSubmit =
    active instanceof HTMLButtonElement && active.type === 'submit' && !!form?.contains(active);
  if (field?.isConnected && (onSubmit || lost(active))) field.focus();
}

export interface RowFocusOptions {
  /** Selector of what holds the rows and stays on the page while they come and go (an ancestor). */
  scope: string;
  /** Selector of the rows inside `scope`, in document order (across groups too). */
  row: string;
  /** Selector, inside `scope`, of where the focus goes when no row is left. */
  fallback: string;
}

/**
 * Call just before the action that removes `control`'s row. The neighbours are picked now, while the
 * row is still there; once `control` has left the page, and only if the focus left with it, the focus
 * goes to the same control of the next row, else of the previous one, else to `fallback`. A failed
 * action leaves the row in place: call the returned function to stop watching.
 */
export function keepFocusWhenRowGoes(
  control: HTMLElement,
  { scope, row, fallback }: RowFocusOptions,
): () => void {
  const root = control.closest<HTMLElement>(scope);
  const own = control.closest(row);
  if (!root || !own) return () => undefined;
  const rows = [...root.querySelectorAll(row)];
  const at = rows.indexOf(own);
  const slot = Math.max(0, [...own.querySelectorAll(FOCUSABLE)].indexOf(control));
  const nearest = [...rows.slice(at + 1), ...rows.slice(0, at).reverse()];
  const observer = new MutationObserver(() => {
    if (control.isConnected) return;
    observer.disconnect();
    if (!lost(document.activeElement)) return;
    const target = nearest
      .filter((r) => r.isConnected)
      .map((r) => r.querySelectorAll<HTMLElement>(FOCUSABLE)[slot])
      .find((el) => el !== undefined);
    (target ?? root.querySelector<HTMLElement>(fallback))?.focus();
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
