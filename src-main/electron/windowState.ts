// Remembered window size and place: parsed defensively, so a broken file or a lost monitor
// never opens the window off screen (pure, unit-tested).
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds?: Rect;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
export const MIN_WIDTH = 640;
export const MIN_HEIGHT = 420;
const MAX_SIDE = 100_000;
/** How much of the window must lie on some display to count as visible. */
const MIN_VISIBLE = 100;

const isInt = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= MAX_SIDE;

function overlap(a: Rect, b: Rect): { w: number; h: number } {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { w: Math.max(0, w), h: Math.max(0, h) };
}

/** Validates whatever was read from disk against the displays that exist now. */
export function parseWindowState(raw: unknown, workAreas: readonly Rect[]): WindowState {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_WINDOW_STATE };
  const r = raw as Record<string, unknown>;
  const maximized = r.maximized === true;
  const { x, y, width, height } = r;
  if (
    !isInt(x) ||
    !isInt(y) ||
    !isInt(width) ||
    !isInt(height) ||
    width < MIN_WIDTH ||
    height < MIN_HEIGHT
  ) {
    return { ...DEFAULT_WINDOW_STATE, maximized };
  }
  const bounds = { x, y, width, height };
  const visible = workAreas.some((area) => {
    const o = overlap(bounds, area);
    return o.w >= Math.min(MIN_VISIBLE, width) && o.h >= Math.min(MIN_VISIBLE, height);
  });
  if (!visible) return { ...DEFAULT_WINDOW_STATE, maximized };
  return { bounds, width, height, maximized };
}

export function parseWindowStateText(text: string | null, workAreas: readonly Rect[]): WindowState {
  if (text === null) return { ...DEFAULT_WINDOW_STATE };
  try {
    return parseWindowState(JSON.parse(text), workAreas);
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

export function serializeWindowState(bounds: Rect, maximized: boolean): string {
  const { x, y, width, height } = bounds;
  return `${JSON.stringify({ x, y, width, height, maximized }, null, 2)}\n`;
}
