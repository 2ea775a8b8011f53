import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayToTime, firstDay, isIsoDate, lastDay } from '../../../src/data/dates';
import type { DateValue } from '../../../src/data/types';
import { dayMs, isoDateRange, toInterval } from '../../../src/timeline/layout/time-interval';

const day = (iso: string) => dayToTime(iso);

describe('toInterval', () => {
  it('draws a Date as a point on its UTC day, whatever the time of day', () => {
    expect(toInterval(new Date(Date.UTC(1938, 11, 2, 23, 59)))).toEqual({
      start: day('1938-12-02'),
      end: day('1938-12-03'),
      shape: 'point',
      precision: 'day',
      basis: null,
      openStart: false,
      openEnd: false,
    });
  });

  it('draws a full ISO day as a point', () => {
    expect(toInterval('1937-06-01')).toMatchObject({
      start: day('1937-06-01'),
      end: day('1937-06-01') + dayMs,
      shape: 'point',
      precision: 'day',
    });
  });

  it('draws an ISO month as a span of the whole month, flagged as month precision', () => {
    expect(toInterval('1939-02')).toMatchObject({
      start: day('1939-02-01'),
      end: day('1939-03-01'),
      shape: 'span',
      precision: 'month',
      openStart: false,
      openEnd: false,
    });
  });

  it('draws an ISO year as a span of the year, flagged as year precision', () => {
    expect(toInterval('1938')).toMatchObject({
      start: day('1938-01-01'),
      end: day('1939-01-01'),
      shape: 'span',
      precision: 'year',
    });
  });

  it('keeps the basis of a dataset day, and its reduced precision', () => {
    expect(toInterval({ when: '1937-04-15', basis: 'stated' })).toMatchObject({ shape: 'point', basis: 'stated' });
    expect(toInterval({ when: '1939-10', basis: 'inferred' })).toMatchObject({
      start: day('1939-10-01'),
      end: day('1939-11-01'),
      shape: 'span',
      precision: 'month',
      basis: 'inferred',
    });
  });

  it('draws a span from its first day to the end of its last day', () => {
    expect(toInterval({ from: '1937-07-15', to: '1937-07-17', basis: 'stated' })).toEqual({
      start: day('1937-07-15'),
      end: day('1937-07-18'),
      shape: 'span',
      precision: 'day',
      basis: 'stated',
      openStart: false,
      openEnd: false,
    });
    expect(toInterval({ from: '1937-07', to: '1937-08-03', basis: 'stated' }).precision).toBe('month');
  });

  it('draws an uncertain date with both bounds as a closed range', () => {
    expect(toInterval({ notBefore: '1938-11-10', notAfter: '1938-11-24', basis: 'inferred' })).toEqual({
      start: day('1938-11-10'),
      end: day('1938-11-25'),
      shape: 'uncertain',
      precision: 'day',
      basis: 'inferred',
      openStart: false,
      openEnd: false,
    });
  });

  it('draws a missing notBefore openBoundSpan days before the known end, and flags it', () => {
    const interval = toInterval({ notAfter: '1937-05-25', basis: 'inferred' }, 30);
    expect(interval).toMatchObject({ end: day('1937-05-26'), shape: 'uncertain', openStart: true, openEnd: false });
    expect(interval.start).toBe(day('1937-05-26') - 30 * dayMs);
    expect(toInterval({ notAfter: '1937-05-25', basis: 'inferred' }, 7).start).toBe(day('1937-05-19'));
  });

  it('draws a missing notAfter openBoundSpan days after the known start, and flags it', () => {
    expect(toInterval({ notBefore: '1939-08-20', basis: 'inferred' }, 10)).toMatchObject({
      start: day('1939-08-20'),
      end: day('1939-08-30'),
      openStart: false,
      openEnd: true,
    });
  });

  it('takes the coarsest precision of an uncertain date’s bounds', () => {
    expect(toInterval({ notBefore: '1939', notAfter: '1939-05-02', basis: 'inferred' }).precision).toBe('year');
    expect(toInterval({ notAfter: '1939-05', basis: 'inferred' }).precision).toBe('month');
  });

  it('has no basis for a Date or a string, which do not say', () => {
    expect(toInterval('1938-01-01').basis).toBeNull();
    expect(toInterval({ when: '1938-01-01' } as DateValue).basis).toBeNull();
  });

  const expected =
    '(expected a Date, an ISO date YYYY, YYYY-MM or YYYY-MM-DD, or a date value { when }, { from, to } or ' +
    '{ notBefore, notAfter })';
  it.each<[string, unknown, string]>([
    ['a non-ISO string', '1 May 1938', `invalid date: "1 May 1938" ${expected}`],
    ['month 13', '1938-13', `invalid date: "1938-13" ${expected}`],
    ['30 February', '1939-02-30', `invalid date: "1939-02-30" ${expected}`],
    ['a number', 1938, `invalid date: 1938 ${expected}`],
    ['undefined', undefined, `invalid date: undefined ${expected}`],
    ['an invalid Date', new Date(Number.NaN), `invalid date: Invalid Date ${expected}`],
    [
      'an object of no known form',
      { date: '1938' },
      'invalid date: {"date":"1938"} (expected exactly one of { when }, { from, to } or { notBefore, notAfter })',
    ],
    [
      'two forms at once',
      { when: '1938', notAfter: '1939' },
      'invalid date: {"when":"1938","notAfter":"1939"} (expected exactly one of { when }, { from, to } or { notBefore, notAfter })',
    ],
    [
      'a bad when',
      { when: '1938-1-5', basis: 'stated' },
      'invalid date: {"when":"1938-1-5","basis":"stated"} (when must be an ISO date YYYY, YYYY-MM or YYYY-MM-DD, not "1938-1-5")',
    ],
    [
      'a span without to',
      { from: '1938', basis: 'stated' },
      'invalid date: {"from":"1938","basis":"stated"} (to must be an ISO date YYYY, YYYY-MM or YYYY-MM-DD, not undefined)',
    ],
    [
      'a reversed span',
      { from: '1938-05-02', to: '1938-05-01', basis: 'stated' },
      'invalid date: {"from":"1938-05-02","to":"1938-05-01","basis":"stated"} (from is after to)',
    ],
    [
      'reversed bounds',
      { notBefore: '1939', notAfter: '1938', basis: 'inferred' },
      'invalid date: {"notBefore":"1939","notAfter":"1938","basis":"inferred"} (notBefore is after notAfter)',
    ],
    [
      'an unknown basis',
      { when: '1938', basis: 'guessed' },
      'invalid date: {"when":"1938","basis":"guessed"} (basis must be "stated" or "inferred", not "guessed")',
    ],
  ])('rejects %s with a TypeError naming it', (_, value, message) => {
    expect(() => toInterval(value as DateValue)).toThrow(new TypeError(message));
  });

  it('rejects an uncertain date with neither bound', () => {
    expect(() => toInterval({ notBefore: undefined, basis: 'inferred' } as DateValue)).toThrow(
      /an uncertain date needs notBefore, notAfter or both/,
    );
  });

  it('rejects an open-bound span that is not a positive number of days', () => {
    expect(() => toInterval({ notAfter: '1938', basis: 'inferred' }, 0)).toThrow(
      new RangeError('invalid openBoundSpan: 0 (expected a positive number of days)'),
    );
  });
});

describe('isoDateRange', () => {
  it('takes years 0–99 as written, not as 1900–1999', () => {
    expect(new Date((isoDateRange('0037-06-01') as { start: number }).start).getUTCFullYear()).toBe(37);
  });

  it('accepts exactly the ISO dates the dataset accepts, with the same first and last days', () => {
    const digit = fc.constantFrom(...'0123456789');
    const part = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
    const candidate = fc.oneof(
      part(4),
      fc.tuple(part(4), part(2)).map(([y, m]) => `${y}-${m}`),
      fc.tuple(fc.integer({ min: 1000, max: 2100 }), part(2), part(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc.string({ maxLength: 11 }),
    );
    fc.assert(
      fc.property(candidate, (text) => {
        const range = isoDateRange(text);
        expect(range !== null).toBe(isIsoDate(text));
        if (range && Number(text.slice(0, 4)) >= 100) {
          expect(range.start).toBe(dayToTime(firstDay(text)));
          expect(range.end).toBe(dayToTime(lastDay(text)) + dayMs);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
