/**
 * Locales of the charts: d3 time formats for axes (from d3-time-format's own locale definitions) and the Intl language
 * tag for text. Dates of the dataset are UTC midnights (see dayToTime), so every format here is a UTC format.
 */

import { utcDay, utcMonth, utcYear } from 'd3-time';
import { timeFormatLocale } from 'd3-time-format';
import enUS from 'd3-time-format/locale/en-US' with { type: 'json' };
import ruRU from 'd3-time-format/locale/ru-RU' with { type: 'json' };
import trTR from 'd3-time-format/locale/tr-TR' with { type: 'json' };
import { describeValue } from './describe-value';

export type LocaleName = 'en' | 'ru' | 'tr';

export const localeNames: readonly LocaleName[] = Object.freeze(['en', 'ru', 'tr']);

/**
 * A locale definition as d3-time-format takes it (its TimeLocaleDefinition, which this mirrors): any JSON file of
 * `d3-time-format/locale/` fits. `language`, not part of d3's definition, is the Intl tag for text in this locale.
 */
export interface TimeLocaleDefinition {
  dateTime: string;
  date: string;
  time: string;
  // Plain arrays rather than d3's tuples, so a JSON import of a locale file type-checks; checkLocale counts them.
  /** AM and PM: 2 strings. */
  periods: readonly string[];
  /** Sunday first: 7 strings. */
  days: readonly string[];
  shortDays: readonly string[];
  /** January first: 12 strings. */
  months: readonly string[];
  shortMonths: readonly string[];
  /** The BCP 47 tag Intl formats this locale's text with (default `en-GB`). */
  language?: string;
}

/** A d3 time locale, as `timeFormatLocale` returns it (d3 calls it TimeLocaleObject). */
export interface TimeFormatLocale {
  format(specifier: string): (date: Date) => string;
  parse(specifier: string): (text: string) => Date | null;
  utcFormat(specifier: string): (date: Date) => string;
  utcParse(specifier: string): (text: string) => Date | null;
}

export type LocaleInput = LocaleName | TimeLocaleDefinition;

/** strftime-style specifiers (d3-time-format) of the axis ticks at each level of zoom. */
export interface TickFormats {
  /** A tick on the first of January. */
  year: string;
  /** A tick on the first of another month. */
  month: string;
  /** A tick on any other midnight. */
  day: string;
  /** A tick inside a day (the dataset has none; kept so deep zoom never repeats a day's label). */
  time: string;
}

const defaultTickFormats: TickFormats = { year: '%Y', month: '%B', day: '%-d %b', time: '%H:%M' };

/**
 * Russian month names in the nominative, as a month stands alone on an axis ("январь"). ru-RU.json gives the genitive
 * ("января"), right after a day number and wrong on its own; these are CLDR's stand-alone forms, which Intl prints.
 */
const russianNominativeMonths = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const;

interface LocaleEntry {
  definition: TimeLocaleDefinition;
  language: string;
  /** Month ticks may need another grammatical case than day ticks (Russian). */
  monthDefinition?: TimeLocaleDefinition;
  dayDefinition?: TimeLocaleDefinition;
}

function withShortMonth(definition: TimeLocaleDefinition, index: number, name: string): TimeLocaleDefinition {
  const shortMonths = [...definition.shortMonths];
  shortMonths[index] = name;
  return { ...definition, shortMonths };
}

const ruDefinition = ruRU satisfies TimeLocaleDefinition;

const builtIn: Readonly<Record<LocaleName, LocaleEntry>> = {
  // d3's English is en-US; text follows British usage (day month year), as the rest of the package does.
  en: { definition: enUS satisfies TimeLocaleDefinition, language: 'en-GB' },
  ru: {
    definition: ruDefinition,
    language: 'ru-RU',
    monthDefinition: { ...ruDefinition, months: russianNominativeMonths },
    // ru-RU.json abbreviates May as "май" (nominative); after a day number it is "мая": "9 мая", not "9 май".
    dayDefinition: withShortMonth(ruDefinition, 4, 'мая'),
  },
  tr: { definition: trTR satisfies TimeLocaleDefinition, language: 'tr-TR' },
};

