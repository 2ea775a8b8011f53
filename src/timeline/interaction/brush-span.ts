/**
 * The pure side of the brush: pixels to a span of whole UTC days, and the records that may fall in a span. Kept apart
 * from the DOM so that both are tested in Node.
 */

import { dayMs } from '../layout/time-interval';
import type { Mark } from '../layout/timeline-layout';

/** The plot's horizontal extent and the time it shows: enough to map pixels to time and back. */
export interface TimeFrame {
  readonly left: number;
  readonly right: number;
  readonly domain: readonly [number, number];
}

/** The time at pixel `x`. */
export function timeAt(frame: TimeFrame, x: number): number {
  const [d0, d1] = frame.domain;
  return d0 + ((x - frame.left) / (frame.right - frame.left)) * (d1 - d0);
}

/** The pixel of time `t` (may lie outside the plot). */
export function pixelOf(frame: TimeFrame, t: number): number {
  const [d0, d1] = frame.domain;
  return frame.left + ((t - d0) / (d1 - d0)) * (frame.right - frame.left);
}

/**
 * The span a brushed pixel range selects: widened to whole UTC days (the dates drawn are days), at least one day, and
 * kept inside `bounds` (the time the timeline covers) so that nothing outside it is selected.
 */
export function daySpanOf(
  frame: TimeFrame,
  pixels: readonly [number, number],
  bounds: readonly [number, number],
): [number, number] {
  const a = timeAt(frame, Math.min(pixels[0], pixels[1]));
  const b = timeAt(frame, Math.max(pixels[0], pixels[1]));
  const first = Math.floor(bounds[0] / dayMs) * dayMs;
  const last = Math.ceil(bounds[1] / dayMs) * dayMs;
  let from = Math.max(first, Math.floor(a / dayMs) * dayMs);
  let to = Math.min(last, Math.ceil(b / dayMs) * dayMs);
  if (to - from < dayMs) {
    // A click-sized drag still selects its day; at the end of the timeline, the last day.
    if (from + dayMs <= last) to = from + dayMs;
    else from = to - dayMs;
  }
  return [from, to];
}

/**
 * The records that may fall in `[from, to)`, each once, in time order, with their ids: a mark whose range overlaps it,
 * where a bound no source gives counts as possibly inside (as `contactsInSpan` does with `overlaps`).
 */
export function recordsInSpan<T>(
  marks: readonly Mark<T>[],
  span: readonly [number, number],
): { records: T[]; ids: string[] } {
  const [from, to] = span;
  const seen = new Set<T>();
  const records: T[] = [];
  const ids: string[] = [];
  for (const { record, id, interval } of marks) {
    if (seen.has(record)) continue;
    const startsBefore = interval.openStart || interval.start < to;
    const endsAfter = interval.openEnd || interval.end > from;
    if (startsBefore && endsAfter) {
      seen.add(record);
      records.push(record);
      ids.push(id);
    }
  }
  return { records, ids };
}

/** The ISO day `YYYY-MM-DD` of a UTC time (years 0–9999). */
export function isoDay(time: number): string {
  const date = new Date(time);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}
