import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../../src/data/types';
import { type DateWording, formatDateValue, formatIsoDate } from '../../../src/shared/format-date';

describe('formatIsoDate', () => {
  it('keeps the precision of the ISO date', () => {
    expect(formatIsoDate('1937-06-01')).toBe('1 June 1937');
    expect(formatIsoDate('1939-10')).toBe('October 1939');
    expect(formatIsoDate('1939')).toBe('1939');
  });

  it('localises month names and order', () => {
    expect(formatIsoDate('1937-06-01', 'en-US')).toBe('June 1, 1937');
    expect(formatIsoDate('1939-08-25', 'tr')).toBe('25 Ağustos 1939');
  });

  it('writes British English as Intl does: every day of 1900–2000, every month and year of 1000–9999', () => {
    const formats = new Map<Intl.DateTimeFormatOptions, Intl.DateTimeFormat>();
    const intl = (iso: string, options: Intl.DateTimeFormatOptions) => {
      const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      let format = formats.get(options);
      if (!format) {
        format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
        formats.set(options, format);
      }
      return format.format(date);
    };
    const day: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
    const month: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
    const year: Intl.DateTimeFormatOptions = { year: 'numeric' };
    const mismatches: string[] = [];
    const check = (iso: string, options: Intl.DateTimeFormatOptions) => {
      const expected = intl(iso, options);
      if (formatIsoDate(iso) !== expected) mismatches.push(`${iso}: ${formatIsoDate(iso)} ≠ ${expected}`);
    };
    for (let time = Date.UTC(1900, 0, 1); time <= Date.UTC(2000, 11, 31); time += 86_400_000) {
      check(new Date(time).toISOString().slice(0, 10), day);
    }
    for (let y = 1000; y <= 9999; y++) {
      check(String(y), year);
      for (let m = 1; m <= 12; m++) check(`${y}-${String(m).padStart(2, '0')}`, month);
    }
    // Years before 1000 go to Intl, which writes them without leading zeros.
    check('0999-05-04', day);
    check('0012', year);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('rejects what is not an ISO calendar date, naming the expected form', () => {
    expect(() => formatIsoDate('1939-02-30')).toThrow(/invalid date "1939-02-30" \(expected an ISO date YYYY/);
    expect(() => formatIsoDate('14 May 1937')).toThrow(TypeError);
  });
});

describe('formatDateValue', () => {
  it('writes British ranges as Intl does: spans and uncertain dates, a day to years apart, in both orders', () => {
    // The same locale under another tag takes Intl's path: 'en-GB' alone is written by hand.
    const viaIntl = 'en-GB-u-nu-latn';
    const iso = (time: number, precision: 'day' | 'month' | 'year') =>
      new Date(time).toISOString().slice(0, precision === 'day' ? 10 : precision === 'month' ? 7 : 4);
    const pairs: [string, string][] = [];
    const day = 86_400_000;
    // Every other day, so that every day of the month starts a range in one year or another.
    for (let time = Date.UTC(1936, 11, 1); time <= Date.UTC(1940, 0, 31); time += 2 * day) {
      for (const days of [0, 1, 13, 31, 45, 400]) {
        pairs.push(
          [iso(time, 'day'), iso(time + days * day, 'day')],
          [iso(time + days * day, 'day'), iso(time, 'day')],
        );
      }
    }
    for (
      let a = Date.UTC(1936, 0, 1);
      a <= Date.UTC(1940, 11, 1);
      a = Date.UTC(new Date(a).getUTCFullYear(), new Date(a).getUTCMonth() + 1, 1)
    ) {
      for (
        let b = Date.UTC(1936, 0, 1);
        b <= Date.UTC(1940, 11, 1);
        b = Date.UTC(new Date(b).getUTCFullYear(), new Date(b).getUTCMonth() + 1, 1)
      ) {
        pairs.push([iso(a, 'month'), iso(b, 'month')]);
      }
    }
    for (const [a, b] of [
      [1000, 1001],
      [1937, 1939],
      [1939, 1937],
      [1939, 1939],
      [2000, 9999],
      [999, 1000],
      [12, 1937],
    ]) {
      pairs.push([String(a).padStart(4, '0'), String(b).padStart(4, '0')]);
    }
    pairs.push(['1939-10', '1939-10-26'], ['0999-12-30', '1000-01-02']);
    const mismatches: string[] = [];
    for (const [from, to] of pairs) {
      const dates: DateValue[] = [
        { from, to, basis: 'stated' },
        { notBefore: from, notAfter: to, basis: 'stated' },
      ];
      for (const date of dates) {
        const written = formatDateValue(date);
        const expected = formatDateValue(date, viaIntl);
        if (written !== expected) mismatches.push(`${JSON.stringify(date)}: ${written} ≠ ${expected}`);
      }
    }
    expect(pairs.length).toBeGreaterThan(10_000);
    expect(mismatches.slice(0, 5)).toEqual([]);
    // Intl's ranges are slow to make: on a loaded machine this takes seconds.
  }, 20_000);

  const cases: [string, DateValue, string][] = [
    ['a day', { when: '1937-06-01', basis: 'stated' }, '1 June 1937'],
    ['a month only', { when: '1939-10', basis: 'stated' }, 'October 1939'],
    ['a span within a month', { from: '1937-07-15', to: '1937-07-17', basis: 'stated' }, '15–17 July 1937'],
    ['a span across months', { from: '1939-04-29', to: '1939-05-06', basis: 'stated' }, '29 April – 6 May 1939'],
    [
      'a span across years',
      { from: '1938-12-30', to: '1939-01-02', basis: 'stated' },
      '30 December 1938 – 2 January 1939',
    ],
    ['a span of months', { from: '1939-06', to: '1939-07', basis: 'stated' }, 'June–July 1939'],
    ['a span of one day', { from: '1939-05-13', to: '1939-05-13', basis: 'stated' }, '13 May 1939'],
    [
      'uncertain, both bounds in one month',
      { notBefore: '1939-08-20', notAfter: '1939-08-26', basis: 'stated' },
      'between 20 and 26 August 1939',
    ],
    [
      'uncertain across months',
      { notBefore: '1939-07-20', notAfter: '1939-08-03', basis: 'stated' },
      'between 20 July and 3 August 1939',
    ],
    [
      'uncertain with mixed precision',
      { notBefore: '1939-10', notAfter: '1939-10-26', basis: 'stated' },
      'between October 1939 and 26 October 1939',
    ],
    ['uncertain, upper bound only', { notAfter: '1937-05-25', basis: 'stated' }, 'before 25 May 1937'],
    ['uncertain, lower bound only', { notBefore: '1939-04-30', basis: 'stated' }, 'after 30 April 1939'],
    ['uncertain, no bound', { basis: 'stated' }, 'date unknown'],
    ['an inferred day', { when: '1937-05-13', basis: 'inferred' }, '13 May 1937 (inferred)'],
    [
      'an inferred uncertain date',
      { notBefore: '1939-08-20', notAfter: '1939-08-26', basis: 'inferred' },
      'between 20 and 26 August 1939 (inferred)',
    ],
  ];
  it.each(cases)('formats %s', (_label, date, expected) => {
    expect(formatDateValue(date)).toBe(expected);
  });

  it('uses the locale for the dates and the wording for the words around them', () => {
    const german: DateWording = {
      between: (start, end) => `zwischen ${start} und ${end}`,
      before: (date) => `vor ${date}`,
      after: (date) => `nach ${date}`,
      unknown: 'Datum unbekannt',
      inferred: (text) => `${text} (erschlossen)`,
    };
    expect(formatDateValue({ notAfter: '1937-05-25', basis: 'inferred' }, 'de', german)).toBe(
      'vor 25. Mai 1937 (erschlossen)',
    );
    expect(formatDateValue({ from: '1937-07-15', to: '1937-07-17', basis: 'stated' }, 'en-US')).toBe(
      'July 15–17, 1937',
    );
  });

  it('names the field whose date is invalid', () => {
    expect(() => formatDateValue({ from: '1937-07-15', to: '1937-7-17', basis: 'stated' })).toThrow(
      /invalid to "1937-7-17"/,
    );
    expect(() => formatDateValue({ notBefore: 'soon', basis: 'stated' })).toThrow(/invalid notBefore "soon"/);
    expect(() => formatDateValue(null as unknown as DateValue)).toThrow(/expected a date object/);
  });
});
