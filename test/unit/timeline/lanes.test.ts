import { describe, expect, it } from 'vitest';
import { laneAccessor, orderLanes, polityPairKey } from '../../../src/timeline/layout/lanes';

describe('polityPairKey', () => {
  it('sorts and joins the polities with an en dash', () => {
    expect(polityPairKey(['ussr', 'turkey'])).toBe('turkey–ussr');
    expect(polityPairKey(['ussr'])).toBe('ussr');
    expect(polityPairKey(['ussr', 'romania', 'france'])).toBe('france–romania–ussr');
  });

  it('does not reorder the caller’s array', () => {
    const polities = ['ussr', 'turkey'];
    polityPairKey(polities);
    expect(polities).toEqual(['ussr', 'turkey']);
  });
});

describe('laneAccessor', () => {
  const record = { polities: ['ussr', 'turkey'], participants: ['litvinov', 'aras'], kind: 'meeting' };
  const kind = (d: typeof record) => d.kind;

  it('reads the polity pair, the participants or the kind', () => {
    expect(laneAccessor('polity-pair', kind)(record)).toBe('turkey–ussr');
    expect(laneAccessor('person', kind)(record)).toEqual(['litvinov', 'aras']);
    expect(laneAccessor('kind', kind)(record)).toBe('meeting');
  });

  it('returns undefined for a record without the field, for the layout to report', () => {
    const other = { kind: 'x' } as unknown as typeof record;
    expect(laneAccessor('polity-pair', kind)(other)).toBeUndefined();
    expect(laneAccessor('person', kind)(other)).toBeUndefined();
    expect(laneAccessor('person', kind)({ ...record, participants: [1] } as unknown as typeof record)).toBeUndefined();
  });

  it('returns no key for a contact with no polities', () => {
    expect(laneAccessor('polity-pair', kind)({ ...record, polities: [] })).toEqual([]);
  });
});

describe('orderLanes', () => {
  it('puts laneOrder first (even empty lanes), then the rest by count, most first, ties by key', () => {
    const counts = new Map([
      ['b', 1],
      ['a', 1],
      ['c', 5],
      ['fixed', 1],
    ]);
    expect(orderLanes(counts, ['fixed', 'empty'])).toEqual(['fixed', 'empty', 'c', 'a', 'b']);
  });

  it('does not depend on the order the lanes were counted in', () => {
    const one = orderLanes(
      new Map([
        ['x', 2],
        ['y', 2],
        ['Z', 2],
      ]),
      [],
    );
    const two = orderLanes(
      new Map([
        ['Z', 2],
        ['y', 2],
        ['x', 2],
      ]),
      [],
    );
    expect(one).toEqual(['Z', 'x', 'y']);
    expect(two).toEqual(one);
  });
});
