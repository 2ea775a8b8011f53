import { describe, expect, it } from 'vitest';
import { type ChordLayout, chordLayout, fallbackWidth } from '../../../src/chord/layout/chord-layout';
import { type ChordOptions, normalizeChordOptions } from '../../../src/chord/options';
import { dataset } from '../../../src/data/dataset';
import { contact, measure, people } from './fixtures';

const layoutOf = (options: ChordOptions, hostWidth = 0) =>
  chordLayout(normalizeChordOptions(options, { people }), measure, hostWidth);
const names = new Map<string, string>([
  ...dataset.polities.map((p): [string, string] => [p.id, p.name]),
  ...dataset.people.map((p): [string, string] => [p.id, p.name]),
]);
const bundled = (options: ChordOptions = {}) =>
  chordLayout(
    normalizeChordOptions(options, {
      data: dataset.contacts,
      people: dataset.people,
      groupLabel: (key) => names.get(key) ?? key,
    }),
    measure,
  );
const span = (layout: ChordLayout) => layout.groups.reduce((s, g) => s + g.endAngle - g.startAngle, 0);

describe('chordLayout on the bundled dataset', () => {
  it('by polity: one arc per polity, labelled with its name, all readable and shown', () => {
    const layout = bundled({ order: ['ussr', 'turkey'] });
    expect(layout.empty).toBeNull();
    expect(layout.groups.map((g) => g.key)).toEqual([
      'ussr',
      'turkey',
      ...dataset.polities
        .map((p) => p.id)
        .filter((id) => id !== 'ussr' && id !== 'turkey')
        .sort(),
    ]);
    expect(layout.groups.map((g) => g.label)).toContain('Turkey');
    expect(layout.groups.every((g) => g.labelState === 'shown' && g.tick === null)).toBe(true);
    expect(layout.hiddenLabels).toBe(0);
    expect(span(layout) + layout.groups.length * layout.padAngle).toBeCloseTo(2 * Math.PI, 9);
    // USSR–Turkey is the widest ribbon; contacts inside one polity make self-ribbons.
    const widest = layout.ribbons.reduce((a, b) => (b.value > a.value ? b : a));
    expect([widest.source.key, widest.target.key].sort()).toEqual(['turkey', 'ussr']);
    expect(layout.ribbons.some((r) => r.self)).toBe(true);
    expect(layout.groups.map((g) => g.colorKey)).toEqual(layout.groups.map((g) => g.key));
  });

  it('by person: colours each person by their polity, and hides labels that would collide', () => {
    const layout = bundled({ by: 'person', width: 400 });
    const karsky = layout.groups.find((g) => g.key === 'karsky');
    expect(karsky?.colorKey).toBe('ussr');
    expect(layout.groups.find((g) => g.key === 'saracoglu')?.colorKey).toBe('turkey');
    expect(layout.hiddenLabels).toBeGreaterThan(0);
    expect(layout.hiddenLabels).toBe(layout.groups.filter((g) => g.labelPlacement === null).length);
    for (const group of layout.groups) expect(group.tick === null).toBe(group.labelState === 'shown');
  });

  it('directed: arrow ribbons from the sender’s polity, and the meetings listed as excluded', () => {
    const layout = bundled({ directed: true });
    expect(layout.empty).toBeNull();
    expect(layout.directed).toBe(true);
    expect(layout.ribbons.every((r) => r.directed)).toBe(true);
    expect(layout.excluded.length).toBe(dataset.contacts.filter((c) => !c.direction).length);
    // An arrow ribbon ends in straight lines (L) at its head; a plain one only in arcs and curves.
    expect(layout.ribbons.every((r) => r.path.includes('L'))).toBe(true);
    expect(bundled().ribbons.some((r) => r.path.includes('L'))).toBe(false);
  });

  it('merges small polities into "other" with a neutral colour and the merged keys', () => {
    const layout = bundled({ threshold: 0.05 });
    const other = layout.groups.at(-1);
    expect(other?.merged.length).toBeGreaterThanOrEqual(2);
    expect(other?.colorKey).toBeNull();
    expect(other?.label).toBe(`other (${other?.merged.length})`);
    expect(other?.key).toBe('other');
    expect(new Set(layout.groups.flatMap((g) => g.contacts))).toEqual(new Set(dataset.contacts.map((c) => c.id)));
  });
});

