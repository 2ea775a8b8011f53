import type { DateValue, IsoDate } from './types';

const isoPattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** UTC midnight of a calendar day; unlike Date.UTC, years 0–99 are taken as written, not as 1900–1999. */
export function utcDay(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcDay(year, month, 0)).getUTCDate();
}

/** True for a real calendar date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = isoPattern.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** The precision an ISO date is written to. */
export function isoPrecision(date: IsoDate): 'year' | 'month' | 'day' {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The first day an ISO date of any precision covers (`1939-10` → `1939-10-01`). */
export function firstDay(date: IsoDate): string {
  const precision = isoPrecision(date);
  return precision === 'day' ? date : precision === 'month' ? `${date}-01` : `${date}-01-01`;
}

/** The last day an ISO date of any precision covers (`1939-02` → `1939-02-28`). */
export function lastDay(date: IsoDate): string {
  const precision = isoPrecision(date);
  if (precision === 'day') return date;
  if (precision === 'year') return `${date}-12-31`;
  const [year, month] = date.split('-').map(Number) as [number, number];
  return `${date}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

export type DateShape = 'day' | 'span' | 'uncertain';

/** Which of the three date forms a value takes. */
export function dateShape(date: DateValue): DateShape {
  if ('when' in date) return 'day';
  if ('from' in date) return 'span';
  return 'uncertain';
}

/**
 * The earliest and latest day a date can mean, as `YYYY-MM-DD` strings. An open bound of an uncertain date is null:
 * unknown, not minus infinity by accident.
 */
export function dateBounds(date: DateValue): { start: string | null; end: string | null } {
  if ('when' in date) return { start: firstDay(date.when), end: lastDay(date.when) };
  if ('from' in date) return { start: firstDay(date.from), end: lastDay(date.to) };
  return {
    start: date.notBefore === undefined ? null : firstDay(date.notBefore),
    end: date.notAfter === undefined ? null : lastDay(date.notAfter),
  };
}

/** Milliseconds since the epoch (UTC midnight) of a `YYYY-MM-DD` day. */
export function dayToTime(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return utcDay(y, m - 1, d);
}

/**
 * A key that puts dates in time order: the earliest day, or for a date known only by its upper bound, that bound.
 * Ties keep their order when used with a stable sort.
 */
export function dateSortKey(date: DateValue): string {
  const { start, end } = dateBounds(date);
  return start ?? end ?? '';
}
