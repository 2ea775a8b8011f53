import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { normalizeTimelineOptions, type TimelineOptions } from '../../../src/timeline/options';

type Loose = Record<string, unknown>;
const normalize = (options: Loose, defaults = { data: [] as unknown[] }) =>
  normalizeTimelineOptions(options as TimelineOptions<unknown>, defaults);

const isoOrDate = '(expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD, or a Date)';

describe('normalizeTimelineOptions', () => {
  it.each<[string, Loose, ErrorConstructor, string]>([
    ['an unknown option', { lanes: 'person' }, TypeError, 'unknown option: "lanes"'],
    [
      'an unknown lane mode',
      { lane: 'x' },
      TypeError,
      'invalid lane: "x" (expected "polity-pair", "person", "kind" or a function)',
    ],
    ['a negative width', { width: -5 }, TypeError, 'invalid width: -5 (expected a positive number)'],
    ['a NaN width', { width: Number.NaN }, TypeError, 'invalid width: NaN (expected a positive number)'],
    [
      'a width inside the margins',
      { width: 100 },
      RangeError,
      'invalid width: 100 (expected more than margin.left + margin.right = 144)',
    ],
    ['a zero height', { height: 0 }, TypeError, 'invalid height: 0 (expected a positive number or "auto")'],
    ['a height word', { height: 'tall' }, TypeError, 'invalid height: "tall" (expected a positive number or "auto")'],
    [
      'a height inside the margins',
      { height: 30 },
      RangeError,
      'invalid height: 30 (expected more than margin.top + margin.bottom = 40)',
    ],
    ['month 13', { from: '1938-13' }, TypeError, `invalid from: "1938-13" ${isoOrDate}`],
    ['a day February lacks', { to: '1939-02-29' }, TypeError, `invalid to: "1939-02-29" ${isoOrDate}`],
    ['an invalid Date', { from: new Date(Number.NaN) }, TypeError, `invalid from: Invalid Date ${isoOrDate}`],
    ['a date that is not ISO', { from: '5/1/1938' }, TypeError, `invalid from: "5/1/1938" ${isoOrDate}`],
    [
      'to before from',
      { from: '1939', to: '1938' },
      RangeError,
      'invalid to: "1938" (expected a date after from "1939")',
    ],
    ['an unknown margin side', { margin: { middle: 3 } }, TypeError, 'unknown option: "margin.middle"'],
    ['a negative margin', { margin: { left: -1 } }, TypeError, 'invalid margin.left: -1 (expected a number ≥ 0)'],
    [
      'a margin of the wrong type',
      { margin: 'wide' },
      TypeError,
      'invalid margin: "wide" (expected a number or an object with top, right, bottom and left)',
    ],
    ['a rowHeight string', { rowHeight: '24' }, TypeError, 'invalid rowHeight: "24" (expected a positive number)'],
    ['a zero markSize', { markSize: 0 }, TypeError, 'invalid markSize: 0 (expected a positive number)'],
    ['a negative markGap', { markGap: -1 }, TypeError, 'invalid markGap: -1 (expected a number ≥ 0)'],
    [
      'an infinite openBoundSpan',
      { openBoundSpan: Number.POSITIVE_INFINITY },
      TypeError,
      'invalid openBoundSpan: Infinity (expected a positive number)',
    ],
    ['labels as a string', { labels: 'yes' }, TypeError, 'invalid labels: "yes" (expected true or false)'],
    ['an accessor given as a field name', { id: 'id' }, TypeError, 'invalid id: "id" (expected a function)'],
    ['a date accessor of the wrong type', { date: 1938 }, TypeError, 'invalid date: 1938 (expected a function)'],
    [
      'repeated lane keys',
      { laneOrder: ['a', 'a'] },
      TypeError,
      'invalid laneOrder: ["a","a"] (expected an array of distinct strings)',
    ],
    ['a laneLabel object', { laneLabel: {} }, TypeError, 'invalid laneLabel: {} (expected a function)'],
    ['data as a string', { data: 'abc' }, TypeError, 'invalid data: "abc" (expected an array of records)'],
  ])('rejects %s', (_, options, type, message) => {
    expect(() => normalize(options)).toThrow(type);
    expect(() => normalize(options)).toThrow(new type(message));
  });

  it('rejects options that are not an object', () => {
    expect(() => normalizeTimelineOptions(5 as unknown as TimelineOptions)).toThrow(
      new TypeError('invalid options: 5 (expected an object)'),
    );
  });

  it('requires data when no default data is given', () => {
    expect(() => normalizeTimelineOptions({})).toThrow(
      new TypeError(
        'missing option: data (expected an array of records; or pass dataset, e.g. the bundled one: ' +
          "import { dataset } from 'soviet-turkish-contacts/data')",
      ),
    );
  });

  it('fills every default', () => {
    const normalized = normalizeTimelineOptions({ data: dataset.contacts });
    expect(normalized).toMatchObject({
      laneMode: 'polity-pair',
      laneOrder: [],
      from: null,
      to: null,
      width: 640,
      height: 'auto',
      margin: { top: 8, right: 16, bottom: 32, left: 128 },
      rowHeight: 24,
      markSize: 10,
      markGap: 4,
      openBoundSpan: 30,
      labels: true,
    });
    expect(normalized.data).toBe(dataset.contacts);
    expect(normalized.laneLabel('turkey–ussr')).toBe('turkey–ussr');
  });

  it('reads contacts through the default accessors', () => {
    const normalized = normalizeTimelineOptions({ data: dataset.contacts });
    const aras = dataset.contacts.find((c) => c.id === 'litvinov-aras-geneva-1937-05');
    if (!aras) throw new Error('fixture missing');
    expect(normalized.id(aras)).toBe('litvinov-aras-geneva-1937-05');
    expect(normalized.date(aras)).toBe(aras.date);
    expect(normalized.label(aras)).toBe(aras.summary.text);
    expect(normalized.kind(aras)).toBe('meeting');
    expect(normalized.lane(aras)).toBe('turkey–ussr');
    expect(normalizeTimelineOptions({ data: dataset.contacts, lane: 'person' }).lane(aras)).toEqual(aras.participants);
    expect(normalizeTimelineOptions({ data: dataset.contacts, lane: 'kind' }).lane(aras)).toBe('meeting');
  });

  it('takes data and lane labels from the defaults, and lets the options override them', () => {
    const fallback = [{ id: 'a' }];
    const viaDefaults = normalize({}, { data: fallback, laneLabel: (key: string) => key.toUpperCase() } as never);
    expect(viaDefaults.data).toBe(fallback);
    expect(viaDefaults.laneLabel('ussr')).toBe('USSR');
    const own: unknown[] = [];
    expect(normalize({ data: own, laneLabel: () => 'x' }, { data: fallback }).data).toBe(own);
  });

  it('accepts height "auto" or a number', () => {
    expect(normalize({ height: 'auto' }).height).toBe('auto');
    expect(normalize({ height: 300 }).height).toBe(300);
  });

  it('treats an option set to undefined as absent', () => {
    expect(normalize({ width: undefined, lane: undefined })).toMatchObject({ width: 640, laneMode: 'polity-pair' });
  });

  it('resolves from to the first instant and to to the instant after the last day', () => {
    const normalized = normalize({ from: '1937-05', to: '1939' });
    expect(normalized.from).toBe(Date.UTC(1937, 4, 1));
    expect(normalized.to).toBe(Date.UTC(1940, 0, 1));
    const at = new Date(Date.UTC(1938, 0, 1, 12));
    expect(normalize({ from: at }).from).toBe(at.getTime());
  });

  it('accepts a margin as one number or as some sides', () => {
    expect(normalize({ margin: 0 }).margin).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
    expect(normalize({ margin: { left: 40 } }).margin).toEqual({ top: 8, right: 16, bottom: 32, left: 40 });
    expect(normalize({ margin: 0, width: 1 }).width).toBe(1);
  });

  it('keeps a lane function as a custom mode', () => {
    const lane = (d: unknown) => String(d);
    const normalized = normalize({ lane });
    expect(normalized.laneMode).toBe('custom');
    expect(normalized.lane).toBe(lane);
  });

  it('copies laneOrder so later changes to the caller’s array do not move lanes', () => {
    const order = ['b', 'a'];
    const normalized = normalize({ laneOrder: order });
    order.push('c');
    expect(normalized.laneOrder).toEqual(['b', 'a']);
  });
});
