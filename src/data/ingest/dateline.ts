// Dates: the dateline with its markings and classification, and a date repeated at the end of the title.
import { isIsoDate } from '../dates';
import type { DateValue } from '../types';
import { SourcePageError } from './source-page-error';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const month = (group: string): string => `(?<${group}>${MONTHS.join('|')})`;
const DASH = '[-\u2010\u2011\u2013\u2014]';

/**
 * The date forms the collection prints (English month names): "June 1, 1937", "July 15‐17, 1937",
 * "24 November 1938", and the machine-translated Russian order "1937 g on May 14." / "1937 g 25 on May.";
 * "June 1937" gives only the month.
 */
const DATE_FORMS = [
  `${month('month')}\\s+(?<day>\\d{1,2})(?:\\s*${DASH}\\s*(?:${month('monthTo')}\\s+)?(?<dayTo>\\d{1,2}))?,?\\s+(?<year>\\d{4})`,
  `(?<day>\\d{1,2})(?:\\s*${DASH}\\s*(?<dayTo>\\d{1,2}))?\\s+${month('month')},?\\s+(?<year>\\d{4})`,
  `(?<year>\\d{4})\\s+g\\.?\\s+on\\s+${month('month')}\\s+(?<day>\\d{1,2})\\.?`,
  `(?<year>\\d{4})\\s+g\\.?\\s+(?<day>\\d{1,2})\\s+on\\s+${month('month')}\\.?`,
  `${month('month')},?\\s+(?<year>\\d{4})`,
];

/** Markings printed with a date; only "secret" and "top secret" become the classification. */
const MARKING = '(?:top\\s+secret|secret|out\\s+of\\s+line|immediately|urgent)';

const DATELINES = DATE_FORMS.map(
  (form) => new RegExp(`^(?<before>(?:${MARKING}[.,]?\\s+)*)(?:${form})(?<after>(?:[.,]?\\s+${MARKING})*\\.?)$`, 'iu'),
);
export const MARKING_LINE = new RegExp(`^(?:${MARKING}[.,]?\\s*)+$`, 'iu');
// The date must follow punctuation (". June 1, 1937") or repeat the dateline: "Treaty of March 16, 1921" keeps its date.
const TITLE_DATES = DATE_FORMS.map(
  (form) => new RegExp(`^(?<rest>.*?[^\\s.,;:])(?<separator>[.,;:]?\\s+)(?<date>(?:${form})\\.?)$`, 'iu'),
);

type Groups = Record<string, string | undefined>;

const iso = (year: string, monthName: string, day?: string): string => {
  const monthNumber = String(MONTHS.indexOf(monthName.toLowerCase()) + 1).padStart(2, '0');
  return day === undefined ? `${year}-${monthNumber}` : `${year}-${monthNumber}-${day.padStart(2, '0')}`;
};

function dateFromGroups(groups: Groups, printed: string): DateValue {
  const { year, month: monthName, day, dayTo, monthTo } = groups;
  if (year === undefined || monthName === undefined) throw new Error('date pattern without year or month');
  const from = iso(year, monthName, day);
  const to = dayTo === undefined ? undefined : iso(year, monthTo ?? monthName, dayTo);
  for (const value of [from, to]) {
    if (value !== undefined && !isIsoDate(value)) {
      throw new SourcePageError(`The date "${printed}" names a day that does not exist (${value}).`);
    }
  }
  if (to === undefined) return { when: from, basis: 'stated' };
  if (to < from) throw new SourcePageError(`The date range "${printed}" ends before it begins.`);
  return { from, to, basis: 'stated' };
}

interface Dateline {
  date: DateValue;
  markings: string;
}

export function readDateline(text: string): Dateline | null {
  for (const pattern of DATELINES) {
    const m = pattern.exec(text);
    if (m?.groups) {
      return { date: dateFromGroups(m.groups, text), markings: `${m.groups.before ?? ''} ${m.groups.after ?? ''}` };
    }
  }
  return null;
}

interface TitleDate {
  /** The title without the date. */
  rest: string;
  /** The separator and the date as printed (". June 1, 1937"). */
  tail: string;
  printed: string;
  date: DateValue;
}

export function readTitleDate(title: string, datelineDate: DateValue | null): TitleDate | null {
  for (const pattern of TITLE_DATES) {
    const m = pattern.exec(title);
    const { rest, separator, date: printed } = m?.groups ?? {};
    if (!m?.groups || rest === undefined || separator === undefined || printed === undefined) continue;
    const date = dateFromGroups(m.groups, printed);
    const repeatsDateline = JSON.stringify(date) === JSON.stringify(datelineDate);
    if (separator.trim() === '' && !repeatsDateline) return null;
    return { rest, tail: separator + printed, printed, date };
  }
  return null;
}

/** The dateline's date; when it gives only the month (or is missing), the title's day fills it in, with a note. */
export function chooseDate(
  dateline: { printed: string; date: DateValue } | null,
  titleDate: TitleDate | null,
): DateValue | null {
  if (!dateline) {
    if (!titleDate) return null;
    return { ...titleDate.date, note: `From the title ("${titleDate.printed}"); the page prints no dateline.` };
  }
  const { date } = dateline;
  const monthOnly = 'when' in date && date.when.length === 7;
  if (monthOnly && titleDate && 'when' in titleDate.date && titleDate.date.when.startsWith(date.when)) {
    return {
      when: titleDate.date.when,
      basis: 'stated',
      note: `The day is from the title ("${titleDate.printed}"); the dateline gives only "${dateline.printed}".`,
    };
  }
  return date;
}

export function classificationOf(markings: string): string | null {
  if (/top\s+secret/i.test(markings)) return 'top secret';
  if (/secret/i.test(markings)) return 'secret';
  return null;
}
