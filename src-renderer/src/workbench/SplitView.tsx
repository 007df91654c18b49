// Side bar | editor: a plain flex split with one keyboard- and pointer-driven separator. Hand-made
// because the resizable-panels library measured a quarter of the start-up budget (its mount forces
// layouts) for a single fixed two-pane split.
import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

export const SIDE_MIN_PX = 160;
export const SIDE_MAX_PERCENT = 60;
export const DEFAULT_SIDE_PERCENT = 22;

interface SplitViewProps {
  /** Null hides the side pane and its separator. */
  side: ReactNode | null;
  main: ReactNode;
  /** Side pane width in percent of the split. */
  width: number;
  onWidthChange: (percent: number) => void;
}

/** Keeps the side pane between its pixel minimum and 60% of the split. */
export function clampWidth(percent: number, splitPx: number): number {
  const min = splitPx > 0 ? Math.min(SIDE_MAX_PERCENT, (SIDE_MIN_PX / splitPx) * 100) : 0;
  return Math.round(Math.min(SIDE_MAX_PERCENT, Math.max(min, percent)) * 10) / 10;
}

const KEY_STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1 };

export function SplitView({ side, main, width, onWidthChange }: SplitViewProps) {
  const splitRef = useRef<HTMLDivElement>(null);
  // While dragging the width lives here; the store hears of it once, when the drag ends.
  const [dragWidth, setDragWidth] = useState<number | null>(null);
  const shown = dragWidth ?? width;

  const splitPx = () => splitRef.current?.getBoundingClientRect().width ?? 0;
  const widthAt = (clientX: number) => {
    const rect = splitRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return width;
    return clampWidth(((clientX - rect.left) / rect.width) * 100, rect.width);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragWidth(widthAt(event.clientX));
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (dragWidth !== null) setDragWidth(widthAt(event.clientX));
  };
  const endDrag = () => {
    if (dragWidth === null) return;
    onWidthChange(dragWidth);
    setDragWidth(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    let next: number | null = null;
    const step = KEY_STEPS[event.key];
    if (step !== undefined) next = width + step * (event.shiftKey ? 5 : 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = SIDE_MAX_PERCENT;
    if (next === null) return;
    event.preventDefault();
    onWidthChange(clampWidth(next, splitPx()));
  };

  return (
    <div ref={splitRef} className="workbench-split">
      {side !== null && (
        <>
          <div id="workbench-side-pane" className="panel-side" style={{ flexBasis: `${shown}%` }}>
            {side}
          </div>
          <div
            role="separator"
            aria-orientation="vertical"
            aria-label="Resize side bar"
            aria-controls="workbench-side-pane"
            aria-valuenow={Math.round(shown)}
            aria-valuemin={0}
            aria-valuemax={SIDE_MAX_PERCENT}
            tabIndex={0}
            className="split-handle"
            data-dragging={dragWidth !== null || undefined}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={endDrag}
            onPointerCancel={endDrag}
            onLostPointerCapture={endDrag}
            onDoubleClick={() => onWidthChange(clampWidth(DEFAULT_SIDE_PERCENT, splitPx()))}
            onKeyDown={onKeyDown}
          />
        </>
      )}
      <div className="panel-editor">{main}</div>
    </div>
  );
}
