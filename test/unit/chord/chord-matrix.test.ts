import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChordMatrix, chordMatrix, mergeSmallGroups } from '../../../src/chord/layout/chord-matrix';
import { type ChordOptions, normalizeChordOptions } from '../../../src/chord/options';
import { dataset } from '../../../src/data/dataset';
import { contactMatrix } from '../../../src/data/matrix';
import { contact, contactsArb, people, polityOf, sum, weightArb } from './fixtures';

const build = (options: ChordOptions) => chordMatrix(normalizeChordOptions(options, { people }));
const matrixSum = (m: Pick<ChordMatrix, 'matrix'>) => sum(m.matrix.flat());
const polityCount = (participants: readonly string[]) => new Set(participants.map((p) => polityOf[p])).size;
const transpose = (m: readonly (readonly number[])[]) => m.map((row, i) => row.map((_, j) => m[j]?.[i]));

describe('chordMatrix', () => {
  it('passes contactMatrix through when nothing is merged', () => {
    const contacts = [contact('x', ['ivan', 'ahmet']), contact('y', ['ivan', 'olga'])];
    const m = build({ data: contacts });
    expect(m.keys).toEqual(['turkey', 'ussr']);
    expect(m.matrix).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(m.other).toBeNull();
    expect(m.groupValues).toEqual([1, 2]);
    expect(m.total).toBe(3);
  });

  it('directed: values count what a group sent and received; meetings are excluded with a reason', () => {
    const m = build({
      data: [contact('t', ['ivan', 'ahmet'], { from: ['ivan'], to: ['ahmet'] }), contact('m', ['ivan', 'ahmet'])],
      directed: true,
    });
    expect(m.keys).toEqual(['turkey', 'ussr']);
    expect(m.matrix).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(m.groupValues).toEqual([1, 1]);
    expect(m.total).toBe(2);
    expect(m.excluded).toEqual([{ contact: 'm', reason: 'a meeting has no direction' }]);
  });

  it('merges groups below the threshold into "other", keeping which ones and their contacts', () => {
    const contacts = [
      ...Array.from({ length: 8 }, (_, i) => contact(`t${i}`, ['ivan', 'ahmet'])),
      contact('p', ['ivan', 'jan']),
      contact('r', ['ivan', 'ion']),
      contact('pr', ['jan', 'ion']),
    ];
    // Values: ussr 10, turkey 8, poland 2, romania 2 (of 22): poland and romania are under 10%.
    const m = build({ data: contacts, threshold: 0.1 });
    expect(m.keys).toEqual(['turkey', 'ussr', 'other']);
    expect(m.other).toEqual({ key: 'other', index: 2, merged: ['poland', 'romania'] });
    expect(m.matrix).toEqual([
      [0, 8, 0],
      [8, 0, 2],
      [0, 2, 2],
    ]);
    // A poland–romania contact lands on the merged diagonal, once in its cell however many times it was counted.
    expect(m.cells[2]?.[2]).toEqual(['pr']);
    expect(m.cells[1]?.[2]).toEqual(['p', 'r']);
    expect(m.groupValues).toEqual([8, 10, 4]);
    expect(m.total).toBe(22);
  });

  it('does not merge a single small group, nor a group named in order', () => {
    const contacts = [
      ...Array.from({ length: 9 }, (_, i) => contact(`t${i}`, ['ivan', 'ahmet'])),
      contact('p', ['ivan', 'jan']),
    ];
    expect(build({ data: contacts, threshold: 0.2 }).other).toBeNull();
    const withRomania = [...contacts, contact('r', ['ivan', 'ion'])];
    expect(build({ data: withRomania, threshold: 0.2 }).other?.merged).toEqual(['poland', 'romania']);
    expect(build({ data: withRomania, threshold: 0.2, order: ['poland'] }).other).toBeNull();
  });

  it('names the merged group so that it never takes a kept key', () => {
    const source = {
      keys: ['other', 'a', 'b', 'other-2'],
      matrix: [
        [0, 0, 0, 20],
        [0, 0, 1, 0],
        [0, 1, 0, 0],
        [20, 0, 0, 0],
      ],
      cells: Array.from({ length: 4 }, () => Array.from({ length: 4 }, (): string[] => [])),
      excluded: [],
    };
    const m = mergeSmallGroups(source, { threshold: 0.1, directed: false, keep: ['other', 'other-2'] });
    expect(m.keys).toEqual(['other', 'other-2', 'other-3']);
    expect(m.other?.merged).toEqual(['a', 'b']);
  });

  it('reports a custom group accessor that returns no string, naming the participant and contact', () => {
    expect(() => build({ data: [contact('x', ['ivan'])], by: () => undefined as unknown as string })).toThrow(
      new TypeError('by returned undefined for "ivan" in contact "x" (expected a group key string)'),
    );
  });

  it('passes a weight error on with the contact', () => {
    expect(() => build({ data: [contact('x', ['ivan'])], weight: () => -1 })).toThrow(
      'contacts "x": invalid weight -1 (expected a finite number ≥ 0)',
    );
  });

  it('on the bundled dataset: every contact is placed, and USSR–Turkey holds the largest cell', () => {
    const m = chordMatrix(normalizeChordOptions({ data: dataset.contacts, order: ['ussr', 'turkey'] }));
    expect(m.excluded).toEqual([]);
    expect(m.keys.slice(0, 2)).toEqual(['ussr', 'turkey']);
    const largest = Math.max(...m.matrix.flat());
    expect(m.matrix[0]?.[1]).toBe(largest);
    expect(m.cells[0]?.[1]).toHaveLength(
      dataset.contacts.filter((c) => c.polities.includes('turkey') && c.polities.includes('ussr')).length,
    );
  });

  it('on the bundled dataset, directed: only messages count, every other contact is listed', () => {
    const m = chordMatrix(normalizeChordOptions({ data: dataset.contacts, directed: true, people: dataset.people }));
    const messages = dataset.contacts.filter((c) => c.direction !== null);
    expect(messages.length).toBeGreaterThan(0);
    expect(m.excluded.map((e) => e.contact)).toEqual(dataset.contacts.filter((c) => !c.direction).map((c) => c.id));
    const cellIds = new Set(m.cells.flat(2));
    expect([...cellIds].sort()).toEqual(
      messages
        .filter((c) => c.direction?.from.length && c.direction.to.length)
        .map((c) => c.id)
        .sort(),
    );
  });
});

