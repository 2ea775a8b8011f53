import { describe, expect, it, vi } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { dayToTime } from '../../../src/data/dates';
import { rescaleLayout } from '../../../src/timeline/layout/rescale-layout';
import { resolveRecords } from '../../../src/timeline/layout/resolve-records';
import { toInterval } from '../../../src/timeline/layout/time-interval';
import { type Mark, timelineLayout } from '../../../src/timeline/layout/timeline-layout';
import { type ContactRecord, normalizeTimelineOptions, type TimelineOptions } from '../../../src/timeline/options';

const measure = (text: string) => text.length * 6.5;
const contacts = dataset.contacts;
const layoutOf = <T = ContactRecord>(options: TimelineOptions<T>, defaults = { data: contacts as readonly T[] }) =>
  timelineLayout(normalizeTimelineOptions<T>(options, defaults), measure);

function pairs(marks: readonly Mark<ContactRecord>[]): string[] {
  return marks.map((mark) => `${mark.id}|${mark.lane}`).sort();
}

describe('timelineLayout on the bundled dataset', () => {
  it.each([
    ['polity-pair', (c: ContactRecord) => [[...c.polities].sort().join('–')]],
    ['person', (c: ContactRecord) => [...new Set(c.participants)]],
    ['kind', (c: ContactRecord) => [c.kind]],
  ] as const)('draws one mark per contact and %s lane, every contact present', (lane, lanesOf) => {
    const layout = layoutOf({ lane });
    const expected = contacts.flatMap((c) => lanesOf(c).map((key) => `${c.id}|${key}`)).sort();
    expect(pairs(layout.marks)).toEqual(expected);
    expect(new Set(layout.marks.map((m) => m.id)).size).toBe(contacts.length);
    expect(new Set(layout.marks.map((m) => m.key)).size).toBe(layout.marks.length);
    expect(layout.excluded).toEqual([]);
  });

  it('orders polity lanes by number of contacts, then by key', () => {
    const layout = layoutOf({});
    expect(layout.lanes.map((lane) => [lane.key, lane.count])).toEqual([
      ['turkey–ussr', 35],
      ['bulgaria–ussr', 2],
      ['france–greece–romania–turkey–ussr', 1],
      ['poland–ussr', 1],
      ['romania–ussr', 1],
      ['turkey', 1],
      ['ussr', 1],
    ]);
  });

  it('keeps the same lanes, in the same order, and the same marks whatever the order of the data', () => {
    for (const lane of ['polity-pair', 'person', 'kind'] as const) {
      const forward = layoutOf({ lane });
      const reversed = layoutOf({ lane, data: [...contacts].reverse() });
      expect(reversed.lanes.map((l) => l.key)).toEqual(forward.lanes.map((l) => l.key));
      // Marks on the same dates keep data order, so only the set is compared.
      expect(pairs(reversed.marks)).toEqual(pairs(forward.marks));
    }
  });

  it('draws the undated Aras visit as uncertain with an open start, ending on the report’s day', () => {
    const aras = layoutOf({}).marks.find((mark) => mark.id === 'litvinov-aras-geneva-1937-05');
    expect(aras?.interval).toMatchObject({
      shape: 'uncertain',
      openStart: true,
      openEnd: false,
      basis: 'inferred',
      end: dayToTime('1937-05-26'),
    });
    expect(aras && aras.xEnd > aras.xStart).toBe(true);
  });

  it('draws the month-only October 1939 meeting as a month span of reduced precision', () => {
    const mark = layoutOf({}).marks.find((m) => m.id === 'stalin-molotov-saracoglu-1939-10');
    expect(mark?.interval).toMatchObject({ shape: 'span', precision: 'month', start: dayToTime('1939-10-01') });
  });

  it('lists marks in time order', () => {
    const { marks } = layoutOf({ lane: 'person' });
    for (let i = 1; i < marks.length; i++) {
      expect((marks[i] as Mark<ContactRecord>).interval.start).toBeGreaterThanOrEqual(
        (marks[i - 1] as Mark<ContactRecord>).interval.start,
      );
    }
  });

  it('stacks lanes and rows without gaps from the top margin, and sizes an auto height to them', () => {
    const layout = layoutOf({});
    let y = layout.plot.top;
    for (const lane of layout.lanes) {
      expect(lane.y).toBe(y);
      expect(lane.height).toBe(lane.rows * 24);
      y += lane.height;
    }
    expect(layout.plot.bottom).toBe(y);
    expect(layout.height).toBe(y + 32);
    for (const row of layout.rows) {
      for (const mark of row.marks) expect(mark.y).toBe(row.y);
    }
  });

  it('puts laneOrder lanes first, keeping an empty one, and labels lanes through laneLabel', () => {
    const layout = layoutOf({ laneOrder: ['ussr', 'nobody'], laneLabel: (key) => key.toUpperCase() });
    expect(layout.lanes.slice(0, 3).map((l) => [l.key, l.label, l.count, l.rows])).toEqual([
      ['ussr', 'USSR', 1, 1],
      ['nobody', 'NOBODY', 0, 1],
      ['turkey–ussr', 'TURKEY–USSR', 35, layout.lanes[2]?.rows],
    ]);
  });

  it('leaves out, and lists, contacts outside an explicit from/to', () => {
    const layout = layoutOf({ from: '1939-01-01', to: '1939-06' });
    expect(layout.domain).toEqual([new Date(dayToTime('1939-01-01')), new Date(dayToTime('1939-07-01'))]);
    const drawn = new Set(layout.marks.map((m) => m.id));
    expect(drawn.has('nikitnikov-inonu-saracoglu-1939-04-16')).toBe(true);
    expect(drawn.has('molotov-aktay-1939-12-28')).toBe(false);
    expect(layout.excluded).toContainEqual({
      index: contacts.findIndex((c) => c.id === 'molotov-aktay-1939-12-28'),
      id: 'molotov-aktay-1939-12-28',
      reason: 'outside the domain (from/to)',
    });
    expect(layout.marks.length + layout.excluded.length).toBe(contacts.length);
  });

  it('narrows the rows to fit a fixed height', () => {
    const layout = layoutOf({ height: 200 });
    const rows = layout.lanes.reduce((sum, lane) => sum + lane.rows, 0);
    expect(layout.height).toBe(200);
    expect(layout.rowHeight).toBeCloseTo((200 - 8 - 32) / rows);
    expect(layout.plot.bottom).toBe(200 - 32);
    for (const mark of layout.marks) {
      expect(mark.height).toBe(Math.min(10, layout.rowHeight));
      expect(mark.y + mark.height / 2).toBeLessThanOrEqual(layout.plot.bottom + 1e-9);
    }
  });

  it('shows labels where there is room, and counts the others per lane', () => {
    const layout = timelineLayout(
      normalizeTimelineOptions({ data: contacts, width: 4000, label: (c) => c.kind }),
      measure,
    );
    expect(layout.labels.length).toBeGreaterThan(0);
    const hiddenLabels = layout.hiddenLabels ?? new Map<string, number>();
    const hidden = [...hiddenLabels.values()].reduce((a, b) => a + b, 0);
    expect(layout.labels.length + hidden).toBe(layout.marks.length);
    expect([...hiddenLabels.keys()]).toEqual(layout.lanes.map((l) => l.key));
  });

  it('places no labels, and measures nothing, when more than labelMarkLimit marks are in view', () => {
    const spy = vi.fn(measure);
    const options = normalizeTimelineOptions({ data: contacts, width: 4000, label: (c) => c.kind });
    const dense = timelineLayout(options, spy, { labelMarkLimit: contacts.length - 1 });
    expect(spy).not.toHaveBeenCalled();
    expect(dense.labels).toEqual([]);
    expect(dense.hiddenLabels).toBeNull();
    // At the limit itself the labels are placed, as without a limit.
    const atLimit = timelineLayout(options, measure, { labelMarkLimit: contacts.length });
    expect(atLimit.labels).toEqual(timelineLayout(options, measure).labels);
    expect(atLimit.hiddenLabels).not.toBeNull();
  });

  it('rescaleLayout places labels again once few enough marks are in view', () => {
    const options = normalizeTimelineOptions({ data: contacts, width: 4000, label: (c) => c.kind });
    const layout = timelineLayout(options, measure, { labelMarkLimit: 5 });
    expect(layout.hiddenLabels).toBeNull();
    const first = layout.marks[0] as (typeof layout.marks)[number];
    rescaleLayout(layout, [first.interval.start, first.interval.start + 86_400_000]);
    const inView = layout.marks.filter((m) => m.x1 >= layout.plot.left && m.x0 <= layout.plot.right).length;
    expect(inView).toBeLessThanOrEqual(5);
    expect(layout.hiddenLabels).not.toBeNull();
    expect(layout.labels.length).toBeGreaterThan(0);
  });

  it('measures nothing and shows no label when labels are off', () => {
    const spy = vi.fn(measure);
    const layout = timelineLayout(normalizeTimelineOptions({ data: contacts, labels: false }), spy);
    expect(spy).not.toHaveBeenCalled();
    expect(layout.labels).toEqual([]);
    expect([...(layout.hiddenLabels ?? []).values()].every((count) => count === 0)).toBe(true);
    expect(layout.hiddenLabels).not.toBeNull();
  });
});

