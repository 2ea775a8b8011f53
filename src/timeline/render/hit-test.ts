import type { Mark, RowLayout } from '../layout/timeline-layout';

/** How far from a mark's box a pointer may be and still reach it, in pixels. */
const slack = 3;

/**
 * The mark under a point (for the canvas layer, which has no elements to hit): the row whose centre is nearest `y`
 * (within half a row), then a binary search of that row's marks, sorted by x and not overlapping. O(log n).
 */
export function markAt<T>(rows: readonly RowLayout<T>[], rowHeight: number, x: number, y: number): Mark<T> | null {
  // Rows are stacked top to bottom, so their centres are sorted.
  let low = 0;
  let high = rows.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((rows[mid] as RowLayout<T>).y < y) low = mid + 1;
    else high = mid;
  }
  let best: RowLayout<T> | undefined;
  for (const candidate of [rows[low - 1], rows[low]]) {
    if (
      candidate &&
      Math.abs(candidate.y - y) <= rowHeight / 2 &&
      (!best || Math.abs(candidate.y - y) < Math.abs(best.y - y))
    ) {
      best = candidate;
    }
  }
  if (!best) return null;
  const marks = best.marks;
  let first = 0;
  let last = marks.length;
  while (first < last) {
    const mid = (first + last) >> 1;
    if ((marks[mid] as Mark<T>).x1 + slack < x) first = mid + 1;
    else last = mid;
  }
  const mark = marks[first];
  return mark && mark.x0 - slack <= x ? mark : null;
}
