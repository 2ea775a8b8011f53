import { describeValue } from '../../shared/describe-value';
import { placeLabels } from './labels';
import { placeMarksX, timeScale } from './mark-geometry';
import type { TimelineLayout } from './timeline-layout';

/** Relative slack when checking that a zoomed domain is no wider than the base one (zoom transforms round). */
const widthTolerance = 1e-9;

/**
 * Moves every mark for a new domain (a zoom or pan) and re-places the labels, in place: O(n) for the marks plus the
 * labels of the marks in view. Lanes, rows and y are unchanged, which is valid for any domain no wider than
 * `baseDomain` (zooming in only pushes packed marks apart); for a wider one, lay out again.
 *
 * @returns the same layout, for chaining.
 * @throws RangeError for an empty, reversed, non-finite or wider-than-base domain.
 */
export function rescaleLayout<T>(
  layout: TimelineLayout<T>,
  domain: readonly [Date | number, Date | number],
): TimelineLayout<T> {
  const start = +domain[0];
  const end = +domain[1];
  const baseWidth = +layout.baseDomain[1] - +layout.baseDomain[0];
  if (!(Number.isFinite(start) && Number.isFinite(end) && end > start)) {
    throw new RangeError(
      `rescaleLayout: invalid domain ${describeValue(domain)} (expected two times, start before end)`,
    );
  }
  if (end - start > baseWidth * (1 + widthTolerance)) {
    throw new RangeError(
      `rescaleLayout: domain of ${end - start} ms is wider than the layout's ${baseWidth} ms (lay out again to zoom out)`,
    );
  }
  const { plot, markSize } = layout;
  const x = timeScale([start, end], plot.left, plot.right);
  placeMarksX(layout.marks, x, markSize);
  layout.domain = [new Date(start), new Date(end)];
  if (layout.measure) {
    const placement = placeLabels(
      layout.rows.map((row) => row.marks),
      plot,
      layout.markGap,
      layout.measure,
      layout.lanes.map((lane) => lane.key),
      layout.labelMarkLimit ?? Number.POSITIVE_INFINITY,
    );
    layout.labels = placement?.labels ?? [];
    layout.hiddenLabels = placement?.hidden ?? null;
  }
  return layout;
}
