import deDE from 'd3-time-format/locale/de-DE';
import ruRU from 'd3-time-format/locale/ru-RU';
import { describe, expect, it } from 'vitest';
import {
  checkLocale,
  isLocaleName,
  type LocaleName,
  languageTag,
  localeNames,
  type TimeLocaleDefinition,
  timeLocale,
  timeTickFormat,
} from '../../../src/shared/locale';

const utc = (iso: string) => new Date(`${iso}Z`);

describe('timeLocale', () => {
  it('formats with d3-time-format’s definitions of each locale', () => {
    const date = utc('1939-10-01T00:00:00');
    expect(timeLocale('en').utcFormat('%A %-d %B %Y')(date)).toBe('Sunday 1 October 1939');
    expect(timeLocale('ru').utcFormat('%A %-d %B %Y')(date)).toBe('воскресенье 1 октября 1939');
    expect(timeLocale('tr').utcFormat('%A %-d %B %Y')(date)).toBe('Pazar 1 Ekim 1939');
  });

  it('parses as well as formats', () => {
    expect(timeLocale('tr').utcParse('%d %B %Y')('25 Ağustos 1939')?.toISOString()).toBe('1939-08-25T00:00:00.000Z');
  });

  it('takes any d3 locale definition, e.g. one of the package’s JSON files', () => {
    expect(timeLocale(deDE).utcFormat('%B')(utc('1938-03-01T00:00:00'))).toBe('März');
  });

  it('returns the same locale object for the same name', () => {
    expect(timeLocale('ru')).toBe(timeLocale('ru'));
  });
});

describe('checkLocale', () => {
  it('names the bad value and what was expected', () => {
    expect(() => timeLocale('de' as LocaleName)).toThrow(
      'invalid locale: "de" (expected "en", "ru", "tr" or a locale definition)',
    );
    expect(() => checkLocale(42)).toThrow('invalid locale: 42 (expected');
    expect(() => checkLocale(null)).toThrow('invalid locale: null (expected');
    expect(() => checkLocale(['en'])).toThrow('invalid locale: ["en"] (expected');
  });

  it('says which field of a definition is wrong', () => {
    const shortYear = { ...ruRU, months: ruRU.months.slice(0, 11) };
    expect(() => checkLocale(shortYear)).toThrow('invalid locale definition: "months" must be an array of 12 strings');
    const noDate: Partial<TimeLocaleDefinition> = { ...ruRU };
    delete noDate.date;
    expect(() => checkLocale(noDate)).toThrow('invalid locale definition: "date" must be a string');
    expect(() => checkLocale({ ...ruRU, language: 'not a tag!' })).toThrow(
      'invalid locale definition: "language" "not a tag!" is not a BCP 47 tag',
    );
  });

  it('accepts names and complete definitions as they are', () => {
    for (const name of localeNames) expect(checkLocale(name)).toBe(name);
    expect(checkLocale(deDE)).toBe(deDE);
    expect(isLocaleName('ru')).toBe(true);
    expect(isLocaleName('RU')).toBe(false);
  });
});

describe('languageTag', () => {
  it('gives the Intl tag for text in each locale', () => {
    expect(localeNames.map(languageTag)).toEqual(['en-GB', 'ru-RU', 'tr-TR']);
  });

  it('uses a definition’s own language, else British English', () => {
    expect(languageTag({ ...deDE, language: 'de-DE' })).toBe('de-DE');
    expect(languageTag(deDE)).toBe('en-GB');
  });
});

describe('timeTickFormat', () => {
  const ticks = ['1938-01-01T00:00:00', '1938-03-01T00:00:00', '1938-05-09T00:00:00', '1938-05-09T12:30:00'].map(utc);

  it.each<[LocaleName, string[]]>([
    ['en', ['1938', 'March', '9 May', '12:30']],
    ['ru', ['1938', 'март', '9 мая', '12:30']],
    ['tr', ['1938', 'Mart', '9 May', '12:30']],
  ])('%s: a year on 1 January, a month on the first, else a day', (locale, expected) => {
    expect(ticks.map(timeTickFormat(locale))).toEqual(expected);
  });

  it('writes every Russian month in the nominative, as Intl writes a month alone', () => {
    const format = timeTickFormat('ru');
    const intl = new Intl.DateTimeFormat('ru-RU', { month: 'long', timeZone: 'UTC' });
    for (let month = 1; month < 12; month++) {
      const first = new Date(Date.UTC(1938, month, 1));
      expect(format(first)).toBe(intl.format(first));
      // and not the genitive of ru-RU.json, which follows a day number
      expect(format(first)).not.toBe(ruRU.months[month]);
    }
  });

  it('writes Russian day ticks with the genitive month, May included', () => {
    const format = timeTickFormat('ru');
    expect(format(utc('1938-05-09T00:00:00'))).toBe('9 мая');
    expect(format(utc('1938-09-14T00:00:00'))).toBe('14 сен');
  });

  it('writes Turkish month names', () => {
    const format = timeTickFormat('tr');
    const months = Array.from({ length: 11 }, (_, i) => format(new Date(Date.UTC(1939, i + 1, 1))));
    expect(months).toEqual([
      'Şubat',
      'Mart',
      'Nisan',
      'Mayıs',
      'Haziran',
      'Temmuz',
      'Ağustos',
      'Eylül',
      'Ekim',
      'Kasım',
      'Aralık',
    ]);
    expect(format(utc('1939-08-25T00:00:00'))).toBe('25 Ağu');
  });

  it('takes other specifiers for any level', () => {
    expect(timeTickFormat('en', { day: '%b %-d' })(utc('1938-05-09T00:00:00'))).toBe('May 9');
    expect(timeTickFormat('ru', { month: '%B %Y' })(utc('1938-03-01T00:00:00'))).toBe('март 1938');
  });

  it('rejects an invalid locale before formatting anything', () => {
    expect(() => timeTickFormat('fr' as LocaleName)).toThrow('invalid locale: "fr"');
  });
});
