// The desktop app started a second time: the running copy brings its window to the front.
import { describe, expect, it } from 'vitest';
import { secondInstanceSteps } from '../../../src-main/electron/secondInstance';

describe('a second start of the desktop app', () => {
  it('restores a minimised window, shows a hidden one, and focuses it', () => {
    const ready = { ready: true, storeOpen: true };
    expect(secondInstanceSteps({ ...ready, window: { minimized: false, visible: true } })).toEqual([
      'focus',
    ]);
    expect(secondInstanceSteps({ ...ready, window: { minimized: true, visible: true } })).toEqual([
      'restore',
      'focus',
    ]);
    expect(secondInstanceSteps({ ...ready, window: { minimized: true, visible: false } })).toEqual([
      'restore',
      'show',
      'focus',
    ]);
  });

  it('opens the window when none is open (macOS keeps the app running without one)', () => {
    expect(secondInstanceSteps({ ready: true, storeOpen: true, window: null })).toEqual([
      'open-window',
      'focus',
    ]);
  });

  it('waits while the app is still starting: the window comes with the open store', () => {
    expect(secondInstanceSteps({ ready: false, storeOpen: false, window: null })).toEqual([]);
    expect(secondInstanceSteps({ ready: true, storeOpen: false, window: null })).toEqual([]);
  });
});