describe('timelineLayout with custom records', () => {
  interface Letter {
    ref: string;
    sent: Date | string;
    to: string[];
  }
  const letters: Letter[] = [
    { ref: 'L1', sent: new Date(Date.UTC(1938, 0, 3, 15)), to: ['Ankara', 'Moscow'] },
    { ref: 'L2', sent: '1938-02', to: ['Ankara'] },
    { ref: 'L3', sent: '1938-01-04', to: [] },
  ];
  const accessors: TimelineOptions<Letter> = {
    data: letters,
    id: (d) => d.ref,
    date: (d) => d.sent,
    lane: (d) => d.to,
    label: (d) => d.ref,
    kind: () => 'letter',
  };

  it('draws them through the accessors, once per lane key, and lists a record with no lane', () => {
    const layout = timelineLayout(normalizeTimelineOptions(accessors), measure);
    expect(layout.marks.map((m) => m.key)).toEqual(['Ankara\u0000L1', 'Moscow\u0000L1', 'Ankara\u0000L2']);
    expect(layout.marks[0]?.interval).toMatchObject({ shape: 'point', start: dayToTime('1938-01-03') });
    expect(layout.marks[2]?.interval).toMatchObject({ shape: 'span', precision: 'month' });
    expect(layout.excluded).toEqual([{ index: 2, id: 'L3', reason: 'no lane (the lane accessor returned no key)' }]);
    expect(layout.recordCount).toBe(2); // L1 once, for all its lanes
  });

  it.each<[string, TimelineOptions<Letter>, string]>([
    [
      'a missing id accessor',
      { data: letters },
      'data[0]: invalid id: undefined (expected a string from the id accessor)',
    ],
    ['a duplicate id', { ...accessors, id: () => 'same' }, 'data[1] ("same"): duplicate id (also data[0])'],
    [
      'a bad date',
      { ...accessors, date: () => '1938-02-30' },
      'data[0] ("L1"): invalid date: "1938-02-30" (expected a Date, an ISO date YYYY, YYYY-MM or YYYY-MM-DD, or a date value { when }, { from, to } or { notBefore, notAfter })',
    ],
    [
      'a lane mode on records without its field',
      { ...accessors, lane: 'person' },
      'data[0] ("L1"): invalid lane: undefined (expected a string or an array of strings; lane "person" reads each record\'s participants: pass a lane function for other records)',
    ],
    [
      'a lane function returning a number',
      { ...accessors, lane: () => 3 as unknown as string },
      'data[0] ("L1"): invalid lane: 3 (expected a string or an array of strings)',
    ],
    [
      'a label that is not a string',
      { ...accessors, label: () => undefined as unknown as string },
      'data[0] ("L1"): invalid label: undefined (expected a string from the label accessor)',
    ],
    [
      'a laneLabel that is not a string',
      { ...accessors, laneLabel: () => null as unknown as string },
      'laneLabel("Ankara"): invalid label null (expected a string)',
    ],
  ])('reports %s with the record’s position', (_, options, message) => {
    expect(() => timelineLayout(normalizeTimelineOptions(options), measure)).toThrow(new TypeError(message));
  });

  it('gives records with the same Date time or ISO string one interval, equal to each one’s own', () => {
    const sameDays: Letter[] = [
      { ref: 'A', sent: new Date(Date.UTC(1938, 0, 3)), to: ['Ankara'] },
      { ref: 'B', sent: new Date(Date.UTC(1938, 0, 3)), to: ['Moscow'] },
      { ref: 'C', sent: '1938-02', to: ['Ankara'] },
      { ref: 'D', sent: '1938-02', to: ['Ankara'] },
      { ref: 'E', sent: '1938-02-01', to: ['Ankara'] },
      { ref: 'F', sent: new Date(Date.UTC(1938, 0, 3, 12)), to: ['Ankara'] },
      { ref: 'G', sent: new Date(Date.UTC(1938, 0, 4)), to: ['Ankara'] },
    ];
    // A single lane key given as a string, as most lane accessors return it.
    const lane = (letter: Letter) => (letter.to.length === 1 ? (letter.to[0] as string) : letter.to);
    const options = normalizeTimelineOptions({ ...accessors, data: sameDays, lane });
    const { intervals, laneKeys } = resolveRecords(options);
    expect(intervals[1]).toBe(intervals[0]);
    expect(intervals[3]).toBe(intervals[2]);
    expect(intervals[4]).not.toBe(intervals[2]);
    expect(intervals.map((interval) => interval)).toEqual(sameDays.map((letter) => toInterval(letter.sent)));
    // One-key lane lists are shared too.
    expect(laneKeys[3]).toBe(laneKeys[2]);
    expect(laneKeys[1]).not.toBe(laneKeys[0]);
    expect(laneKeys.map((keys) => [...keys])).toEqual(sameDays.map((letter) => letter.to));
  });

  it('lays out no records over a fallback year, with no lanes', () => {
    const layout = timelineLayout(normalizeTimelineOptions({ ...accessors, data: [] }), measure);
    expect(layout.domain.map((d) => d.toISOString())).toEqual(['1970-01-01T00:00:00.000Z', '1971-01-01T00:00:00.000Z']);
    expect(layout.lanes).toEqual([]);
    expect(layout.height).toBe(8 + 32);
  });

  it('keeps a year after from when all data lies before it', () => {
    const layout = timelineLayout(normalizeTimelineOptions({ ...accessors, from: '1950' }), measure);
    expect(+layout.domain[1] - +layout.domain[0]).toBe(365 * 86_400_000);
    expect(layout.marks).toEqual([]);
  });
});