describe('chordLayout edge cases', () => {
  it('no contacts: an empty layout that says why', () => {
    const layout = layoutOf({ data: [], width: 300 });
    expect(layout.empty).toEqual({ reason: 'no-data', message: 'no contacts to draw' });
    expect(layout.groups).toEqual([]);
    expect(layout.ribbons).toEqual([]);
    expect(layout.outerRadius).toBeGreaterThan(0);
  });

  it('directed with no messages: empty, every contact excluded with its reason', () => {
    const layout = layoutOf({ data: [contact('m', ['ivan', 'ahmet'])], directed: true });
    expect(layout.empty?.reason).toBe('all-excluded');
    expect(layout.empty?.message).toBe(
      'none of the 1 contacts has a sender and a recipient (a directed chord draws messages only)',
    );
    expect(layout.excluded).toEqual([{ contact: 'm', reason: 'a meeting has no direction' }]);
  });

  it('weights adding up to 0: empty, but the matrix is there for the table', () => {
    const layout = layoutOf({ data: [contact('m', ['ivan', 'ahmet'])], weight: () => 0 });
    expect(layout.empty?.reason).toBe('no-weight');
    expect(layout.matrix.keys).toEqual(['turkey', 'ussr']);
    expect(layout.matrix.cells[0]?.[1]).toEqual(['m']);
  });

  it('one group: an arc round the circle but its gap, and a self-ribbon', () => {
    const layout = layoutOf({ data: [contact('a', ['ivan', 'olga']), contact('b', ['olga'])], width: 300 });
    expect(layout.groups).toHaveLength(1);
    const [group] = layout.groups;
    expect(group?.startAngle).toBe(0);
    expect(group?.endAngle).toBeCloseTo(2 * Math.PI - layout.padAngle, 12);
    expect(layout.ribbons).toHaveLength(1);
    expect(layout.ribbons[0]).toMatchObject({ self: true, value: 2, contacts: ['a', 'b'] });
    expect(group?.labelState).toBe('shown');
  });

  it('self-contacts beside other ones: the diagonal becomes a self-ribbon with its contacts', () => {
    const layout = layoutOf({ data: [contact('x', ['ivan', 'ahmet']), contact('s', ['ivan', 'olga'])] });
    const self = layout.ribbons.filter((r) => r.self);
    expect(self).toHaveLength(1);
    expect(self[0]).toMatchObject({ source: { key: 'ussr' }, target: { key: 'ussr' }, contacts: ['s'], value: 1 });
  });

  it('a group with zero weight: kept with no width, a tick instead of a label, its name still there', () => {
    const layout = layoutOf({
      data: [contact('x', ['ivan', 'ahmet'])],
      order: ['poland'],
      groupLabel: (k) => k.toUpperCase(),
    });
    const poland = layout.groups.find((g) => g.key === 'poland');
    expect(poland).toMatchObject({
      value: 0,
      label: 'POLAND',
      labelState: 'too-small',
      labelPlacement: null,
      contacts: [],
    });
    expect(poland?.startAngle).toBe(poland?.endAngle);
    expect(poland?.tick).not.toBeNull();
    expect(poland?.path).not.toMatch(/NaN/);
    expect(layout.ribbons.every((r) => r.source.key !== 'poland' && r.target.key !== 'poland')).toBe(true);
    expect(layout.hiddenLabels).toBe(1);
  });

  it('directed self-contacts: a ribbon from a group to itself', () => {
    const layout = layoutOf({
      data: [contact('t', ['ivan', 'olga'], { from: ['ivan'], to: ['olga'] })],
      directed: true,
    });
    expect(layout.ribbons).toHaveLength(1);
    expect(layout.ribbons[0]).toMatchObject({ self: true, directed: true, contacts: ['t'] });
    expect(layout.groups[0]?.value).toBe(2); // sent and received
  });

  it('an empty label text is neither drawn nor counted as hidden', () => {
    const layout = layoutOf({ data: [contact('x', ['ivan', 'ahmet'])], groupLabel: () => '' });
    expect(layout.groups.map((g) => g.labelState)).toEqual(['empty', 'empty']);
    expect(layout.hiddenLabels).toBe(0);
    expect(layout.groups.every((g) => g.tick === null)).toBe(true);
  });

  it('a label too long for the margin is hidden as outside', () => {
    const layout = layoutOf({
      data: [contact('x', ['ivan', 'ahmet'])],
      margin: 20,
      width: 200,
      groupLabel: (k) => k.repeat(10),
    });
    expect(layout.groups.map((g) => g.labelState)).toEqual(['outside', 'outside']);
  });

  it('sizes: a fixed width and height, the host width for "auto", 640 without a host, a square by default', () => {
    const data = [contact('x', ['ivan', 'ahmet'])];
    expect(layoutOf({ data, width: 500, height: 300, margin: 50 })).toMatchObject({
      width: 500,
      height: 300,
      center: { x: 250, y: 150 },
      outerRadius: 100,
      innerRadius: 88,
    });
    expect(layoutOf({ data }, 820)).toMatchObject({ width: 820, height: 820 });
    expect(layoutOf({ data })).toMatchObject({ width: fallbackWidth, height: fallbackWidth });
    // A host narrower than the margins still leaves a ring.
    expect(layoutOf({ data }, 100).outerRadius).toBeGreaterThan(0);
    // A ring thicker than half the radius is thinned to half.
    expect(layoutOf({ data, width: 300, margin: 50, ringWidth: 500 }).innerRadius).toBe(50);
  });

  it('keeps the gaps to at most half the circle when the groups are many', () => {
    const data = Array.from({ length: 40 }, (_, i) => contact(`c${i}`, ['ivan']));
    const layout = layoutOf({ data, by: (_, c) => c.id, padAngle: 3 });
    expect(layout.padAngle).toBeCloseTo(Math.PI / 40, 12);
    expect(span(layout)).toBeCloseTo(Math.PI, 9);
  });

  it('reports a measure or a label function that returns a wrong value', () => {
    const options = normalizeChordOptions({ data: [contact('x', ['ivan', 'ahmet'])] });
    expect(() => chordLayout(options, () => Number.NaN)).toThrow(
      new TypeError('measure returned NaN for "turkey" (expected a width ≥ 0)'),
    );
    const badLabel = normalizeChordOptions({ data: [contact('x', ['ivan', 'ahmet'])], groupLabel: () => 5 as never });
    expect(() => chordLayout(badLabel, measure)).toThrow(
      new TypeError('groupLabel returned 5 for "turkey" (expected a string)'),
    );
  });
});
