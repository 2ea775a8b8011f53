import { utcDay } from '../../data/dates';
import type { Basis } from '../../data/types';
import { describeValue } from '../../shared/describe-value';
import type { TimelineDateInput } from '../options';

/** One UTC day in milliseconds. */
export const dayMs = 86_400_000;

/** How a mark is drawn: one day, a span the event filled, or an uncertain range the event fell in. */
export type IntervalShape = 'point' | 'span' | 'uncertain';

/** The coarsest precision of the dates an interval was built from. */
export type IntervalPrecision = 'day' | 'month' | 'year';

/**
 * A date as an interval of UTC time, ready to draw. Days are half-open: a day covers `[start, start + dayMs)`, so a
 * one-day point has `end - start === dayMs` and a span's `end` is the start of the day after its last day.
 */
export interface TimeInterval {
  /** Milliseconds since the epoch, inclusive. */
  readonly start: number;
  /** Milliseconds since the epoch, exclusive. */
  readonly end: number;
  /**
   * `point` for one day; `span` for a span, or a day given only to the month or year (then `precision` says so);
   * `uncertain` for a `{ notBefore, notAfter }` date.
   */
  readonly shape: IntervalShape;
  /** `month` or `year` when a bound is known only to that precision: the renderer must not draw it as exact. */
  readonly precision: IntervalPrecision;
  /** Whether the source states the date or it is inferred; null when the input does not say (a Date or a string). */
  readonly basis: Basis | null;
  /**
   * The start is unknown (no `notBefore`): `start` is only where drawing stops, `openBoundSpan` days before the known
   * end. The renderer draws it fading, never as an edge.
   */
  readonly openStart: boolean;
  /** The end is unknown (no `notAfter`): `end` is `openBoundSpan` days after the known start, drawn fading. */
  readonly openEnd: boolean;
}

const expectedDate =
  'expected a Date, an ISO date YYYY, YYYY-MM or YYYY-MM-DD, or a date value { when }, { from, to } or ' +
  '{ notBefore, notAfter }';

function invalidDate(value: unknown, reason = expectedDate): TypeError {
  return new TypeError(`invalid date: ${describeValue(value)} (${reason})`);
}

