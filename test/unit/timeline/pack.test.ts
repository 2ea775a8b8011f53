import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Extent, packRows } from '../../../src/timeline/layout/pack';

/** The most extents that overlap (with the gap) at one point: no packing can use fewer rows. */
function depth(extents: readonly Extent[], gap: number): number {
  // An extent blocks [x0, x1 + gap); sweep the starts and ends, ends first at a tie (a touching one is free).
  const events = extents.flatMap((e) => [
    [e.x0, 1],
    [e.x1 + gap, -1],
  ]) as [number, number][];
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let current = 0;
  let most = 0;
  for (const [, step] of events) {
    current += step;
    most = Math.max(most, current);
  }
  return most;
}

const extentArb = fc
  .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 80 }))
  .map(([x0, width]) => ({ x0, x1: x0 + width }));

describe('packRows', () => {
  it('puts overlapping extents on separate rows and reuses the lowest free row', () => {
    const { rows, rowCount } = packRows(
      [
        { x0: 0, x1: 10 },
        { x0: 5, x1: 15 },
        { x0: 14, x1: 20 },
        { x0: 40, x1: 50 },
      ],
      4,
    );
    expect([...rows]).toEqual([0, 1, 0, 0]);
    expect(rowCount).toBe(2);
  });

  it('counts the gap: extents closer than it do not share a row', () => {
    expect([
      ...packRows(
        [
          { x0: 0, x1: 10 },
          { x0: 13, x1: 20 },
        ],
        4,
      ).rows,
    ]).toEqual([0, 1]);
    expect([
      ...packRows(
        [
          { x0: 0, x1: 10 },
          { x0: 14, x1: 20 },
        ],
        4,
      ).rows,
    ]).toEqual([0, 0]);
  });

  it('orders extents by x0, then x1, then input order', () => {
    const { order } = packRows(
      [
        { x0: 5, x1: 9 },
        { x0: 1, x1: 3 },
        { x0: 5, x1: 6 },
        { x0: 1, x1: 3 },
      ],
      0,
    );
    expect([...order]).toEqual([1, 3, 2, 0]);
  });

  it('puts a zero-width extent before a wider one at the same start, in one row (found by fast-check)', () => {
    const { rows, rowCount, order } = packRows(
      [
        { x0: 4, x1: 5 },
        { x0: 4, x1: 4 },
      ],
      0,
    );
    expect(rowCount).toBe(1);
    expect([...rows]).toEqual([0, 0]);
    expect([...order]).toEqual([1, 0]);
  });

  it('orders extents that come in order without sorting them, and sorts a tie on x0 by x1', () => {
    const orderOf = (x1s: readonly number[]) => [
      ...packRows(
        x1s.map((x1, i) => ({ x0: i < 2 ? 1 : 2, x1 })),
        0,
      ).order,
    ];
    expect(orderOf([3, 3, 9])).toEqual([0, 1, 2]);
    expect(orderOf([5, 3, 9])).toEqual([1, 0, 2]);
  });

  it('gives the same order, sorted or not, as sorting by x0, then x1, then input order', () => {
    fc.assert(
      fc.property(fc.array(extentArb, { maxLength: 40 }), fc.boolean(), (given, presorted) => {
        const extents = presorted ? [...given].sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1) : given;
        const expected = extents
          .map((_, i) => i)
          .sort(
            (a, b) =>
              (extents[a] as Extent).x0 - (extents[b] as Extent).x0 ||
              (extents[a] as Extent).x1 - (extents[b] as Extent).x1 ||
              a - b,
          );
        expect([...packRows(extents, 2).order]).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('handles no extents', () => {
    expect(packRows([], 4)).toMatchObject({ rowCount: 0 });
  });

  it('never overlaps inside a row, and uses the fewest rows possible', () => {
    fc.assert(
      fc.property(fc.array(extentArb, { maxLength: 80 }), fc.integer({ min: 0, max: 10 }), (extents, gap) => {
        const { rows, rowCount } = packRows(extents, gap);
        const byRow = new Map<number, Extent[]>();
        extents.forEach((extent, i) => {
          const row = rows[i] as number;
          expect(row).toBeLessThan(rowCount);
          byRow.set(row, [...(byRow.get(row) ?? []), extent]);
        });
        for (const row of byRow.values()) {
          // In the order packRows uses: by start, then end (a zero-width extent at a start comes first).
          row.sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1);
          for (let i = 1; i < row.length; i++) {
            expect((row[i - 1] as Extent).x1 + gap).toBeLessThanOrEqual((row[i] as Extent).x0);
          }
        }
        // The sweep cannot count an extent that blocks nothing (zero width, zero gap; marks never are): skip those.
        if (extents.every((e) => e.x1 + gap > e.x0)) expect(rowCount).toBe(depth(extents, gap));
      }),
      { numRuns: 300 },
    );
  });
});
