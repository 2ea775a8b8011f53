import type { Contact, DeepReadonly } from './types';

type ReadonlyContact = DeepReadonly<Contact>;

export interface ContactMatrixOptions {
  /**
   * What a row and column stand for: each participant's polity (default), each participant, or an accessor mapping a
   * participant of a contact to its group.
   */
  by?: 'polity' | 'person' | ((person: string, contact: ReadonlyContact) => string);
  /**
   * Undirected (default): a contact adds its weight to every pair of groups it involves, in both cells, and to the
   * diagonal when it involves one group only. Directed: only contacts with a `direction` count, from each sender's group
   * to each recipient's group; the others are listed in `excluded`.
   */
  directed?: boolean;
  /** The weight of a contact (default 1). Must be a finite number ≥ 0. */
  weight?: (contact: ReadonlyContact) => number;
  /** Groups to put first, in this order (they appear even with no contact); the rest follow sorted by id. */
  order?: readonly string[];
  /** Needed with `by: 'polity'` and `directed`: the people, to look up the polity of each sender and recipient. */
  people?: readonly { id: string; polity: string }[];
}

export interface ContactMatrix {
  /** Row and column keys, in order. */
  keys: string[];
  /** `matrix[i][j]`: the summed weight of contacts between `keys[i]` and `keys[j]` (from i to j when directed). */
  matrix: number[][];
  /** The ids of the contacts counted in each cell. */
  cells: string[][][];
  /** Contacts that could not be placed, and why; nothing is dropped silently. */
  excluded: { contact: string; reason: string }[];
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/**
 * The who-with-whom matrix of a list of contacts, for a chord diagram (d3-chord's `chord` or `chordDirected`).
 * For undirected matrices, the diagonal holds contacts inside one group (e.g. a Soviet telegram to a Soviet envoy).
 */
export function contactMatrix(contacts: readonly ReadonlyContact[], options: ContactMatrixOptions = {}): ContactMatrix {
  const by = options.by ?? 'polity';
  if (by !== 'polity' && by !== 'person' && typeof by !== 'function') {
    throw new TypeError(`invalid by: ${JSON.stringify(by)} (expected "polity", "person" or a function)`);
  }
  const weightOf = options.weight ?? (() => 1);
  const directed = options.directed ?? false;

  const polities = new Map((options.people ?? []).map((person) => [person.id, person.polity]));
  const groupOf = (person: string, contact: ReadonlyContact): string => {
    if (typeof by === 'function') return by(person, contact);
    if (by === 'person') return person;
    const polity = polities.get(person);
    if (polity === undefined) {
      throw new RangeError(`contacts "${contact.id}": no polity for "${person}" (pass \`people\` with directed: true)`);
    }
    return polity;
  };
  // The groups on one side of a contact: all its participants, or the senders or recipients of a message.
  const groupsOf = (contact: ReadonlyContact, side: 'all' | 'from' | 'to'): string[] => {
    if (by === 'polity' && side === 'all') return [...contact.polities];
    const people = side === 'all' ? contact.participants : (contact.direction?.[side] ?? []);
    return unique(people.map((person) => groupOf(person, contact)));
  };

  type Placement = { contact: ReadonlyContact; weight: number; pairs: [string, string][] };
  const placements: Placement[] = [];
  const excluded: ContactMatrix['excluded'] = [];
  const seen = new Set<string>();

  for (const contact of contacts) {
    const weight = weightOf(contact);
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`contacts "${contact.id}": invalid weight ${weight} (expected a finite number ≥ 0)`);
    }
    const pairs: [string, string][] = [];
    if (directed) {
      if (!contact.direction) {
        excluded.push({ contact: contact.id, reason: `a ${contact.kind} has no direction` });
        continue;
      }
      const from = groupsOf(contact, 'from');
      const to = groupsOf(contact, 'to');
      for (const a of from) for (const b of to) pairs.push([a, b]);
    } else {
      const groups = groupsOf(contact, 'all');
      if (groups.length === 0) {
        excluded.push({ contact: contact.id, reason: 'no group' });
        continue;
      }
      if (groups.length === 1) pairs.push([groups[0] as string, groups[0] as string]);
      for (let i = 0; i < groups.length; i++) {
        for (let j = i + 1; j < groups.length; j++) {
          const a = groups[i] as string;
          const b = groups[j] as string;
          pairs.push([a, b], [b, a]);
        }
      }
    }
    for (const [a, b] of pairs) seen.add(a).add(b);
    placements.push({ contact, weight, pairs });
  }

  const first = unique(options.order ?? []);
  const keys = [...first, ...[...seen].filter((key) => !first.includes(key)).sort()];
  const index = new Map(keys.map((key, i) => [key, i]));
  const matrix = keys.map(() => keys.map(() => 0));
  const cells = keys.map(() => keys.map((): string[] => []));
  for (const { contact, weight, pairs } of placements) {
    for (const [a, b] of pairs) {
      const i = index.get(a) as number;
      const j = index.get(b) as number;
      const row = matrix[i] as number[];
      row[j] = (row[j] as number) + weight;
      (cells[i] as string[][])[j]?.push(contact.id);
    }
  }
  return { keys, matrix, cells, excluded };
}
