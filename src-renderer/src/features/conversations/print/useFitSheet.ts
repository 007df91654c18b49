// The preview's sheet keeps the paper's true width; in a pane narrower than the paper it is scaled
// down (CSS zoom, which also shrinks its layout box) so the whole width of the page is seen at once.
import { useLayoutEffect, useState, type RefObject } from 'react';
import type { PaperSize } from './paper';

const CSS_PX_PER_MM = 96 / 25.4;
/** Width of each paper in CSS pixels (print.css gives the sheet these widths). */
const PAPER_WIDTH_PX: Record<PaperSize, number> = { a4: 210 * CSS_PX_PER_MM, letter: 8.5 * 96 };
/** Below this the text would be too small to read; the canvas scrolls instead. */
const SMALLEST = 0.5;

export function fitScale(available: number, paper: PaperSize): number {
  const sheet = PAPER_WIDTH_PX[paper] + 2; // its border
  return available >= sheet ? 1 : Math.max(SMALLEST, available / sheet);
}

/** The zoom for the sheet inside `canvas` (its padding excluded), kept up to date as the pane resizes. */
export function useFitSheet(canvas: RefObject<HTMLElement | null>, paper: PaperSize): number {
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const measure = () => {
      const style = getComputedStyle(el);
      const available =
        el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (available > 0) setScale(fitScale(available, paper));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return; // jsdom: no layout to follow
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [canvas, paper]);
  return scale;
}