export function isLocaleName(value: unknown): value is LocaleName {
  return typeof value === 'string' && (localeNames as readonly string[]).includes(value);
}

const expectation = `(expected ${localeNames.map((l) => `"${l}"`).join(', ')} or a locale definition)`;

function checkStrings(value: Record<string, unknown>, field: string, length?: number): void {
  const v = value[field];
  const ok =
    length === undefined
      ? typeof v === 'string'
      : Array.isArray(v) && v.length === length && v.every((s) => typeof s === 'string');
  if (!ok) {
    const want = length === undefined ? 'a string' : `an array of ${length} strings`;
    throw new TypeError(`invalid locale definition: "${field}" must be ${want} ${expectation}`);
  }
}

/** Checks a locale name or definition, throwing an error that says what is expected. */
export function checkLocale(value: unknown): LocaleInput {
  if (isLocaleName(value)) return value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`invalid locale: ${describeValue(value)} ${expectation}`);
  }
  const record = value as Record<string, unknown>;
  for (const field of ['dateTime', 'date', 'time']) checkStrings(record, field);
  checkStrings(record, 'periods', 2);
  checkStrings(record, 'days', 7);
  checkStrings(record, 'shortDays', 7);
  checkStrings(record, 'months', 12);
  checkStrings(record, 'shortMonths', 12);
  if (record.language !== undefined) {
    checkStrings(record, 'language');
    try {
      Intl.getCanonicalLocales(record.language as string);
    } catch {
      throw new RangeError(
        `invalid locale definition: "language" ${describeValue(record.language)} is not a BCP 47 tag`,
      );
    }
  }
  return value as TimeLocaleDefinition;
}

function entryOf(locale: LocaleInput): LocaleEntry {
  const checked = checkLocale(locale);
  if (typeof checked === 'string') return builtIn[checked];
  return { definition: checked, language: checked.language ?? 'en-GB' };
}

const d3Locales = new WeakMap<TimeLocaleDefinition, TimeFormatLocale>();

function d3Locale(definition: TimeLocaleDefinition): TimeFormatLocale {
  let locale = d3Locales.get(definition);
  if (!locale) {
    // d3's types want tuples; checkLocale has counted the entries, and d3 only reads them.
    locale = timeFormatLocale(definition as unknown as Parameters<typeof timeFormatLocale>[0]);
    d3Locales.set(definition, locale);
  }
  return locale;
}

/** A d3 time locale (format and parse, local and UTC) for a locale name or definition. */
export function timeLocale(locale: LocaleInput): TimeFormatLocale {
  return d3Locale(entryOf(locale).definition);
}

/** The Intl language tag for text in a locale: `en-GB`, `ru-RU`, `tr-TR`, or a definition's `language`. */
export function languageTag(locale: LocaleInput): string {
  return entryOf(locale).language;
}

/**
 * A tick format for a UTC time axis that follows the zoom: a year on 1 January, a month name on the first of a month,
 * a day and short month on other days ("1938", "March", "14 Mar"; in Russian "1938", "март", "14 мар").
 * `formats` replaces any of the specifiers.
 */
export function timeTickFormat(locale: LocaleInput, formats: Partial<TickFormats> = {}): (date: Date) => string {
  const entry = entryOf(locale);
  const specifiers = { ...defaultTickFormats, ...formats };
  const base = d3Locale(entry.definition);
  const year = base.utcFormat(specifiers.year);
  const month = d3Locale(entry.monthDefinition ?? entry.definition).utcFormat(specifiers.month);
  const day = d3Locale(entry.dayDefinition ?? entry.definition).utcFormat(specifiers.day);
  const time = base.utcFormat(specifiers.time);
  return (date) => {
    if (utcDay.floor(date) < date) return time(date);
    if (utcMonth.floor(date) < date) return day(date);
    if (utcYear.floor(date) < date) return month(date);
    return year(date);
  };
}
