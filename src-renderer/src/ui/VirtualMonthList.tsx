// A list of rows grouped under month headings that renders only the rows in view (plus a few either
// side), for lists as long as the journal: 100,000 rows cost what a screenful does. It lays itself
// out from the months' counts alone and asks its owner, through `onRange`, for the rows it shows;
// a row not loaded yet is drawn as a placeholder of the same height. It scrolls with the nearest
// scrolling ancestor (the side bar), and moves the keyboard focus across rows it has not drawn yet.
import {
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import {
  blockOfEntry,
  entryTop,
  layoutMonths,
  visibleRange,
  type MonthLayout,
  type MonthSpan,
} from './monthLayout';

/** Pixel heights the layout is computed with; the rows are drawn exactly this tall. */
export const ROW_HEIGHT = 24;
export const HEADING_HEIGHT = 28;
const OVERSCAN = 10;

/** Props a drawn row must spread onto its option element. */
export interface VirtualRowProps {
  style: CSSProperties;
  'data-entry-index': number;
  'aria-posinset': number;
  'aria-setsize': number;
}

export interface VirtualMonthListHandle {
  /** Scrolls entry `index` into view and focuses its row once drawn. */
  focusEntry(index: number): void;
  /** Arrows, Page Up/Down and End among the rows; false when the key is not its to handle. */
  handleKey(e: KeyboardEvent<HTMLElement>, index: number): boolean;
}

interface Props {
  months: readonly MonthSpan[];
  label: (month: string) => string;
  renderRow: (index: number, props: VirtualRowProps) => ReactNode;
  /** Called with the entries drawn (inclusive) whenever they change. */
  onRange: (first: number, last: number) => void;
  ref?: Ref<VirtualMonthListHandle>;
}

interface Viewport {
  /** How far the list's top is above the scroller's top edge (0 when the list starts in view). */
  top: number;
  height: number;
}

/**
 * The nearest ancestor that really scrolls: one whose content overflows it. A list styled
 * `overflow: auto` that grows with its rows never scrolls itself, so it is passed over.
 */
function scrollerOf(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}

function measure(area: HTMLElement, scroller: HTMLElement | null): Viewport {
  // Without layout (jsdom) or a scroller, the window's height stands in for the viewport's.
  const height = scroller?.clientHeight || window.innerHeight;
  const scrollerTop = scroller ? scroller.getBoundingClientRect().top + scroller.clientTop : 0;
  return { top: scrollerTop - area.getBoundingClientRect().top, height };
}

export function VirtualMonthList({ months, label, renderRow, onRange, ref }: Props) {
  const area = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLElement | null>(null);
  const [viewport, setViewport] = useState<Viewport>({ top: 0, height: 0 });
  const pendingFocus = useRef<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const layout = useMemo(() => layoutMonths(months, ROW_HEIGHT, HEADING_HEIGHT), [months]);
  const range = visibleRange(layout, viewport.top, viewport.height, OVERSCAN);

  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    // Which ancestor scrolls can change (a short list grows past the side bar): it is looked up at
    // each scroll, caught in the capture phase wherever it happens.
    const update = () => {
      scroller.current = scrollerOf(el);
      const next = measure(el, scroller.current);
      setViewport((v) => (v.top === next.top && v.height === next.height ? v : next));
    };
    update();
    document.addEventListener('scroll', update, { capture: true, passive: true });
    window.addEventListener('resize', update);
    return () => {
      document.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
    };
  }, []);

  const first = range?.first ?? -1;
  const last = range?.last ?? -1;
  useEffect(() => {
    if (first >= 0) onRange(first, last);
  }, [first, last, onRange]);

  // A focus asked for a row not drawn yet lands once it is.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = area.current?.querySelector<HTMLElement>(`[data-entry-index="${index}"]`);
    if (!row) return;
    pendingFocus.current = null;
    row.focus({ preventScroll: true });
  });

  useImperativeHandle(ref, () => {
    const focusEntry = (index: number) => {
      const el = area.current;
      if (!el || layout.total === 0) return;
      const i = Math.max(0, Math.min(layout.total - 1, index));
      pendingFocus.current = i;
      scrollToEntry(el, scroller.current, layout, i);
      const next = measure(el, scroller.current);
      // Drawn at once, without waiting for the scroll event (which may not come: already in view).
      setViewport(next);
      const row = el.querySelector<HTMLElement>(`[data-entry-index="${i}"]`);
      if (row) {
        pendingFocus.current = null;
        row.focus({ preventScroll: true });
      }
    };
    const page = () =>
      Math.max(
        1,
        Math.floor((scroller.current?.clientHeight || window.innerHeight) / ROW_HEIGHT) - 1,
      );
    return {
      focusEntry,
      handleKey(e, index) {
        let next: number | null = null;
        if (e.key === 'ArrowDown') next = Math.min(layout.total - 1, index + 1);
        else if (e.key === 'ArrowUp' && index > 0) next = index - 1;
        else if (e.key === 'PageDown') next = Math.min(layout.total - 1, index + page());
        else if (e.key === 'PageUp') next = Math.max(0, index - page());
        else if (e.key === 'End') next = layout.total - 1;
        if (next === null) return false;
        e.preventDefault();
        focusEntry(next);
        return true;
      },
    };
  }, [layout]);

  // The rows to draw by month: those in view, and the focused row wherever it is (scrolled away, it
  // keeps the focus: removing it would drop the focus on the page, and its rescue would scroll back).
  const drawn = new Map<number, number[]>();
  const draw = (i: number) => {
    const b = blockOfEntry(layout, i);
    const rows = drawn.get(b);
    if (rows) rows.push(i);
    else drawn.set(b, [i]);
  };
  if (range) for (let i = range.first; i <= range.last; i++) draw(i);
  if (
    focused !== null &&
    focused < layout.total &&
    !(range && focused >= range.first && focused <= range.last)
  )
    draw(focused);

  return (
    <div
      ref={area}
      style={{ position: 'relative', height: layout.height }}
      onFocus={(e) => {
        const index = (e.target as HTMLElement).dataset.entryIndex;
        if (index !== undefined) setFocused(Number(index));
      }}
    >
      {[...drawn]
        .sort(([a], [b]) => a - b)
        .map(([b, indices]) => {
          const block = layout.blocks[b]!;
          return (
            <div
              key={block.month}
              role="group"
              aria-label={label(block.month)}
              className="ladder-tree__group"
              style={{
                position: 'absolute',
                top: block.top,
                left: 0,
                right: 0,
                height: HEADING_HEIGHT + block.count * ROW_HEIGHT,
              }}
            >
              <div
                className="ladder-tree__heading"
                aria-hidden="true"
                style={{ height: HEADING_HEIGHT, boxSizing: 'border-box' }}
              >
                {label(block.month)}
              </div>
              {indices.map((i) =>
                renderRow(i, {
                  style: {
                    position: 'absolute',
                    top: HEADING_HEIGHT + (i - block.first) * ROW_HEIGHT,
                    left: 0,
                    right: 0,
                    height: ROW_HEIGHT,
                    boxSizing: 'border-box',
                  },
                  'data-entry-index': i,
                  'aria-posinset': i + 1,
                  'aria-setsize': layout.total,
                }),
              )}
            </div>
          );
        })}
    </div>
  );
}

/** Scrolls the least distance that shows entry `index`'s row whole (with its heading, for a month's first). */
function scrollToEntry(
  area: HTMLElement,
  scroller: HTMLElement | null,
  layout: MonthLayout,
  index: number,
): void {
  if (!scroller) return;
  const { top: hidden, height } = measure(area, scroller);
  const areaOffset = scroller.scrollTop - hidden;
  const rowTop = areaOffset + entryTop(layout, index);
  const viewTop = scroller.scrollTop;
  if (rowTop - HEADING_HEIGHT < viewTop) scroller.scrollTop = Math.max(0, rowTop - HEADING_HEIGHT);
  else if (rowTop + ROW_HEIGHT > viewTop + height)
    scroller.scrollTop = rowTop + ROW_HEIGHT - height;
}
