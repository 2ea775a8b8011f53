import type { LaneMode } from '../options';

/** What a lane accessor may return: one lane key, several (the record is drawn once in each), or none. */
export type LaneKeys = string | readonly string[];

/** The joiner of a polity-pair key: an en dash, as in "turkey–ussr". */
export const polityJoiner = '–';

/**
 * The polity-pair lane key of a contact: its polities sorted and joined, "turkey–ussr", or "ussr" for a contact inside
 * one government. A contact with more polities (a dinner of five embassies) gets the one key of all of them, so every
 * contact appears in exactly one polity lane.
 */
export function polityPairKey(polities: readonly string[]): string {
  return polities.length === 1 ? (polities[0] as string) : [...polities].sort().join(polityJoiner);
}

function stringArray(value: unknown): readonly string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
}

/**
 * The lane accessor of a named lane mode. `polity-pair` reads a record's `polities`, `person` its `participants` (one
 * lane per participant, so a record may appear in several lanes), `kind` the kind accessor. For a record without the
 * field the accessor returns undefined, which the layout reports with the record's position.
 */
export function laneAccessor<T>(mode: LaneMode, kind: (record: T) => string): (record: T) => LaneKeys | undefined {
  switch (mode) {
    case 'polity-pair':
      return (record) => {
        const polities = stringArray((record as { polities?: unknown }).polities);
        return polities && polities.length > 0 ? polityPairKey(polities) : polities;
      };
    case 'person':
      return (record) => stringArray((record as { participants?: unknown }).participants);
    case 'kind':
      return kind;
  }
}

/**
 * Lane keys in drawing order: first `laneOrder` (all of them, even a lane with no records, so a caller can fix the
 * lanes across filters), then the others by number of records, most first, ties by key in code-unit order so the
 * order never depends on the data's order or the user's locale.
 */
export function orderLanes(counts: ReadonlyMap<string, number>, laneOrder: readonly string[]): string[] {
  const fixed = new Set(laneOrder);
  const rest = [...counts.keys()]
    .filter((key) => !fixed.has(key))
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  return [...laneOrder, ...rest];
}
