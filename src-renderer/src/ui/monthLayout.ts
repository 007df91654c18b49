// Where each month heading and entry row of a virtualised list sits, from the months' counts alone
// (the rows themselves are fetched only when shown). Rows and headings have fixed heights, so any
// position is a binary search over the months' tops: no row needs to be measured or even loaded.

export interface MonthSpan {
  month: string;
  count: number;
}

export interface MonthBlock {
  month: string;
  /** Index (across the whole list) of the month's first entry. */
  first: number;
  count: number;
  /** Pixel offset of the month's heading from the top of the list. */
  top: number;
}

export interface MonthLayout {
  blocks: MonthBlock[];
  total: number;
  height: number;
  rowHeight: number;
  headingHeight: number;
}

export function layoutMonths(
  months: readonly MonthSpan[],
  rowHeight: number,
  headingHeight: number,
): MonthLayout {
  const blocks: MonthBlock[] = [];
  let first = 0;
  let top = 0;
  for (const { month, count } of months) {
    if (count <= 0) continue;
    blocks.push({ month, first, count, top });
    first += count;
    top += headingHeight + count * rowHeight;
  }
  return { blocks, total: first, height: top, rowHeight, headingHeight };
}

/** The block holding entry `index` (the last whose first entry is not after it). */
export function blockOfEntry(layout: MonthLayout, index: number): number {
  let lo = 0;
  let hi = layout.blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (layout.blocks[mid]!.first <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Pixel offset of entry `index`'s row from the top of the list. */
export function entryTop(layout: MonthLayout, index: number): number {
  const block = layout.blocks[blockOfEntry(layout, index)];
  if (!block) return 0;
  return block.top + layout.headingHeight + (index - block.first) * layout.rowHeight;
}

/** The entry whose row covers pixel `y` (or the first of the month when `y` is on its heading). */
export function entryAt(layout: MonthLayout, y: number): number {
  if (layout.total === 0) return 0;
  let lo = 0;
  let hi = layout.blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (layout.blocks[mid]!.top <= y) lo = mid;
    else hi = mid - 1;
  }
  const block = layout.blocks[lo]!;
  const row = Math.floor((y - block.top - layout.headingHeight) / layout.rowHeight);
  return block.first + Math.min(block.count - 1, Math.max(0, row));
}

/** The entries (first..last, inclusive) a viewport from `top`, `height` pixels tall, shows, with `overscan` rows either side. */
export function visibleRange(
  layout: MonthLayout,
  top: number,
  height: number,
  overscan: number,
): { first: number; last: number } | null {
  if (layout.total === 0) return null;
  const first = Math.max(0, entryAt(layout, Math.max(0, top)) - overscan);
  const last = Math.min(layout.total - 1, entryAt(layout, top + height) + overscan);
  return { first, last };
}
