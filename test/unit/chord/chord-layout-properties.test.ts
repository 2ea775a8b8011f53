import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChordLayout, chordLayout } from '../../../src/chord/layout/chord-layout';
import { type ChordOptions, normalizeChordOptions } from '../../../src/chord/options';
import { dataset } from '../../../src/data/dataset';
import { contactsArb, measure, people, sum, weightArb } from './fixtures';
import { polygonsOverlap, scaled } from './polygons';

const settingsArb = fc.record({
  by: fc.constantFrom<'polity' | 'person'>('polity', 'person'),
  directed: fc.boolean(),
  threshold: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.5, noNaN: true })),
  padAngle: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
  ringWidth: fc.integer({ min: 1, max: 60 }),
  labelOffset: fc.integer({ min: 0, max: 20 }),
  labelHeight: fc.integer({ min: 1, max: 30 }),
  margin: fc.integer({ min: 0, max: 150 }),
  plot: fc.integer({ min: 1, max: 600 }),
  aspect: fc.double({ min: 0.3, max: 3, noNaN: true }),
  labelLength: fc.integer({ min: 0, max: 20 }),
});

type Settings = typeof settingsArb extends fc.Arbitrary<infer S> ? S : never;

function optionsOf(s: Settings): ChordOptions {
  const width = 2 * s.margin + s.plot;
  return {
    by: s.by,
    directed: s.directed,
    threshold: s.threshold,
    padAngle: s.padAngle,
    ringWidth: s.ringWidth,
    labelOffset: s.labelOffset,
    labelHeight: s.labelHeight,
    margin: s.margin,
    width,
    height: Math.max(2 * s.margin + 1, Math.round(width * s.aspect)),
    // Labels of varied lengths, some empty, so that some collide and some leave the chart.
    groupLabel: (key) => key.repeat(s.labelLength).slice(0, s.labelLength * 3),
  };
}

const layoutArb = fc
  .tuple(contactsArb, weightArb, settingsArb)
  .map(([data, weight, s]) =>
    chordLayout(normalizeChordOptions({ data, weight, ...optionsOf(s) }, { people }), measure),
  );

/** Every number anywhere in the layout (paths aside), with where it is. */
function numbersIn(value: unknown, path = 'layout'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => numbersIn(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => numbersIn(item, `${path}.${key}`));
  }
  return [];
}

function pathsIn(layout: ChordLayout): string[] {
  return [...layout.groups.map((g) => g.path), ...layout.ribbons.map((r) => r.path)];
}

