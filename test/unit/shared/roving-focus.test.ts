import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type NavigationKey, nextIndex, rovingModel } from '../../../src/shared/roving-focus';

/**
 * Eight marks in three lanes, listed in time order as a chart gives them:
 *
 *   lane 0:  a(1)        c(5)              g(12)
 *   lane 1:       b(3)         d(7)  e(7)
 *   lane 2:                          f(9)           h(20)
 */
const marks = [
  { id: 'a', lane: 0, time: 1 },
  { id: 'b', lane: 1, time: 3 },
  { id: 'c', lane: 0, time: 5 },
  { id: 'd', lane: 1, time: 7 },
  { id: 'e', lane: 1, time: 7 },
  { id: 'f', lane: 2, time: 9 },
  { id: 'g', lane: 0, time: 12 },
  { id: 'h', lane: 2, time: 20 },
];
const model = rovingModel(marks.length, {
  lane: (i) => marks[i]?.lane ?? Number.NaN,
  time: (i) => marks[i]?.time ?? Number.NaN,
  pageSize: 2,
});
const index = (id: string) => marks.findIndex((m) => m.id === id);
const id = (i: number | null) => (i === null ? null : marks[i]?.id);

describe('rovingModel', () => {
  it('groups items by lane in time order, equal times in the given order', () => {
    expect(Array.from(model.order, (i) => marks[i]?.id).join('')).toBe('acgbdefh');
    expect(Array.from(model.laneStarts)).toEqual([0, 3, 6, 8]);
    expect(model.laneOf[index('f')]).toBe(2);
  });

  it('numbers lanes by order, skipping lane values nobody uses', () => {
    const sparse = rovingModel(3, { lane: (i) => [40, -2, 40][i] as number });
    expect(Array.from(sparse.laneOf)).toEqual([1, 0, 1]);
    expect(nextIndex(sparse, 1, 'ArrowDown')).toBe(0);
  });

  it('rejects a bad size, page size, lane or time', () => {
    expect(() => rovingModel(-1)).toThrow('rovingModel: invalid size -1 (expected an integer ≥ 0)');
    expect(() => rovingModel(2, { pageSize: 0 })).toThrow('rovingModel: invalid pageSize 0');
    expect(() => rovingModel(2, { time: (i) => (i === 1 ? Number.NaN : 0) })).toThrow(
      'rovingModel: time of item 1 is NaN (expected a number)',
    );
  });
});

describe('nextIndex', () => {
  const table: [from: string, key: NavigationKey, to: string | null][] = [
    ['a', 'ArrowRight', 'c'],
    ['c', 'ArrowRight', 'g'],
    ['g', 'ArrowRight', 'g'], // end of the lane: stay
    ['c', 'ArrowLeft', 'a'],
    ['a', 'ArrowLeft', 'a'],
    ['d', 'ArrowRight', 'e'], // equal times keep the given order
    ['e', 'ArrowLeft', 'd'],
    ['a', 'ArrowDown', 'b'],
    ['c', 'ArrowDown', 'b'], // 5: b(3) and d(7) are as near; the earlier wins
    ['g', 'ArrowDown', 'd'], // 12: d(7) is the latest in lane 1, the first of the two at 7
    ['b', 'ArrowDown', 'f'],
    ['e', 'ArrowDown', 'f'],
    ['h', 'ArrowDown', 'h'], // last lane: stay
    ['f', 'ArrowUp', 'd'],
    ['h', 'ArrowUp', 'd'],
    ['b', 'ArrowUp', 'a'], // 3: a(1) and c(5) are as near
    ['d', 'ArrowUp', 'c'],
    ['a', 'ArrowUp', 'a'], // first lane: stay
    ['g', 'Home', 'a'],
    ['a', 'End', 'g'],
    ['f', 'Home', 'f'],
    ['h', { key: 'Home', ctrlKey: true }, 'a'], // the first of all, in the given order
    ['a', { key: 'End', metaKey: true }, 'h'],
    ['b', { key: 'End', ctrlKey: false }, 'e'],
    ['a', 'PageDown', 'g'], // page size 2
    ['b', 'PageDown', 'e'], // clamped to the lane's end
    ['g', 'PageUp', 'a'],
    ['a', 'Enter', null],
    ['a', 'Tab', null],
    ['a', 'a', null],
    ['a', { key: 'ArrowDown', ctrlKey: true }, 'b'],
  ];

  it.each(table)('from %s, %o moves to %s', (from, key, to) => {
    expect(id(nextIndex(model, index(from), key))).toBe(to);
  });

  it('rejects a current index outside the items', () => {
    expect(() => nextIndex(model, 8, 'ArrowLeft')).toThrow(
      'nextIndex: invalid current index 8 (expected an integer from 0 to 7)',
    );
    expect(() => nextIndex(rovingModel(0), 0, 'Home')).toThrow(RangeError);
  });

  it('moves along one lane in the given order by default', () => {
    const list = rovingModel(4);
    expect(nextIndex(list, 0, 'ArrowRight')).toBe(1);
    expect(nextIndex(list, 3, 'ArrowRight')).toBe(3);
    expect(nextIndex(list, 2, 'ArrowDown')).toBe(2);
    expect(nextIndex(list, 1, 'End')).toBe(3);
    expect(nextIndex(list, 0, 'PageDown')).toBe(3);
  });

  it('for any marks: Right then Left returns, Down lands in the next lane nearest in time', () => {
    const markArb = fc.array(
      fc.record({ lane: fc.integer({ min: 0, max: 4 }), time: fc.integer({ min: 0, max: 50 }) }),
      {
        minLength: 1,
        maxLength: 60,
      },
    );
    fc.assert(
      fc.property(markArb, fc.nat(), (items, pick) => {
        const m = rovingModel(items.length, {
          lane: (i) => items[i]?.lane as number,
          time: (i) => items[i]?.time as number,
        });
        const current = pick % items.length;
        const right = nextIndex(m, current, 'ArrowRight') as number;
        if (right !== current) expect(nextIndex(m, right, 'ArrowLeft')).toBe(current);
        const here = items[current] as { lane: number; time: number };
        const down = nextIndex(m, current, 'ArrowDown') as number;
        const lanesBelow = items.filter((it) => it.lane > here.lane).map((it) => it.lane);
        if (lanesBelow.length === 0) {
          expect(down).toBe(current);
        } else {
          const below = Math.min(...lanesBelow);
          expect(items[down]?.lane).toBe(below);
          const best = Math.min(...items.filter((it) => it.lane === below).map((it) => Math.abs(it.time - here.time)));
          expect(Math.abs((items[down]?.time as number) - here.time)).toBe(best);
        }
      }),
    );
  });
});
