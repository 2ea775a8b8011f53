import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateBounds, dateShape, dateSortKey, dayToTime, firstDay, isIsoDate, lastDay } from '../../../src/data/dates';

describe('isIsoDate', () => {
  it.each(['1937', '1939-10', '1937-06-01', '1940-02-29', '0000-02-29', '0012-02-29'])('accepts %s', (value) =>
    expect(isIsoDate(value)).toBe(true),
  );
  it.each(['1939-02-29', '0100-02-29', '1937-13', '1937-00-10', '37-06-01', '1937-6-1', '', 1937, null])(
    'rejects %s',
    (value) => expect(isIsoDate(value)).toBe(false),
  );
  it('property: agrees with the calendar for every day of 1900–2100', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (date) => {
          expect(isIsoDate(date.toISOString().slice(0, 10))).toBe(true);
        },
      ),
    );
  });
});

describe('dayToTime', () => {
  it('gives UTC midnight, with years 0–99 as written, not as 1900–1999', () => {
    expect(dayToTime('1937-06-01')).toBe(Date.parse('1937-06-01T00:00:00Z'));
    expect(new Date(dayToTime('0012-03-04')).toISOString()).toBe('0012-03-04T00:00:00.000Z');
    expect(new Date(dayToTime('0000-02-29')).toISOString()).toBe('0000-02-29T00:00:00.000Z');
  });
});

describe('firstDay and lastDay', () => {
  it('expand months and years', () => {
    expect([firstDay('1939-10'), lastDay('1939-10')]).toEqual(['1939-10-01', '1939-10-31']);
    expect([firstDay('1939'), lastDay('1939')]).toEqual(['1939-01-01', '1939-12-31']);
    expect(lastDay('1940-02')).toBe('1940-02-29');
    expect(lastDay('1939-02')).toBe('1939-02-28');
  });
});

describe('dateBounds, dateShape, dateSortKey', () => {
  it('gives the days a date can mean, null for an unknown bound', () => {
    expect(dateBounds({ when: '1937-06-01', basis: 'stated' })).toEqual({ start: '1937-06-01', end: '1937-06-01' });
    expect(dateBounds({ from: '1937-07-15', to: '1937-07-17', basis: 'stated' })).toEqual({
      start: '1937-07-15',
      end: '1937-07-17',
    });
    expect(dateBounds({ notAfter: '1937-05-25', basis: 'inferred' })).toEqual({ start: null, end: '1937-05-25' });
    expect(dateShape({ notBefore: '1938', basis: 'inferred' })).toBe('uncertain');
    expect(dateSortKey({ notAfter: '1937-05-25', basis: 'inferred' })).toBe('1937-05-25');
  });
});
