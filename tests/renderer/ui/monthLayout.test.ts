// Positions of a virtualised month list, from the months' counts alone.
import { describe, expect, it } from 'vitest';
import {
  entryAt,
  entryTop,
  layoutMonths,
  visibleRange,
} from '../../../src-renderer/src/ui/monthLayout';

const layout = layoutMonths(
  [
    { month: '2026-03', count: 2 },
    { month: '2026-02', count: 0 },
    { month: '2026-01', count: 3 },
  ],
  10,
  20,
);

describe('month layout', () => {
  it('stacks each month heading above its rows, skipping empty months', () => {
    expect(layout.blocks.map((b) => [b.month, b.first, b.top])).toEqual([
      ['2026-03', 0, 0],
      ['2026-01', 2, 40],
    ]);
    expect(layout.total).toBe(5);
    expect(layout.height).toBe(40 + 20 + 30);
    expect([0, 1, 2, 3, 4].map((i) => entryTop(layout, i))).toEqual([20, 30, 60, 70, 80]);
  });

  it('finds the row under a pixel, a heading counting as its first row', () => {
    expect([0, 19, 20, 29, 30, 39, 40, 59, 60, 89, 500].map((y) => entryAt(layout, y))).toEqual([
      0, 0, 0, 0, 1, 1, 2, 2, 2, 4, 4,
    ]);
  });

  it('gives the rows in a viewport with overscan, clamped to the list', () => {
    expect(visibleRange(layout, 55, 10, 0)).toEqual({ first: 2, last: 2 });
    expect(visibleRange(layout, 55, 10, 1)).toEqual({ first: 1, last: 3 });
    expect(visibleRange(layout, 0, 1000, 5)).toEqual({ first: 0, last: 4 });
    expect(visibleRange(layoutMonths([], 10, 20), 0, 100, 5)).toBeNull();
  });
});