describe('rescaleLayout', () => {
  it('moves marks for a zoomed-in domain, keeping rows, and re-places labels', () => {
    const layout = timelineLayout(normalizeTimelineOptions({ data: contacts, label: (c) => c.kind }), measure);
    const rowsBefore = layout.marks.map((m) => m.row);
    const visibleBefore = layout.labels.length;
    const mark = layout.marks.find((m) => m.id === 'kalinin-apaydin-1938-12-02') as Mark<ContactRecord>;
    const xBefore = mark.xStart;
    const domain: [Date, Date] = [new Date(dayToTime('1938-11-01')), new Date(dayToTime('1939-01-01'))];
    const same = rescaleLayout(layout, domain);
    expect(same).toBe(layout);
    expect(layout.domain).toEqual(domain);
    expect(layout.marks.map((m) => m.row)).toEqual(rowsBefore);
    expect(mark.xStart).not.toBe(xBefore);
    const { left, right } = layout.plot;
    expect(mark.xStart).toBeCloseTo(left + ((right - left) * 31) / 61);
    expect(layout.labels.every((label) => label.mark.x1 >= left && label.mark.x0 <= right)).toBe(true);
    expect(layout.labels.length).not.toBe(visibleBefore);
  });

  it('refuses a domain wider than the one the rows were packed for', () => {
    const layout = timelineLayout(normalizeTimelineOptions({ data: contacts }), measure);
    const [start, end] = layout.baseDomain.map(Number) as [number, number];
    expect(() => rescaleLayout(layout, [start - 86_400_000, end])).toThrow(RangeError);
    expect(() => rescaleLayout(layout, [end, start])).toThrow(/invalid domain/);
    expect(() => rescaleLayout(layout, [start + 1000, end + 1000])).not.toThrow();
  });
});
