import { describe, expect, it, vi } from 'vitest';
import { memoizeMeasure } from '../../../src/shared/measure-text';
import { placeLabels } from '../../../src/timeline/layout/labels';

const measure = (text: string) => text.length * 10;
const mark = (x0: number, x1: number, label: string, lane = 'a') => ({ x0, x1, y: 12, lane, label });
const bounds = { left: 0, right: 500 };

describe('placeLabels', () => {
  it('puts a label gap pixels right of its mark when it fits before the next mark', () => {
    const row = [mark(0, 10, 'abc'), mark(60, 70, 'de')];
    const { labels, hidden } = placeLabels([row], bounds, 4, measure, ['a']);
    expect(labels.map(({ text, x, y, width }) => ({ text, x, y, width }))).toEqual([
      { text: 'abc', x: 14, y: 12, width: 30 },
      { text: 'de', x: 74, y: 12, width: 20 },
    ]);
    expect(labels[0]?.mark).toBe(row[0]);
    expect(hidden).toEqual(new Map([['a', 0]]));
  });

  it('hides a label that would reach within gap of the next mark, and counts it for its lane', () => {
    const { labels, hidden } = placeLabels([[mark(0, 10, 'abcd'), mark(57, 60, 'x')]], bounds, 4, measure, ['a']);
    // 'abcd' would end at 14 + 40 = 54, beyond 57 - 4.
    expect(labels.map((l) => l.text)).toEqual(['x']);
    expect(hidden.get('a')).toBe(1);
    expect(placeLabels([[mark(0, 10, 'abcd'), mark(58, 60, 'x')]], bounds, 4, measure).labels).toHaveLength(2);
  });

  it('hides a label that would leave the plot', () => {
    const { labels, hidden } = placeLabels([[mark(470, 480, 'abc', 'b')]], bounds, 4, measure, ['a', 'b']);
    expect(labels).toEqual([]);
    expect(hidden).toEqual(
      new Map([
        ['a', 0],
        ['b', 1],
      ]),
    );
  });

  it('neither draws nor counts an empty label', () => {
    const { labels, hidden } = placeLabels([[mark(0, 10, '')]], bounds, 4, measure, ['a']);
    expect(labels).toEqual([]);
    expect(hidden.get('a')).toBe(0);
  });

  it('considers only marks that reach into the plot', () => {
    const row = [mark(-100, -50, 'gone'), mark(-20, 5, 'in'), mark(505, 520, 'past')];
    const { labels, hidden } = placeLabels([row], bounds, 4, measure, ['a']);
    expect(labels.map((l) => l.text)).toEqual(['in']);
    expect(hidden.get('a')).toBe(0);
  });

  it('does not measure a label with no room at all', () => {
    const spy = vi.fn(measure);
    const { labels, hidden } = placeLabels([[mark(0, 10, 'abc'), mark(12, 20, 'de')]], bounds, 4, spy, ['a']);
    expect(labels.map((l) => l.text)).toEqual(['de']);
    expect(hidden.get('a')).toBe(1);
    expect(spy.mock.calls).toEqual([['de']]);
  });

  it('places rows independently', () => {
    const rows = [[mark(0, 10, 'abcdef')], [mark(0, 10, 'abcdef'), mark(20, 30, 'z')]];
    const { labels, hidden } = placeLabels(rows, bounds, 4, measure, ['a']);
    expect(labels).toHaveLength(2);
    expect(hidden.get('a')).toBe(1);
  });
});

describe('memoizeMeasure', () => {
  it('measures each distinct text once', () => {
    const spy = vi.fn(measure);
    const memo = memoizeMeasure(spy);
    expect([memo('ab'), memo('ab'), memo('abc')]).toEqual([20, 20, 30]);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('rejects a width that is not a number ≥ 0', () => {
    expect(() => memoizeMeasure(() => Number.NaN)('ab')).toThrow(
      new TypeError('measure returned NaN for "ab" (expected a width ≥ 0)'),
    );
    expect(() => memoizeMeasure(() => -1)('ab')).toThrow(/measure returned -1/);
  });
});
