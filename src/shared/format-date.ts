import enUS from 'd3-time-format/locale/en-US' with { type: 'json' };
import { isIsoDate, isoPrecision, utcDay } from '../data/dates';
import type { DateValue, IsoDate } from '../data/types';

/**
 * The words around a formatted date. Intl localises the dates themselves; these phrases are English by default and can
 * be replaced for another language.
 */
export interface DateWording {
  /** An uncertain date known to fall between two bounds (both included). */
  between(start: string, end: string): string;
  before(date: string): string;
  after(date: string): string;
  /** An uncertain date with neither bound. */
  unknown: string;
  /** Marks a date derived from sourced facts rather than printed in a source. */
  inferred(text: string): string;
}

export const englishDateWording: DateWording = {
  between: (start, end) => `between ${start} and ${end}`,
  before: (date) => `before ${date}`,
  after: (date) => `after ${date}`,
  unknown: 'date unknown',
  inferred: (text) => `${text} (inferred)`,
};

/** A read-only date is accepted as well, as the bundled dataset is frozen. */
type AnyDateValue = DateValue | Readonly<DateValue>;

type Precision = ReturnType<typeof isoPrecision>;

const optionsByPrecision: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, precision: Precision): Intl.DateTimeFormat {
  const cacheKey = `${locale}|${precision}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, optionsByPrecision[precision]);
    formatters.set(cacheKey, formatter);
  }
  return formatter;
}

function checkedIso(value: unknown, field: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new TypeError(
      `formatDateValue: invalid ${field} ${JSON.stringify(value)} (expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD)`,
    );
  }
  return value;
}

/** UTC midnight of the first day an ISO date covers, as a timestamp Intl can format. */
function toTimestamp(date: IsoDate): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return utcDay(year, month - 1, day);
}

/**
 * British English, the default, written without Intl for years 1000–9999: the first Intl formatter of a page loads its
 * locale data, about 10 ms of a chart's first render, for two dates of its description. A test holds this to Intl's
 * output for every day of 1900–2000 and every month of 1000–9999.
 */
function formatBritish(iso: IsoDate): string | null {
  const [year = '', month, day] = iso.split('-');
  if (year[0] === '0') return null;
  const name = month && enUS.months[Number(month) - 1];
  return day ? `${Number(day)} ${name} ${year}` : name ? `${name} ${year}` : year;
}

/** Formats one ISO date to its own precision: "1 June 1937", "October 1939", "1939". */
export function formatIsoDate(date: IsoDate, locale = 'en-GB'): string {
  const iso = checkedIso(date, 'date');
  return (
    (locale === 'en-GB' ? formatBritish(iso) : null) ?? formatterFor(locale, isoPrecision(iso)).format(toTimestamp(iso))
  );
}

/** A range split for joining: the start, the end with the shared part (month, year), and whether the dash is unspaced. */
interface RangeParts {
  start: string;
  end: string;
  simple: boolean;
}

/**
 * `rangeParts` in British English without Intl, for years 1000–9999 (see `formatBritish`); undefined where Intl must
 * answer. A test holds it to Intl's ranges, from a day to years apart, in both orders.
 */
function britishRangeParts(start: IsoDate, end: IsoDate): RangeParts | null | undefined {
  if (start[0] === '0' || end[0] === '0' || start > end) return undefined;
  if (start === end) return null;
  const [startYear = '', startMonth, startDay] = start.split('-');
  const [endYear = '', endMonth, endDay] = end.split('-');
  const month = (value: string | undefined) => enUS.months[Number(value) - 1] as string;
  const sameYear = startYear === endYear;
  if (startDay && endDay) {
    const last = `${Number(endDay)} ${month(endMonth)} ${endYear}`;
    if (sameYear && startMonth === endMonth) return { start: String(Number(startDay)), end: last, simple: true };
    const first = `${Number(startDay)} ${month(startMonth)}`;
    return { start: sameYear ? first : `${first} ${startYear}`, end: last, simple: false };
  }
  if (startMonth && endMonth) {
    const last = `${month(endMonth)} ${endYear}`;
    return sameYear
      ? { start: month(startMonth), end: last, simple: true }
      : { start: `${month(startMonth)} ${startYear}`, end: last, simple: false };
  }
  return { start: startYear, end: endYear, simple: true };
}

/**
 * Splits a localised range into its start and end, dropping Intl's own separator so the caller can join them: the
 * shared part (month, year) stays with the end, giving "20" and "26 August 1939" rather than two full dates.
 * Returns null when both ends format the same, i.e. they are one date at this precision.
 */
function rangeParts(start: IsoDate, end: IsoDate, locale: string): RangeParts | null {
  const startPrecision = isoPrecision(start);
  if (startPrecision !== isoPrecision(end)) {
    // Mixed precision ("October 1939" to "26 October 1939"): nothing is shared, so each end stands alone.
    return { start: formatIsoDate(start, locale), end: formatIsoDate(end, locale), simple: false };
  }
  // British English is written by hand: the first Intl formatter of a page costs tens of milliseconds.
  const british = locale === 'en-GB' ? britishRangeParts(start, end) : undefined;
  if (british !== undefined) return british;
  const parts = formatterFor(locale, startPrecision).formatRangeToParts(toTimestamp(start), toTimestamp(end));
  let lastStart = -1;
  for (let i = 0; i < parts.length; i++) if (parts[i]?.source === 'startRange') lastStart = i;
  const firstEnd = parts.findIndex((part) => part.source === 'endRange');
  if (lastStart < 0 || firstEnd < 0) return null;
  const text = (from: number, to: number) =>
    parts
      .slice(from, to)
      .map((part) => part.value)
      .join('');
  const startCount = parts.filter((part) => part.source === 'startRange').length;
  const endCount = parts.filter((part) => part.source === 'endRange').length;
  return {
    start: text(0, lastStart + 1),
    end: text(firstEnd, parts.length),
    // Only single numbers or words ("15" and "17") take an unspaced en dash.
    simple: startCount === 1 && endCount === 1,
  };
}

function formatSpan(from: IsoDate, to: IsoDate, locale: string): string {
  const range = rangeParts(from, to, locale);
  if (!range) return formatIsoDate(from, locale);
  return `${range.start}${range.simple ? '–' : ' – '}${range.end}`;
}

function formatUncertain(
  notBefore: IsoDate | undefined,
  notAfter: IsoDate | undefined,
  locale: string,
  wording: DateWording,
): string {
  if (notBefore !== undefined && notAfter !== undefined) {
    const range = rangeParts(notBefore, notAfter, locale);
    return range ? wording.between(range.start, range.end) : formatIsoDate(notBefore, locale);
  }
  if (notAfter !== undefined) return wording.before(formatIsoDate(notAfter, locale));
  if (notBefore !== undefined) return wording.after(formatIsoDate(notBefore, locale));
  return wording.unknown;
}

/**
 * A date of the dataset as a reader should see it, keeping its precision and uncertainty: "1 June 1937",
 * "October 1939", "15–17 July 1937", "between 20 and 26 August 1939", "before 25 May 1937", "after 30 April 1939",
 * with " (inferred)" when no source prints the date.
 */
export function formatDateValue(
  date: AnyDateValue,
  locale = 'en-GB',
  wording: DateWording = englishDateWording,
): string {
  if (date === null || typeof date !== 'object') {
    throw new TypeError(
      `formatDateValue: expected a date object ({ when } | { from, to } | { notBefore?, notAfter? })`,
    );
  }
  let text: string;
  if ('when' in date) {
    text = formatIsoDate(checkedIso(date.when, 'when'), locale);
  } else if ('from' in date) {
    text = formatSpan(checkedIso(date.from, 'from'), checkedIso(date.to, 'to'), locale);
  } else {
    const notBefore = date.notBefore === undefined ? undefined : checkedIso(date.notBefore, 'notBefore');
    const notAfter = date.notAfter === undefined ? undefined : checkedIso(date.notAfter, 'notAfter');
    text = formatUncertain(notBefore, notAfter, locale, wording);
  }
  return date.basis === 'inferred' ? wording.inferred(text) : text;
}