/**
 * The invariants, stated exactly. With g(c) the number of distinct groups among a contact's participants and w(c)
 * its weight:
 * - undirected, the matrix sums to Σ w(c)·(g(c) = 1 ? 1 : g(c)·(g(c) − 1)): each ordered pair of distinct groups gets
 *   w(c) (both cells of a pair), a one-group contact gets w(c) once on the diagonal; the matrix is symmetric.
 * - directed, it sums to Σ over messages w(c)·|senders' groups|·|recipients' groups|; non-messages are excluded.
 * - d3-chord's group values (row sums, plus column sums when directed) total the matrix's sum, or twice it directed.
 */
describe('chordMatrix properties', () => {
  it('undirected: the matrix is symmetric and sums to the weighted ordered pairs of groups', () => {
    fc.assert(
      fc.property(contactsArb, weightArb, fc.constantFrom('polity', 'person'), (contacts, weight, by) => {
        const m = build({ data: contacts, weight, by: by as 'polity' | 'person' });
        expect(m.matrix).toEqual(transpose(m.matrix));
        const expected = sum(
          contacts.map((c) => {
            const g = by === 'polity' ? c.polities.length : c.participants.length;
            return weight(c) * (g === 1 ? 1 : g * (g - 1));
          }),
        );
        expect(matrixSum(m)).toBeCloseTo(expected, 9);
        expect(m.total).toBeCloseTo(expected, 9);
        expect(m.excluded).toEqual([]);
      }),
    );
  });

  it('directed: the matrix sums to the weighted sender × recipient group pairs of messages', () => {
    fc.assert(
      fc.property(contactsArb, weightArb, (contacts, weight) => {
        const m = build({ data: contacts, weight, directed: true });
        const expected = sum(
          contacts.map((c) =>
            c.direction ? weight(c) * polityCount(c.direction.from) * polityCount(c.direction.to) : 0,
          ),
        );
        expect(matrixSum(m)).toBeCloseTo(expected, 9);
        expect(m.total).toBeCloseTo(2 * expected, 9);
        expect(m.excluded.map((e) => e.contact)).toEqual(contacts.filter((c) => !c.direction).map((c) => c.id));
      }),
    );
  });

  it('directed vs undirected: for messages between two people, undirected = directed + its transpose', () => {
    fc.assert(
      fc.property(contactsArb, (all) => {
        const messages = all.filter((c) => c.direction && c.participants.length === 2);
        const order = Object.keys(polityOf); // the same keys in the same order for both matrices
        const d = build({ data: messages, by: 'person', directed: true, order }).matrix;
        const u = build({ data: messages, by: 'person', order }).matrix;
        const dt = transpose(d);
        expect(u).toEqual(d.map((row, i) => row.map((value, j) => value + (dt[i]?.[j] ?? 0))));
      }),
    );
  });

  it('directed: swapping senders and recipients transposes the matrix', () => {
    fc.assert(
      fc.property(contactsArb, (contacts) => {
        const swapped = contacts.map((c) => ({
          ...c,
          direction: c.direction && { from: c.direction.to, to: c.direction.from },
        }));
        const order = ['poland', 'romania', 'turkey', 'ussr'];
        const a = build({ data: contacts, directed: true, order }).matrix;
        const b = build({ data: swapped, directed: true, order }).matrix;
        expect(a).toEqual(transpose(b));
      }),
    );
  });

  it('merging preserves the total, the kept groups, the members’ values and every contact', () => {
    fc.assert(
      fc.property(
        contactsArb,
        weightArb,
        fc.boolean(),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (contacts, weight, directed, threshold) => {
          const options = { data: contacts, weight, directed, by: 'person' as const };
          const plain = build(options);
          const merged = build({ ...options, threshold });
          expect(matrixSum(merged)).toBeCloseTo(matrixSum(plain), 9);
          expect(merged.total).toBeCloseTo(plain.total, 9);
          expect(sum(merged.groupValues)).toBeCloseTo(plain.total, 9);
          const valueIn = (m: ChordMatrix, key: string) => m.groupValues[m.keys.indexOf(key)] as number;
          const members = merged.other?.merged ?? [];
          for (const key of plain.keys) {
            const share = plain.total > 0 ? valueIn(plain, key) / plain.total : 0;
            if (members.includes(key)) expect(share).toBeLessThan(threshold);
            else {
              expect(valueIn(merged, key)).toBeCloseTo(valueIn(plain, key), 9);
              if (merged.other) expect(plain.total > 0 && share < threshold).toBe(false);
            }
          }
          if (merged.other) {
            expect(members.length).toBeGreaterThanOrEqual(2);
            expect(valueIn(merged, merged.other.key)).toBeCloseTo(sum(members.map((k) => valueIn(plain, k))), 9);
          }
          expect(new Set(merged.cells.flat(2))).toEqual(new Set(plain.cells.flat(2)));
          for (const cell of merged.cells.flat()) expect(new Set(cell).size).toBe(cell.length);
          expect(merged.excluded).toEqual(plain.excluded);
        },
      ),
    );
  });

  it('agrees with contactMatrix cell by cell when nothing is merged', () => {
    fc.assert(
      fc.property(contactsArb, fc.boolean(), (contacts, directed) => {
        expect(build({ data: contacts, directed }).matrix).toEqual(
          contactMatrix(contacts, { directed, people }).matrix,
        );
      }),
    );
  });
});
