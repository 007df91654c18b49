import { describe, expect, it } from 'vitest';
import { axisLabels } from '../../../src-renderer/src/features/rehearsal/ProgressChart';

const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

describe('the progress chart time axis', () => {
  it('names each bar by its day, and by its time when the bar before was the same day', () => {
    const first = new Date(2026, 10, 3, 9, 30).getTime();
    const sameDay = new Date(2026, 10, 3, 17, 5).getTime();
    const later = new Date(2026, 10, 20, 8, 0).getTime();
    expect(axisLabels([first, sameDay, later])).toEqual([
      day.format(first),
      time.format(sameDay),
      day.format(later),
    ]);
  });

  it('labels at most eight bars, evenly, so the labels never run into each other', () => {
    const starts = Array.from({ length: 20 }, (_, i) => new Date(2026, 0, 1 + i * 3, 12).getTime());
    const labels = axisLabels(starts);
    expect(labels).toHaveLength(20);
    expect(labels.filter(Boolean).length).toBeLessThanOrEqual(8);
    expect(labels[0]).toBe(day.format(starts[0]!));
    expect(labels.findIndex((l, i) => i > 0 && l !== '')).toBe(3);
  });
});
