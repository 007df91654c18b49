// Moving keyboard focus between the workbench's parts.
import { useWorkbench } from './store';

export const SIDEBAR_CONTENT_ID = 'workbench-sidebar-content';
export const EDITOR_AREA_ID = 'workbench-editor-area';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

/** Runs after React has painted the state change that precedes it. */
function afterRender(run: () => void): void {
  setTimeout(run, 0);
}

export function focusFirstIn(container: Element | null, preferred?: string): boolean {
  if (!container) return false;
  const target =
    (preferred ? container.querySelector<HTMLElement>(preferred) : null) ??
    container.querySelector<HTMLElement>(FOCUSABLE) ??
    (container instanceof HTMLElement ? container : null);
  target?.focus();
  return !!target;
}

export function focusSideBar(): void {
  useWorkbench.setState({ sideBarVisible: true });
  afterRender(() =>
    focusFirstIn(
      document.getElementById(SIDEBAR_CONTENT_ID)?.querySelector('.side-bar-view:not([hidden])') ??
        null,
    ),
  );
}

/** The active editor, else its tab, else (no tab open) the editor area itself. */
export function focusEditor(): void {
  afterRender(() => {
    const area = document.getElementById(EDITOR_AREA_ID);
    const panel = area?.querySelector('[role="tabpanel"]:not([hidden])') ?? null;
    if (!focusFirstIn(panel, '[contenteditable="true"]')) {
      (area?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ?? area)?.focus();
    }
  });
}
