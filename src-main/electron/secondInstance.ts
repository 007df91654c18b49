// What the running desktop app does when a second copy is started (Electron's single-instance lock
// sends it 'second-instance'; the second copy quits): bring the one window to the front, or open it.
export interface WindowShape {
  minimized: boolean;
  visible: boolean;
}

export type SecondInstanceStep = 'open-window' | 'restore' | 'show' | 'focus';

/** Steps in order; none while the store is still opening (the window comes when it is ready). */
export function secondInstanceSteps(state: {
  ready: boolean;
  storeOpen: boolean;
  window: WindowShape | null;
}): SecondInstanceStep[] {
  if (!state.window) return state.ready && state.storeOpen ? ['open-window', 'focus'] : [];
  const steps: SecondInstanceStep[] = [];
  if (state.window.minimized) steps.push('restore');
  if (!state.window.visible) steps.push('show');
  steps.push('focus');
  return steps;
}
