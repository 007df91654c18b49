import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  parseWindowState,
  parseWindowStateText,
  serializeWindowState,
} from '../../../src-main/electron/windowState';

const screens = [
  { x: 0, y: 0, width: 1920, height: 1040 },
  { x: 1920, y: 0, width: 1280, height: 1024 },
];

describe('window state', () => {
  it('round-trips a visible window', () => {
    const text = serializeWindowState({ x: 100, y: 80, width: 1200, height: 800 }, true);
    expect(parseWindowStateText(text, screens)).toEqual({
      bounds: { x: 100, y: 80, width: 1200, height: 800 },
      width: 1200,
      height: 800,
      maximized: true,
    });
  });

  it('keeps a window on the second display', () => {
    expect(
      parseWindowState({ x: 2000, y: 50, width: 900, height: 700, maximized: false }, screens)
        .bounds,
    ).toEqual({
      x: 2000,
      y: 50,
      width: 900,
      height: 700,
    });
  });

  it('falls back to defaults for a window on a display that is gone', () => {
    const state = parseWindowState(
      { x: 5000, y: 100, width: 900, height: 700, maximized: true },
      screens,
    );
    expect(state.bounds).toBeUndefined();
    expect(state.width).toBe(DEFAULT_WINDOW_STATE.width);
    expect(state.maximized).toBe(true);
  });

  it('falls back when only a sliver would be visible', () => {
    expect(
      parseWindowState({ x: -880, y: 0, width: 900, height: 700 }, screens).bounds,
    ).toBeUndefined();
  });

  it.each([
    null,
    'text',
    [],
    { x: '1', y: 0, width: 900, height: 700 },
    { x: 0, y: 0, width: 100, height: 700 },
    { x: 0, y: 0, width: 900.5, height: 700 },
    { x: 0, y: 0, width: 1e9, height: 700 },
    { x: Number.NaN, y: 0, width: 900, height: 700 },
  ])('ignores garbage %j', (raw) => {
    expect(parseWindowState(raw, screens).bounds).toBeUndefined();
  });

  it('ignores an unreadable or broken file', () => {
    expect(parseWindowStateText(null, screens)).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowStateText('{"x": 1,', screens)).toEqual(DEFAULT_WINDOW_STATE);
  });
});
