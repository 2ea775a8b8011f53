import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { contactsInSpan } from '../../../src/data/filter';
import { daySpanOf, isoDay, pixelOf, recordsInSpan, timeAt } from '../../../src/timeline/interaction/brush-span';
import { brushSpan, zoomSpan } from '../../../src/timeline/interaction/zoom-span';
import { timelineLayout } from '../../../src/timeline/layout/timeline-layout';
import { type ContactRecord, normalizeTimelineOptions } from '../../../src/timeline/options';

const dayMs = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const frame = { left: 100, right: 500, domain: [day('1938-01-01'), day('1938-05-01')] as const };

describe('timeAt and pixelOf', () => {
  it('are inverse linear maps between the plot and the domain', () => {
    expect(timeAt(frame, 100)).toBe(day('1938-01-01'));
    expect(timeAt(frame, 500)).toBe(day('1938-05-01'));
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (x) => {
        expect(pixelOf(frame, timeAt(frame, x))).toBeCloseTo(x, 6);
      }),
    );
  });
});

describe('daySpanOf', () => {
  const bounds = frame.domain;

  it('widens a pixel range to whole UTC days, in either drag direction', () => {
    const span = daySpanOf(frame, [310, 150], bounds);
    expect(span[0]).toBe(Math.floor(timeAt(frame, 150) / dayMs) * dayMs);
    expect(span[1]).toBe(Math.ceil(timeAt(frame, 310) / dayMs) * dayMs);
  });

  it('selects at least one day, and nothing outside the bounds', () => {
    const [from, to] = daySpanOf(frame, [200, 200], bounds);
    expect(to - from).toBe(dayMs);
    expect(daySpanOf(frame, [0, 900], bounds)).toEqual([day('1938-01-01'), day('1938-05-01')]);
  });

  it('always gives whole days inside the bounds (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 100, max: 500, noNaN: true }),
        fc.double({ min: 100, max: 500, noNaN: true }),
        (a, b) => {
          const [from, to] = daySpanOf(frame, [a, b], bounds);
          expect(from % dayMs === 0 && to % dayMs === 0).toBe(true);
          expect(to).toBeGreaterThan(from);
          expect(from).toBeGreaterThanOrEqual(bounds[0]);
          expect(to).toBeLessThanOrEqual(bounds[1]);
          expect(from).toBeLessThanOrEqual(timeAt(frame, Math.min(a, b)));
          expect(to).toBeGreaterThanOrEqual(Math.min(timeAt(frame, Math.max(a, b)), bounds[1]));
        },
      ),
    );
  });
});

describe('recordsInSpan', () => {
  const layout = timelineLayout(
    normalizeTimelineOptions<ContactRecord>({ data: dataset.contacts, width: 800, labels: false }),
    () => 0,
  );

  it('finds the records contactsInSpan finds with "overlaps", for any span of days', () => {
    const first = day('1937-01-01');
    const last = day('1939-12-31');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: (last - first) / dayMs }),
        fc.integer({ min: 1, max: 400 }),
        (start, length) => {
          const from = first + start * dayMs;
          const to = from + length * dayMs;
          const { records, ids } = recordsInSpan(layout.marks, [from, to]);
          const found = records.map((record) => record.id);
          expect(ids).toEqual(found); // each record's id, in the same order
          const expected = contactsInSpan(dataset.contacts, { from: isoDay(from), to: isoDay(to - dayMs) }, 'overlaps');
          expect(found.sort()).toEqual(expected.map((contact) => contact.id).sort());
        },
      ),
    );
  });

  it('lists a record once even when it has a mark in several lanes, in time order', () => {
    const byPerson = timelineLayout(
      normalizeTimelineOptions<ContactRecord>({ data: dataset.contacts, width: 800, labels: false, lane: 'person' }),
      () => 0,
    );
    const { records, ids } = recordsInSpan(byPerson.marks, [day('1937-01-01'), day('1940-01-01')]);
    expect(new Set(records).size).toBe(records.length);
    expect(new Set(ids).size).toBe(records.length);
    expect(records.length).toBe(dataset.contacts.length);
  });
});

describe('isoDay', () => {
  it('writes the UTC day with a four-digit year', () => {
    expect(isoDay(day('1939-06-30'))).toBe('1939-06-30');
    expect(isoDay(day('1939-07-01') - 1)).toBe('1939-06-30');
    expect(isoDay(Date.UTC(800, 0, 5))).toBe('0800-01-05');
  });
});

describe('brushSpan', () => {
  const base = [day('1937-01-01'), day('1940-01-01')] as const;

  it('takes ISO days (both included) and Dates (widened to their days)', () => {
    expect(brushSpan({ from: '1938-03', to: '1938-04' }, base)).toEqual([day('1938-03-01'), day('1938-05-01')]);
    expect(brushSpan({ from: new Date('1938-03-10T12:00Z'), to: new Date('1938-03-10T13:00Z') }, base)).toEqual([
      day('1938-03-10'),
      day('1938-03-11'),
    ]);
  });

  it('keeps the span inside the timeline and names the method in its errors', () => {
    expect(brushSpan({ from: '1930', to: '1937-02' }, base)).toEqual([day('1937-01-01'), day('1937-03-01')]);
    expect(() => brushSpan({ from: '1941', to: '1942' }, base)).toThrow(RangeError);
    expect(() => brushSpan({ from: '1938-13', to: '1939' }, base)).toThrow('timeline.brushTo: invalid from: "1938-13"');
    expect(() => zoomSpan({ from: '1938', to: 'x' }, base, dayMs)).toThrow('timeline.zoomTo: invalid to: "x"');
  });
});
