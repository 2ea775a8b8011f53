import type { Mark, TimelineLayout } from './timeline-layout';

/** Whether any part of a mark's box is inside the plot. */
export function isInView(mark: Mark<unknown>, plot: TimelineLayout<unknown>['plot']): boolean {
  return mark.x1 >= plot.left && mark.x0 <= plot.right;
}

/**
 * The latest interval end among `marks[0..i]`, for each `i`: it only grows, so `visibleMarks` can binary-search where
 * the marks that may reach into view begin.
 */
export function latestEnds(marks: readonly Mark<unknown>[]): Float64Array {
  const ends = new Float64Array(marks.length);
  let latest = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < marks.length; i++) {
    const end = (marks[i] as Mark<unknown>).interval.end;
    if (end > latest) latest = end;
    ends[i] = latest;
  }
  return ends;
}

/**
 * The marks in view, in the layout's (time) order, without reading every mark: a zoom at 100,000 marks shows a few
 * thousand. A mark's box is its interval, widened to at most half a mark on each side, so only marks starting before
 * the plot's right edge (plus half a mark) and ending after its left edge (minus half a mark) can be in view: the
 * first bound is found by a binary search of the marks (sorted by start), the second by one of `latestEnds`. The marks
 * between are tested one by one.
 */
export function visibleMarks<T>(layout: TimelineLayout<T>): Mark<T>[] {
  const { marks, plot, markSize, latestEnds: ends } = layout;
  const start = +layout.domain[0];
  const span = +layout.domain[1] - start;
  // A pixel wider than the half mark, so that rounding never leaves out a mark in view.
  const reach = markSize / 2 + 1;
  const timeAt = (x: number) => start + ((x - plot.left) / (plot.right - plot.left)) * span;
  const earliestEnd = timeAt(plot.left - reach);
  const latestStart = timeAt(plot.right + reach);
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((ends[mid] as number) < earliestEnd) low = mid + 1;
    else high = mid;
  }
  const first = low;
  high = marks.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((marks[mid] as Mark<T>).interval.start <= latestStart) low = mid + 1;
    else high = mid;
  }
  const visible: Mark<T>[] = [];
  for (let i = first; i < low; i++) if (isInView(marks[i] as Mark<T>, plot)) visible.push(marks[i] as Mark<T>);
  return visible;
}