/** The number written by `count` ASCII digits from `offset`, or -1 if any is not a digit. */
function digitsAt(text: string, offset: number, count: number): number {
  let value = 0;
  for (let i = offset; i < offset + count; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

// The result of the last `parseIso`, kept in module variables: the layout parses a date per record, up to 100,000
// times, and returning an object each time only to copy it into the interval doubled the garbage.
let parsedStart = 0;
let parsedEnd = 0;
let parsedPrecision: IntervalPrecision = 'day';

/**
 * Parses an ISO date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into `parsedStart`, `parsedEnd` (the instant after its last
 * day) and `parsedPrecision`; false if it is not one, or not a real calendar date. By hand rather than with a regular
 * expression or `dates.ts`' string helpers, so that it allocates nothing.
 */
function parseIso(text: string): boolean {
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10) return false;
  const year = digitsAt(text, 0, 4);
  if (year < 0) return false;
  if (length === 4) {
    parsedStart = utcDay(year, 0, 1);
    parsedEnd = utcDay(year + 1, 0, 1);
    parsedPrecision = 'year';
    return true;
  }
  if (text.charCodeAt(4) !== 45 /* - */) return false;
  const month = digitsAt(text, 5, 2);
  if (month < 1 || month > 12) return false;
  const monthStart = utcDay(year, month - 1, 1);
  const monthEnd = utcDay(year, month, 1);
  if (length === 7) {
    parsedStart = monthStart;
    parsedEnd = monthEnd;
    parsedPrecision = 'month';
    return true;
  }
  if (text.charCodeAt(7) !== 45) return false;
  const day = digitsAt(text, 8, 2);
  if (day < 1 || day > (monthEnd - monthStart) / dayMs) return false;
  parsedStart = monthStart + (day - 1) * dayMs;
  parsedEnd = parsedStart + dayMs;
  parsedPrecision = 'day';
  return true;
}

/**
 * The first and after-last instants of an ISO date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and its precision; null if it
 * is not one, or not a real calendar date.
 */
export function isoDateRange(text: string): { start: number; end: number; precision: IntervalPrecision } | null {
  return parseIso(text) ? { start: parsedStart, end: parsedEnd, precision: parsedPrecision } : null;
}

const precisionRank: Record<IntervalPrecision, number> = { day: 0, month: 1, year: 2 };

function coarser(a: IntervalPrecision, b: IntervalPrecision): IntervalPrecision {
  return precisionRank[a] >= precisionRank[b] ? a : b;
}

function readBasis(value: Record<string, unknown>): Basis | null {
  const basis = value.basis;
  if (basis === undefined) return null;
  if (basis === 'stated' || basis === 'inferred') return basis;
  throw invalidDate(value, `basis must be "stated" or "inferred", not ${describeValue(basis)}`);
}

/** Parses one field of a date value (see `parseIso` for where the result goes). */
function readIso(value: Record<string, unknown>, field: string): void {
  const text = value[field];
  if (!(typeof text === 'string' && parseIso(text))) {
    throw invalidDate(value, `${field} must be an ISO date YYYY, YYYY-MM or YYYY-MM-DD, not ${describeValue(text)}`);
  }
}

function fromDate(value: Date): TimeInterval {
  const time = value.getTime();
  if (!Number.isFinite(time)) throw invalidDate(value);
  const start = Math.floor(time / dayMs) * dayMs;
  return interval(start, start + dayMs, 'point', 'day', null);
}

function interval(
  start: number,
  end: number,
  shape: IntervalShape,
  precision: IntervalPrecision,
  basis: Basis | null,
  openStart = false,
  openEnd = false,
): TimeInterval {
  return { start, end, shape, precision, basis, openStart, openEnd };
}

/** The date just parsed as a day (point) or, for a month or a year, a span of reduced precision. */
function parsedWhen(basis: Basis | null): TimeInterval {
  return interval(parsedStart, parsedEnd, parsedPrecision === 'day' ? 'point' : 'span', parsedPrecision, basis);
}

function fromSpan(value: Record<string, unknown>, basis: Basis | null): TimeInterval {
  readIso(value, 'from');
  const start = parsedStart;
  const fromPrecision = parsedPrecision;
  readIso(value, 'to');
  if (parsedEnd <= start) throw invalidDate(value, 'from is after to');
  return interval(start, parsedEnd, 'span', coarser(fromPrecision, parsedPrecision), basis);
}

function fromUncertain(value: Record<string, unknown>, basis: Basis | null, openSpan: number): TimeInterval {
  const hasStart = value.notBefore !== undefined;
  const hasEnd = value.notAfter !== undefined;
  if (!hasStart && !hasEnd) throw invalidDate(value, 'an uncertain date needs notBefore, notAfter or both');
  let start = 0;
  let precision: IntervalPrecision = 'day';
  if (hasStart) {
    readIso(value, 'notBefore');
    start = parsedStart;
    precision = parsedPrecision;
  }
  if (!hasEnd) return interval(start, start + openSpan, 'uncertain', precision, basis, false, true);
  readIso(value, 'notAfter');
  // An unknown bound is drawn a fixed distance from the known one; the flag keeps it from reading as a real edge.
  if (!hasStart) return interval(parsedEnd - openSpan, parsedEnd, 'uncertain', parsedPrecision, basis, true, false);
  if (parsedEnd <= start) throw invalidDate(value, 'notBefore is after notAfter');
  return interval(start, parsedEnd, 'uncertain', coarser(precision, parsedPrecision), basis);
}

/**
 * The interval a date covers, for drawing. A `Date` (its UTC day) or a full ISO day is a point; an ISO month or year is
 * a span of reduced `precision`; a dataset date value keeps its shape: `{ when }` a point (or reduced-precision span),
 * `{ from, to }` a span, `{ notBefore, notAfter }` an uncertain range whose missing bound is drawn `openBoundSpanDays`
 * from the known one and flagged `openStart` or `openEnd`.
 *
 * @throws TypeError for anything else, naming the value and what was expected.
 */
export function toInterval(value: TimelineDateInput, openBoundSpanDays = 30): TimeInterval {
  if (!(typeof openBoundSpanDays === 'number' && openBoundSpanDays > 0 && Number.isFinite(openBoundSpanDays))) {
    throw new RangeError(
      `invalid openBoundSpan: ${describeValue(openBoundSpanDays)} (expected a positive number of days)`,
    );
  }
  if (value instanceof Date) return fromDate(value);
  if (typeof value === 'string') {
    if (!parseIso(value)) throw invalidDate(value);
    return parsedWhen(null);
  }
  if (typeof value !== 'object' || value === null) throw invalidDate(value);
  const fields = value as unknown as Record<string, unknown>;
  const basis = readBasis(fields);
  const forms = Number('when' in fields) + Number('from' in fields || 'to' in fields);
  const uncertain = 'notBefore' in fields || 'notAfter' in fields;
  if (forms + Number(uncertain) !== 1) {
    throw invalidDate(value, 'expected exactly one of { when }, { from, to } or { notBefore, notAfter }');
  }
  if ('when' in fields) {
    readIso(fields, 'when');
    return parsedWhen(basis);
  }
  if (!uncertain) return fromSpan(fields, basis);
  return fromUncertain(fields, basis, openBoundSpanDays * dayMs);
}
