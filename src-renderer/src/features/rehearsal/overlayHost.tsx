// Mounts the rehearsal as a full-window layer in its own root beside the workbench, which is made
// inert meanwhile: focus and the screen reader stay inside the rehearsal, and no workbench shortcut fires.
import { QueryClientProvider } from '@tanstack/react-query';
import { createRoot, type Root } from 'react-dom/client';
import { queryClient } from '../../api/query';
import { refreshAfterRehearsal } from './rehearsalQueries';
import { RehearsalOverlay } from './RehearsalOverlay';
import type { RehearsalSession } from '../../../../src-main/shared/rehearsal/rehearsal';
import type { RehearsalRequest } from './request';

let current: {
  root: Root;
  host: HTMLElement;
  previous: HTMLElement | null;
  workbench: HTMLElement | null;
} | null = null;

export function closeRehearsal(): void {
  if (!current) return;
  const { root, host, previous, workbench } = current;
  current = null;
  root.unmount();
  host.remove();
  if (workbench) workbench.inert = false;
  void refreshAfterRehearsal();
  returnFocus(previous);
}

/**
 * Back where the user was; when that is gone (a palette box, nothing focused at start), the
 * Rehearse button of the activity bar, so the keyboard is never left on the page's body.
 */
function returnFocus(previous: HTMLElement | null): void {
  if (previous?.isConnected && previous !== document.body) {
    previous.focus();
    if (document.activeElement === previous) return;
  }
  const buttons = [...document.querySelectorAll<HTMLElement>('.activity-bar .activity-button')];
  (
    buttons.find((b) => b.getAttribute('aria-label')?.startsWith('Rehearse')) ?? buttons[0]
  )?.focus();
}

/** Opens the settings for `request`, or, with `resumed`, that session where it stopped. */
export function openRehearsal(request: RehearsalRequest, resumed?: RehearsalSession): void {
  if (current) return;
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const workbench = document.getElementById('root');
  const host = document.createElement('div');
  host.className = 'rehearsal-host';
  document.body.appendChild(host);
  if (workbench) workbench.inert = true;
  const root = createRoot(host);
  current = { root, host, previous, workbench };
  root.render(
    <QueryClientProvider client={queryClient}>
      <RehearsalOverlay request={request} resumed={resumed} onClose={closeRehearsal} />
    </QueryClientProvider>,
  );
}
