import { describe, expect, it } from 'vitest';
import type { ChordOptions } from '../../../src/chord/options';
import { normalizeChordOptions } from '../../../src/chord/options';
import { dataset } from '../../../src/data/dataset';
import { contact, people } from './fixtures';

type Loose = Record<string, unknown>;
const normalize = (options: Loose, defaults = { data: [], people }) =>
  normalizeChordOptions(options as ChordOptions, defaults);

describe('normalizeChordOptions', () => {
  it.each<[string, Loose, ErrorConstructor, string]>([
    ['an unknown option', { foo: 1 }, TypeError, 'unknown option: "foo"'],
    ['a view option', { locale: 'ru' }, TypeError, 'unknown option: "locale"'],
    ['an unknown group mode', { by: 'x' }, TypeError, 'invalid by: "x" (expected "polity", "person" or a function)'],
    ['directed as a string', { directed: 'yes' }, TypeError, 'invalid directed: "yes" (expected true or false)'],
    ['a weight number', { weight: 2 }, TypeError, 'invalid weight: 2 (expected a function)'],
    [
      'repeated order keys',
      { order: ['a', 'a'] },
      TypeError,
      'invalid order: ["a","a"] (expected an array of distinct strings)',
    ],
    ['an order of numbers', { order: [1] }, TypeError, 'invalid order: [1] (expected an array of distinct strings)'],
    [
      'a threshold of 1',
      { threshold: 1 },
      TypeError,
      'invalid threshold: 1 (expected a number in [0, 1): a share of the total weight)',
    ],
    [
      'a negative threshold',
      { threshold: -0.1 },
      TypeError,
      'invalid threshold: -0.1 (expected a number in [0, 1): a share of the total weight)',
    ],
    [
      'a NaN threshold',
      { threshold: Number.NaN },
      TypeError,
      'invalid threshold: NaN (expected a number in [0, 1): a share of the total weight)',
    ],
    ['a groupLabel string', { groupLabel: 'name' }, TypeError, 'invalid groupLabel: "name" (expected a function)'],
    ['an otherLabel string', { otherLabel: 'other' }, TypeError, 'invalid otherLabel: "other" (expected a function)'],
    ['a width word', { width: 'wide' }, TypeError, 'invalid width: "wide" (expected a positive number or "auto")'],
    ['a zero width', { width: 0 }, TypeError, 'invalid width: 0 (expected a positive number or "auto")'],
    [
      'a width inside the margins',
      { width: 150 },
      RangeError,
      'invalid width: 150 (expected more than margin.left + margin.right = 192)',
    ],
    ['height "auto"', { height: 'auto' }, TypeError, 'invalid height: "auto" (expected a positive number)'],
    [
      'a height inside the margins',
      { height: 20, margin: 10 },
      RangeError,
      'invalid height: 20 (expected more than margin.top + margin.bottom = 20)',
    ],
    ['a negative padAngle', { padAngle: -0.1 }, TypeError, 'invalid padAngle: -0.1 (expected radians in [0, π))'],
    [
      'a padAngle of a half turn',
      { padAngle: Math.PI },
      TypeError,
      `invalid padAngle: ${Math.PI} (expected radians in [0, π))`,
    ],
    ['a zero ringWidth', { ringWidth: 0 }, TypeError, 'invalid ringWidth: 0 (expected a positive number)'],
    ['a labelOffset string', { labelOffset: '8' }, TypeError, 'invalid labelOffset: "8" (expected a number ≥ 0)'],
    [
      'an infinite labelHeight',
      { labelHeight: Number.POSITIVE_INFINITY },
      TypeError,
      'invalid labelHeight: Infinity (expected a positive number)',
    ],
    ['an unknown margin side', { margin: { middle: 3 } }, TypeError, 'unknown option: "margin.middle"'],
    ['a negative margin side', { margin: { left: -1 } }, TypeError, 'invalid margin.left: -1 (expected a number ≥ 0)'],
    [
      'a margin word',
      { margin: 'wide' },
      TypeError,
      'invalid margin: "wide" (expected a number or an object with top, right, bottom and left)',
    ],
    ['data as a string', { data: 'abc' }, TypeError, 'invalid data: "abc" (expected an array of contacts)'],
    [
      'a record without polities',
      { data: [{ id: 'x', kind: 'meeting', participants: [], direction: null }] },
      TypeError,
      'invalid data[0]: {"id":"x","kind":"meeting","participants":[],"direction":null} (expected a contact with string id and kind, participants and polities as string arrays, and direction null or { from, to })',
    ],
    ['people as an object', { people: {} }, TypeError, 'invalid people: {} (expected an array of { id, polity })'],
    [
      'a person without a polity',
      { people: [{ id: 'x' }] },
      TypeError,
      'invalid people[0]: {"id":"x"} (expected { id: string, polity: string })',
    ],
  ])('rejects %s', (_, options, type, message) => {
    expect(() => normalize(options)).toThrow(type);
    expect(() => normalize(options)).toThrow(new type(message));
  });

  it('rejects options that are not an object', () => {
    expect(() => normalizeChordOptions([] as ChordOptions)).toThrow(
      new TypeError('invalid options: [] (expected an object)'),
    );
  });

  it('requires data when no default data is given', () => {
    expect(() => normalizeChordOptions({})).toThrow(
      new TypeError(
        'missing option: data (expected an array of contacts; or pass dataset, e.g. the bundled one: ' +
          "import { dataset } from 'soviet-turkish-contacts/data')",
      ),
    );
  });

  it('requires people for a directed chord by polity, and only then', () => {
    expect(() => normalizeChordOptions({ data: [], directed: true })).toThrow(/^missing option: people \(expected/);
    expect(normalizeChordOptions({ data: [], directed: true, by: 'person' }).people).toBeNull();
    expect(normalizeChordOptions({ data: [], directed: true }, { people }).people).toBe(people);
  });

  it('fills every default', () => {
    const normalized = normalizeChordOptions({ data: dataset.contacts });
    expect(normalized).toMatchObject({
      by: 'polity',
      byMode: 'polity',
      directed: false,
      order: [],
      threshold: 0,
      width: 'auto',
      height: null,
      padAngle: 0.04,
      ringWidth: 12,
      labelOffset: 8,
      labelHeight: 14,
      margin: { top: 96, right: 96, bottom: 96, left: 96 },
      people: null,
    });
    expect(normalized.data).toBe(dataset.contacts);
    expect(normalized.weight(contact('x', ['ivan']))).toBe(1);
    expect(normalized.groupLabel('ussr')).toBe('ussr');
    expect(normalized.otherLabel(['a', 'b', 'c'])).toBe('other (3)');
  });

  it('takes data, people and labels from the defaults, and lets the options override them', () => {
    const fallback = [contact('x', ['ivan'])];
    const viaDefaults = normalizeChordOptions({}, { data: fallback, people, groupLabel: (key) => key.toUpperCase() });
    expect(viaDefaults.data).toBe(fallback);
    expect(viaDefaults.people).toBe(people);
    expect(viaDefaults.groupLabel('ussr')).toBe('USSR');
    const own = [contact('y', ['ahmet'])];
    const overridden = normalizeChordOptions(
      { data: own, people: [], groupLabel: () => 'x' },
      { data: fallback, people, groupLabel: (key) => key.toUpperCase() },
    );
    expect(overridden.data).toBe(own);
    expect(overridden.people).toEqual([]);
    expect(overridden.groupLabel('ussr')).toBe('x');
  });

  it('resolves the group mode and the sizes', () => {
    const by = (person: string) => person;
    expect(normalize({ by })).toMatchObject({ by, byMode: 'custom' });
    expect(normalize({ by: 'person' }).byMode).toBe('person');
    expect(normalize({ width: 500, height: 300 })).toMatchObject({ width: 500, height: 300 });
    expect(normalize({ width: 'auto' }).width).toBe('auto');
    expect(normalize({ margin: 4 }).margin).toEqual({ top: 4, right: 4, bottom: 4, left: 4 });
    expect(normalize({ margin: { left: 10 } }).margin).toEqual({ top: 96, right: 96, bottom: 96, left: 10 });
    expect(normalize({ padAngle: 0, threshold: 0.5 })).toMatchObject({ padAngle: 0, threshold: 0.5 });
  });

  it('treats an option set to undefined as absent', () => {
    expect(normalize({ width: undefined, by: undefined, threshold: undefined })).toMatchObject({
      width: 'auto',
      byMode: 'polity',
      threshold: 0,
    });
  });
});
