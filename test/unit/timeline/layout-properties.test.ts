import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../../src/data/types';
import { rescaleLayout } from '../../../src/timeline/layout/rescale-layout';
import { type Mark, type TimelineLayout, timelineLayout } from '../../../src/timeline/layout/timeline-layout';
import { isInView, visibleMarks } from '../../../src/timeline/layout/visible-marks';
import { normalizeTimelineOptions, type TimelineDateInput, type TimelineOptions } from '../../../src/timeline/options';

interface RandomRecord {
  id: string;
  date: TimelineDateInput;
  lanes: string[];
  label: string;
}

const dayMs = 86_400_000;
const epoch = Date.UTC(1937, 0, 1);
const iso = (day: number) => new Date(epoch + day * dayMs).toISOString().slice(0, 10);
const dayArb = fc.integer({ min: 0, max: 3 * 365 });
const basisArb = fc.constantFrom<DateValue['basis']>('stated', 'inferred');

/** Every form a date may take, with the dataset's open bounds among them. */
const dateArb: fc.Arbitrary<TimelineDateInput> = fc.oneof(
  fc.tuple(dayArb, fc.integer({ min: 0, max: dayMs - 1 })).map(([day, ms]) => new Date(epoch + day * dayMs + ms)),
  dayArb.map(iso),
  dayArb.map((day) => iso(day).slice(0, 7)),
  fc.constantFrom('1937', '1938', '1939'),
  fc.tuple(dayArb, basisArb).map(([day, basis]) => ({ when: iso(day), basis })),
  fc
    .tuple(dayArb, fc.integer({ min: 0, max: 60 }), basisArb)
    .map(([day, length, basis]) => ({ from: iso(day), to: iso(day + length), basis })),
  fc
    .tuple(dayArb, fc.integer({ min: 0, max: 60 }), basisArb)
    .map(([day, length, basis]) => ({ notBefore: iso(day), notAfter: iso(day + length), basis })),
  fc.tuple(dayArb, basisArb).map(([day, basis]) => ({ notBefore: iso(day), basis })),
  fc.tuple(dayArb, basisArb).map(([day, basis]) => ({ notAfter: iso(day), basis })),
);

const recordsArb = fc
  .array(
    fc.record({
      date: dateArb,
      lanes: fc.subarray(['a', 'b', 'c', 'd', 'e'], { minLength: 1, maxLength: 3 }),
      label: fc.string({ maxLength: 14 }),
    }),
    { maxLength: 60 },
  )
  .map((records): RandomRecord[] => records.map((record, i) => ({ ...record, id: `r${i}` })));

const settingsArb = fc
  .record({
    markSize: fc.integer({ min: 1, max: 20 }),
    markGap: fc.integer({ min: 0, max: 8 }),
    rowHeight: fc.integer({ min: 4, max: 30 }),
    plotWidth: fc.integer({ min: 0, max: 1500 }),
    plotHeight: fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined }),
    margin: fc.record({
      top: fc.integer({ min: 0, max: 40 }),
      right: fc.integer({ min: 0, max: 40 }),
      bottom: fc.integer({ min: 0, max: 40 }),
      left: fc.integer({ min: 0, max: 160 }),
    }),
    openBoundSpan: fc.integer({ min: 1, max: 120 }),
  })
  .map(({ plotWidth, plotHeight, margin, ...rest }) => ({
    ...rest,
    margin,
    // The plot must fit two marks side by side for the default padding to keep every mark inside it.
    width: margin.left + margin.right + 2 * rest.markSize + 1 + plotWidth,
    height: plotHeight === undefined ? ('auto' as const) : margin.top + margin.bottom + plotHeight,
  }));

/** A text width roughly like a 12px sans-serif. */
const measure = (text: string) => text.length * 6.5;

function layOut(records: RandomRecord[], settings: Partial<TimelineOptions<RandomRecord>>) {
  const options = normalizeTimelineOptions<RandomRecord>({
    data: records,
    id: (d) => d.id,
    date: (d) => d.date,
    lane: (d) => d.lanes,
    label: (d) => d.label,
    kind: () => 'meeting',
    ...settings,
  });
  return timelineLayout(options, measure);
}

const eps = 1e-6;

function rowsOf(layout: TimelineLayout<RandomRecord>): Map<string, Mark<RandomRecord>[]> {
  const rows = new Map<string, Mark<RandomRecord>[]>();
  for (const mark of layout.marks) {
    const key = `${mark.lane}/${mark.row}`;
    rows.set(key, [...(rows.get(key) ?? []), mark]);
  }
  return rows;
}

function expectNoOverlapInRows(layout: TimelineLayout<RandomRecord>, tolerance: number): void {
  for (const row of rowsOf(layout).values()) {
    const sorted = [...row].sort((a, b) => a.x0 - b.x0);
    for (let i = 1; i < sorted.length; i++) {
      const before = sorted[i - 1] as Mark<RandomRecord>;
      const after = sorted[i] as Mark<RandomRecord>;
      expect(before.x1 + layout.markGap).toBeLessThanOrEqual(after.x0 + tolerance);
    }
  }
}

