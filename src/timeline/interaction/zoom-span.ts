import { dayMs, isoDateRange } from '../layout/time-interval';

type SpanMethod = 'zoomTo' | 'brushTo';

/**
 * A bound of a span given to `zoomTo` or `brushTo`: a Date (that instant) or an ISO date (its first day, or the end of
 * its last).
 */
export function spanBound(method: SpanMethod, name: 'from' | 'to', value: unknown, edge: 'start' | 'end'): number {
  if (value instanceof Date && Number.isFinite(value.getTime())) return value.getTime();
  const range = typeof value === 'string' ? isoDateRange(value) : null;
  if (range) return range[edge];
  throw new TypeError(
    `timeline.${method}: invalid ${name}: ${JSON.stringify(value)} (expected a Date or an ISO date YYYY, YYYY-MM or YYYY-MM-DD)`,
  );
}

/** Both bounds of a span, checked: a TypeError for a bound that is not a date, a RangeError for a reversed span. */
function spanBounds(method: SpanMethod, span: { from: unknown; to: unknown }): [number, number] {
  if (typeof span !== 'object' || span === null) {
    throw new TypeError(`timeline.${method}: invalid span (expected { from, to } with Dates or ISO dates)`);
  }
  const from = spanBound(method, 'from', span.from, 'start');
  const to = spanBound(method, 'to', span.to, 'end');
  if (to <= from) throw new RangeError(`timeline.${method}: invalid span (expected to after from)`);
  return [from, to];
}

/**
 * The span `brushTo` selects: widened to whole UTC days, as a brushed span is, and kept inside the base domain.
 * @throws TypeError for a bound that is not a date, RangeError for a reversed span or one outside the base domain
 */
export function brushSpan(span: { from: unknown; to: unknown }, base: readonly [number, number]): [number, number] {
  const [from, to] = spanBounds('brushTo', span);
  const start = Math.max(Math.floor(from / dayMs) * dayMs, Math.floor(base[0] / dayMs) * dayMs);
  const end = Math.min(Math.ceil(to / dayMs) * dayMs, Math.ceil(base[1] / dayMs) * dayMs);
  if (end <= start) throw new RangeError('timeline.brushTo: the span lies outside the time the timeline covers');
  return [start, end];
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
  const [from, to] = spanBounds('zoomTo', span);
  const [baseStart, baseEnd] = base;
  let start = Math.max(from, baseStart);
  let end = Math.min(to, baseEnd);
  if (end <= start) throw new RangeError('timeline.zoomTo: the span lies outside the time the timeline covers');
  const least = Math.min(minSpan, baseEnd - baseStart);
  if (end - start < least) {
    const centre = (start + end) / 2;
    start = Math.max(baseStart, Math.min(centre - least / 2, baseEnd - least));
    end = start + least;
  }
  return [start, end];
}