describe('chordLayout properties', () => {
  it('no NaN or infinity anywhere: numbers are finite and paths hold only numbers', () => {
    fc.assert(
      fc.property(layoutArb, (layout) => {
        for (const [where, n] of numbersIn(layout)) expect(Number.isFinite(n), where).toBe(true);
        for (const d of pathsIn(layout)) {
          expect(d).toMatch(/^M[-\d.,MLAQZ ]*$/);
          expect(d).not.toMatch(/NaN|Infinity|undefined/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the groups cover the circle but for the gaps, in order, each as wide as its value', () => {
    fc.assert(
      fc.property(layoutArb, (layout) => {
        if (layout.empty) return;
        const { groups, padAngle } = layout;
        const widths = groups.map((g) => g.endAngle - g.startAngle);
        expect(sum(widths) + groups.length * padAngle).toBeCloseTo(2 * Math.PI, 9);
        expect(padAngle * groups.length).toBeLessThanOrEqual(Math.PI + 1e-12);
        groups.forEach((group, i) => {
          expect(group.index).toBe(i);
          expect(group.startAngle).toBeCloseTo(i === 0 ? 0 : (groups[i - 1]?.endAngle ?? 0) + padAngle, 9);
          // One scale for all: the width over the value is the circle's share per unit of weight.
          expect(widths[i]).toBeCloseTo(
            (group.value / layout.matrix.total) * (2 * Math.PI - groups.length * padAngle),
            9,
          );
        });
      }),
      { numRuns: 200 },
    );
  });

  it('each group’s arc is shared out exactly among the ribbon ends that touch it', () => {
    fc.assert(
      fc.property(layoutArb, (layout) => {
        for (const group of layout.groups) {
          const ends = layout.ribbons.flatMap((r) => {
            const touching = [r.source, r.target].filter((end) => end.index === group.index);
            // An undirected self-ribbon has one end, shared by source and target.
            return r.self && !r.directed ? touching.slice(0, 1) : touching;
          });
          expect(sum(ends.map((e) => e.endAngle - e.startAngle))).toBeCloseTo(group.endAngle - group.startAngle, 9);
          for (const end of ends) {
            expect(end.startAngle).toBeGreaterThanOrEqual(group.startAngle - 1e-9);
            expect(end.endAngle).toBeLessThanOrEqual(group.endAngle + 1e-9);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('ribbons carry the contacts of their cell, which both end groups list', () => {
    fc.assert(
      fc.property(layoutArb, (layout) => {
        for (const ribbon of layout.ribbons) {
          expect(ribbon.value).toBeGreaterThan(0);
          expect(ribbon.value).toBe(layout.matrix.matrix[ribbon.source.index]?.[ribbon.target.index]);
          expect(ribbon.contacts.length).toBeGreaterThan(0);
          for (const end of [ribbon.source, ribbon.target]) {
            const group = layout.groups[end.index];
            for (const id of ribbon.contacts) expect(group?.contacts).toContain(id);
          }
        }
        expect(new Set(layout.ribbons.map((r) => r.key)).size).toBe(layout.ribbons.length);
      }),
      { numRuns: 200 },
    );
  });

  it('labels never overlap, stay inside the chart, read upright, and every hidden one is counted and ticked', () => {
    let shownSeen = 0;
    let hiddenSeen = 0;
    fc.assert(
      fc.property(layoutArb, (layout) => {
        const shown = layout.groups.flatMap((g) => (g.labelPlacement ? [g.labelPlacement] : []));
        shownSeen += shown.length;
        hiddenSeen += layout.hiddenLabels;
        for (let i = 0; i < shown.length; i++) {
          for (let j = i + 1; j < shown.length; j++) {
            // Shrunk a hair: labels may touch.
            expect(
              polygonsOverlap(
                scaled((shown[i] as (typeof shown)[0]).box, 0.9999),
                scaled((shown[j] as (typeof shown)[0]).box, 0.9999),
              ),
            ).toBe(false);
          }
        }
        const { center, width, height } = layout;
        for (const label of shown) {
          for (const corner of label.box) {
            expect(center.x + corner.x).toBeGreaterThanOrEqual(-1e-9);
            expect(center.x + corner.x).toBeLessThanOrEqual(width + 1e-9);
            expect(center.y + corner.y).toBeGreaterThanOrEqual(-1e-9);
            expect(center.y + corner.y).toBeLessThanOrEqual(height + 1e-9);
          }
          expect(Math.abs(label.rotate)).toBeLessThanOrEqual(90);
          // The label starts outside the ring.
          expect(Math.hypot(label.x, label.y)).toBeGreaterThanOrEqual(layout.outerRadius - 1e-9);
        }
        const hidden = layout.groups.filter((g) => g.labelState !== 'shown' && g.labelState !== 'empty');
        expect(layout.hiddenLabels).toBe(hidden.length);
        for (const group of layout.groups) {
          expect(group.labelPlacement !== null).toBe(group.labelState === 'shown');
          expect(group.tick !== null).toBe(hidden.includes(group));
        }
      }),
      { numRuns: 300 },
    );
    expect(shownSeen).toBeGreaterThan(0);
    expect(hiddenSeen).toBeGreaterThan(0);
  });

  it('on the bundled dataset at any size: no overlaps and no NaN, by person, directed or not', () => {
    fc.assert(
      fc.property(settingsArb, (s) => {
        const layout = chordLayout(
          normalizeChordOptions(
            { ...optionsOf(s), groupLabel: undefined },
            { data: dataset.contacts, people: dataset.people },
          ),
          measure,
        );
        expect(layout.empty).toBeNull();
        for (const [where, n] of numbersIn(layout)) expect(Number.isFinite(n), where).toBe(true);
        const boxes = layout.groups.flatMap((g) => (g.labelPlacement ? [g.labelPlacement.box] : []));
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            expect(polygonsOverlap(scaled(boxes[i] ?? [], 0.9999), scaled(boxes[j] ?? [], 0.9999))).toBe(false);
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});
