import { isoDateRange } from '../layout/time-interval';

/** A bound of `zoomTo`'s span: a Date (that instant) or an ISO date (its first day, or the end of its last). */
export function spanBound(name: 'from' | 'to', value: unknown, edge: 'start' | 'end'): number {
  if (value instanceof Date && Number.isFinite(value.getTime())) return value.getTime();
  const range = typeof value === 'string' ? isoDateRange(value) : null;
  if (range) return range[edge];
  throw new TypeError(
    `zoomTo: invalid ${name}: ${JSON.stringify(value)} (expected a Date or an ISO date YYYY, YYYY-MM or YYYY-MM-DD)`,
  );
}

/**
 * The span `zoomTo` shows for a request: kept inside the base domain, and widened around its centre to the shortest
 * span zooming allows.
 * @throws TypeError for a bound that is not a date, RangeError for a reversed span or one outside the base domain
 */
export function zoomSpan(
  span: { from: unknown; to: unknown },
  base: readonly [number, number],
  minSpan: number,
): [number, number] {
  if (typeof span !== 'object' || span === null) {
    throw new TypeError('zoomTo: invalid span (expected { from, to } with Dates or ISO dates)');
  }
  const from = spanBound('from', span.from, 'start');
  const to = spanBound('to', span.to, 'end');
  if (to <= from) throw new RangeError('zoomTo: invalid span (expected to after from)');
  const [baseStart, baseEnd] = base;
  let start = Math.max(from, baseStart);
  let end = Math.min(to, baseEnd);
  if (end <= start) throw new RangeError('zoomTo: the span lies outside the time the timeline covers');
  const least = Math.min(minSpan, baseEnd - baseStart);
  if (end - start < least) {
    const centre = (start + end) / 2;
    start = Math.max(baseStart, Math.min(centre - least / 2, baseEnd - least));
    end = start + least;
  }
  return [start, end];
}