/** Labels overlap neither each other nor a mark of their row, stay in the plot, and all labels are accounted for. */
function expectLabelsPlacedHonestly(layout: TimelineLayout<RandomRecord>): void {
  const { left, right } = layout.plot;
  const rows = rowsOf(layout);
  const boxesByRow = new Map<string, [number, number][]>();
  for (const [key, marks] of rows)
    boxesByRow.set(
      key,
      marks.map((m) => [m.x0, m.x1]),
    );
  for (const label of layout.labels) {
    expect(label.x).toBeGreaterThanOrEqual(left);
    expect(label.x + label.width).toBeLessThanOrEqual(right + eps);
    expect(label.y).toBe(label.mark.y);
    boxesByRow.get(`${label.mark.lane}/${label.mark.row}`)?.push([label.x, label.x + label.width]);
  }
  for (const boxes of boxesByRow.values()) {
    boxes.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < boxes.length; i++) {
      expect((boxes[i - 1] as [number, number])[1]).toBeLessThanOrEqual((boxes[i] as [number, number])[0] + eps);
    }
  }
  const inView = layout.marks.filter((m) => m.label !== '' && m.x1 >= left && m.x0 <= right).length;
  const hidden = [...(layout.hiddenLabels ?? new Map<string, number>()).values()].reduce(
    (sum, count) => sum + count,
    0,
  );
  expect(layout.labels.length + hidden).toBe(inView);
}

/** Every number in the layout (records aside) is finite, every Date valid. */
function expectAllFinite(value: unknown, path = 'layout'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
  } else if (value instanceof Date) {
    expectAllFinite(value.getTime(), path);
  } else if (value instanceof Map) {
    for (const [key, item] of value) expectAllFinite(item, `${path}.get(${key})`);
  } else if (ArrayBuffer.isView(value)) {
    for (const [i, item] of (value as unknown as number[]).entries()) expectAllFinite(item, `${path}[${i}]`);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      expectAllFinite(item, `${path}[${i}]`);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // Records are the caller's; a label's mark is checked among the marks.
      if (key !== 'record' && key !== 'mark') expectAllFinite(item, `${path}.${key}`);
    }
  }
}

const runs = { numRuns: 200 };

/** A zoomed-in span: its `share` of the base domain, at `offset` (0: the start, 1: the end) of the room left. */
const zoomArb = fc.record({
  share: fc.double({ min: 0.001, max: 1, noNaN: true }),
  offset: fc.double({ min: 0, max: 1, noNaN: true }),
});

function zoomIn(layout: TimelineLayout<RandomRecord>, { share, offset }: { share: number; offset: number }): void {
  const [start, end] = layout.baseDomain.map(Number) as [number, number];
  const width = (end - start) * share;
  const from = start + (end - start - width) * offset;
  rescaleLayout(layout, [from, from + width]);
}

describe('timelineLayout properties (random records)', () => {
  it('draws one mark per record and distinct lane key', () => {
    fc.assert(
      fc.property(recordsArb, settingsArb, (records, settings) => {
        const layout = layOut(records, settings);
        const expected = records.flatMap((r) => r.lanes.map((lane) => `${r.id}|${lane}`)).sort();
        expect(layout.marks.map((m) => `${m.id}|${m.lane}`).sort()).toEqual(expected);
      }),
      runs,
    );
  });

  it('never overlaps two marks in one lane row (gap included)', () => {
    fc.assert(
      fc.property(recordsArb, settingsArb, (records, settings) => {
        expectNoOverlapInRows(layOut(records, settings), 0);
      }),
      runs,
    );
  });

  it('keeps every mark inside the plot area', () => {
    fc.assert(
      fc.property(recordsArb, settingsArb, (records, settings) => {
        const layout = layOut(records, settings);
        const { left, right, top, bottom } = layout.plot;
        for (const mark of layout.marks) {
          expect(mark.x0).toBeGreaterThanOrEqual(left - eps);
          expect(mark.x1).toBeLessThanOrEqual(right + eps);
          expect(mark.xStart).toBeGreaterThanOrEqual(left - eps);
          expect(mark.xEnd).toBeLessThanOrEqual(right + eps);
          expect(mark.y - mark.height / 2).toBeGreaterThanOrEqual(top - eps);
          expect(mark.y + mark.height / 2).toBeLessThanOrEqual(bottom + eps);
        }
      }),
      runs,
    );
  });

  it('has no NaN or infinity anywhere', () => {
    fc.assert(
      fc.property(recordsArb, settingsArb, (records, settings) => {
        expectAllFinite(layOut(records, settings));
      }),
      runs,
    );
  });

  it('places labels that overlap neither each other nor a mark, and counts every hidden one', () => {
    fc.assert(
      fc.property(recordsArb, settingsArb, (records, settings) => {
        expectLabelsPlacedHonestly(layOut(records, settings));
      }),
      runs,
    );
  });

  it('keeps all of this true after zooming in anywhere', () => {
    fc.assert(
      fc.property(recordsArb, settingsArb, zoomArb, (records, settings, zoom) => {
        const layout = layOut(records, settings);
        zoomIn(layout, zoom);
        expectNoOverlapInRows(layout, eps);
        expectLabelsPlacedHonestly(layout);
        expectAllFinite(layout);
      }),
      runs,
    );
  });

  it("visibleMarks finds exactly the marks in view, in the layout's order, at any zoom", () => {
    fc.assert(
      fc.property(recordsArb, settingsArb, zoomArb, (records, settings, zoom) => {
        const layout = layOut(records, settings);
        const everyInView = () => layout.marks.filter((mark) => isInView(mark, layout.plot));
        expect(visibleMarks(layout)).toEqual(everyInView());
        zoomIn(layout, zoom);
        expect(visibleMarks(layout)).toEqual(everyInView());
      }),
      runs,
    );
  });
});
