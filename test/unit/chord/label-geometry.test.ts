import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  boxInside,
  type LabelBox,
  labelBox,
  labelOrientation,
  polarPoint,
} from '../../../src/chord/layout/label-geometry';
import { polygonsOverlap, scaled } from './polygons';

const close = (box: LabelBox) => box.map(({ x, y }) => [Math.round(x * 1e9) / 1e9 + 0, Math.round(y * 1e9) / 1e9 + 0]);

describe('label geometry', () => {
  it('puts angle 0 at 12 o’clock and turns clockwise (SVG y down)', () => {
    expect(close([polarPoint(0, 10), polarPoint(Math.PI / 2, 10), polarPoint(Math.PI, 10), polarPoint(0, 0)])).toEqual([
      [0, -10],
      [10, 0],
      [0, 10],
      [0, 0],
    ]);
  });

  it('lays a box along the ray from the radius outwards, centred on it', () => {
    expect(close(labelBox(Math.PI / 2, 10, 20, 4))).toEqual([
      [10, -2],
      [30, -2],
      [30, 2],
      [10, 2],
    ]);
    expect(close(labelBox(0, 10, 20, 4))).toEqual([
      [-2, -10],
      [-2, -30],
      [2, -30],
      [2, -10],
    ]);
  });

  it('orients labels so they read left to right, running outwards', () => {
    expect(labelOrientation(Math.PI / 2)).toEqual({ rotate: 0, anchor: 'start' });
    expect(labelOrientation((3 * Math.PI) / 2)).toEqual({ rotate: 0, anchor: 'end' });
    expect(labelOrientation(0)).toEqual({ rotate: -90, anchor: 'start' });
    expect(labelOrientation(Math.PI)).toEqual({ rotate: 90, anchor: 'start' });
    expect(labelOrientation(Math.PI + 0.001).anchor).toBe('end');
    expect(labelOrientation(2 * Math.PI + Math.PI / 2)).toEqual({ rotate: 0, anchor: 'start' });
  });

  it('property: the rotated text runs outwards along the ray, never upside down', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), (angle) => {
        const { rotate, anchor } = labelOrientation(angle);
        expect(rotate).toBeGreaterThanOrEqual(-90);
        expect(rotate).toBeLessThanOrEqual(90);
        // The direction the text reads in, after rotate(); with text-anchor end it grows back towards the anchor.
        const reading = { x: Math.cos((rotate * Math.PI) / 180), y: Math.sin((rotate * Math.PI) / 180) };
        const grows = anchor === 'start' ? reading : { x: -reading.x, y: -reading.y };
        const outwards = polarPoint(angle, 1);
        expect(grows.x).toBeCloseTo(outwards.x, 9);
        expect(grows.y).toBeCloseTo(outwards.y, 9);
      }),
    );
  });

  it('finds overlaps as an independent polygon test does', () => {
    const boxArb = fc
      .record({
        angle: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        radius: fc.integer({ min: 0, max: 100 }),
        width: fc.integer({ min: 1, max: 80 }),
        height: fc.integer({ min: 1, max: 20 }),
      })
      .map(({ angle, radius, width, height }) => labelBox(angle, radius, width, height));
    const outcomes = new Set<boolean>();
    fc.assert(
      fc.property(boxArb, boxArb, (a, b) => {
        const found = boxesOverlap(a, b);
        outcomes.add(found);
        expect(boxesOverlap(b, a)).toBe(found);
        // Away from the touching case, where rounding may go either way, both tests must agree.
        if (polygonsOverlap(scaled(a, 0.999), scaled(b, 0.999))) expect(found).toBe(true);
        if (!polygonsOverlap(scaled(a, 1.001), scaled(b, 1.001))) expect(found).toBe(false);
      }),
      { numRuns: 500 },
    );
    expect([...outcomes].sort()).toEqual([false, true]); // both cases were tried
  });

  it('counts boxes that only touch as apart, and a box inside another as overlapping', () => {
    const a = labelBox(Math.PI / 2, 10, 20, 4);
    expect(boxesOverlap(a, labelBox(Math.PI / 2, 30, 20, 4))).toBe(false);
    expect(boxesOverlap(a, labelBox(Math.PI / 2, 29, 20, 4))).toBe(true);
    expect(boxesOverlap(a, labelBox(Math.PI / 2, 15, 5, 1))).toBe(true);
    expect(boxesOverlap(a, labelBox((3 * Math.PI) / 2, 10, 20, 4))).toBe(false);
  });

  it('checks a box against the chart’s edges', () => {
    const bounds = { left: -50, top: -50, right: 50, bottom: 50 };
    expect(boxInside(labelBox(Math.PI / 2, 10, 40, 4), bounds)).toBe(true);
    expect(boxInside(labelBox(Math.PI / 2, 10, 41, 4), bounds)).toBe(false);
    expect(boxInside(labelBox(0, 10, 41, 4), bounds)).toBe(false);
  });
});
