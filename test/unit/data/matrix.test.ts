import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { contactMatrix } from '../../../src/data/matrix';
import { contactMaker } from '../../fixtures/contact';

const polityOf: Record<string, string> = { a1: 'A', a2: 'A', b1: 'B', c1: 'C' };
const contact = contactMaker(polityOf);
const people = Object.entries(polityOf).map(([id, polity]) => ({ id, polity }));

describe('contactMatrix', () => {
  it('counts a two-party contact in both cells, and a one-polity contact on the diagonal', () => {
    const m = contactMatrix([contact('x', ['a1', 'b1']), contact('y', ['a1', 'a2'])]);
    expect(m.keys).toEqual(['A', 'B']);
    expect(m.matrix).toEqual([
      [1, 1],
      [1, 0],
    ]);
    expect(m.cells[0]?.[1]).toEqual(['x']);
    expect(m.cells[0]?.[0]).toEqual(['y']);
  });

  it('counts every pair of a multi-party contact', () => {
    const m = contactMatrix([contact('x', ['a1', 'b1', 'c1'])]);
    expect(m.matrix).toEqual([
      [0, 1, 1],
      [1, 0, 1],
      [1, 1, 0],
    ]);
  });

  it('by person', () => {
    const m = contactMatrix([contact('x', ['a1', 'a2'])], { by: 'person' });
    expect(m.keys).toEqual(['a1', 'a2']);
    expect(m.matrix).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('by an accessor', () => {
    const m = contactMatrix([contact('x', ['a1', 'b1'])], { by: (person) => person.slice(1) });
    expect(m.keys).toEqual(['1']);
    expect(m.matrix).toEqual([[1]]);
  });

  it('directed: from senders to recipients, and lists the contacts without a direction', () => {
    const m = contactMatrix([contact('x', ['a1', 'b1'], { from: ['b1'], to: ['a1'] }), contact('y', ['a1', 'b1'])], {
      directed: true,
      people,
    });
    expect(m.keys).toEqual(['A', 'B']);
    expect(m.matrix).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(m.excluded).toEqual([{ contact: 'y', reason: 'a meeting has no direction' }]);
  });

  it('directed by polity without people fails clearly', () => {
    expect(() => contactMatrix([contact('x', ['a1', 'b1'], { from: ['b1'], to: ['a1'] })], { directed: true })).toThrow(
      'contacts "x": no polity for "b1"',
    );
  });

  it('weights, and the order option', () => {
    const m = contactMatrix([contact('x', ['a1', 'b1'])], { weight: () => 2.5, order: ['C', 'B'] });
    expect(m.keys).toEqual(['C', 'B', 'A']);
    expect(m.matrix[1]?.[2]).toBe(2.5);
    expect(() => contactMatrix([contact('x', ['a1'])], { weight: () => Number.NaN })).toThrow('invalid weight NaN');
  });

  it('rejects an invalid by', () => {
    expect(() => contactMatrix([], { by: 'place' as 'person' })).toThrow('invalid by: "place"');
  });

  it('on the bundled dataset: USSR–Turkey is the largest cell', () => {
    const m = contactMatrix(dataset.contacts, { order: ['ussr', 'turkey'] });
    expect(m.keys.slice(0, 2)).toEqual(['ussr', 'turkey']);
    const ussrTurkey = dataset.contacts.filter((c) => c.polities.includes('ussr') && c.polities.includes('turkey'));
    expect(m.matrix[0]?.[1]).toBe(ussrTurkey.length);
    expect(m.excluded).toEqual([]);
  });

  const arbitraryContacts = fc
    .array(
      fc.record({
        participants: fc.uniqueArray(fc.constantFrom('a1', 'a2', 'b1', 'c1'), { minLength: 1, maxLength: 4 }),
        directed: fc.boolean(),
      }),
      { maxLength: 30 },
    )
    .map((specs) =>
      specs.map(({ participants, directed }, i) =>
        contact(
          `c${i}`,
          participants,
          directed && participants.length > 1 ? { from: participants.slice(0, 1), to: participants.slice(1) } : null,
        ),
      ),
    );

  it('property: an undirected matrix is symmetric, and its upper triangle sums to the pairs of groups', () => {
    fc.assert(
      fc.property(arbitraryContacts, (contacts) => {
        const { matrix } = contactMatrix(contacts);
        let upper = 0;
        for (const [i, row] of matrix.entries()) {
          for (const [j, value] of row.entries()) {
            expect(value).toBe(matrix[j]?.[i]);
            if (j >= i) upper += value;
          }
        }
        const expected = contacts.reduce((sum, c) => {
          const k = c.polities.length;
          return sum + (k === 1 ? 1 : (k * (k - 1)) / 2);
        }, 0);
        expect(upper).toBe(expected);
      }),
    );
  });

  it('property: with two-party contacts, the matrix sums to the contact count (twice off the diagonal)', () => {
    fc.assert(
      fc.property(arbitraryContacts, (all) => {
        const contacts = all.filter((c) => c.participants.length === 2);
        const { matrix } = contactMatrix(contacts, { by: 'person' });
        const total = matrix.flat().reduce((a, b) => a + b, 0);
        expect(total).toBe(2 * contacts.length);
      }),
    );
  });

  it('property: a directed matrix counts each message once per sender–recipient pair, and excludes the rest', () => {
    fc.assert(
      fc.property(arbitraryContacts, (contacts) => {
        const m = contactMatrix(contacts, { directed: true, by: 'person' });
        const total = m.matrix.flat().reduce((a, b) => a + b, 0);
        const expected = contacts.reduce(
          (s, c) => s + (c.direction ? c.direction.from.length * c.direction.to.length : 0),
          0,
        );
        expect(total).toBe(expected);
        expect(m.excluded.length).toBe(contacts.filter((c) => !c.direction).length);
      }),
    );
  });
});
