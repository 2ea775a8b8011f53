// The collections the second pass works on: records indexed by id, duplicate ids, and references resolved to records.
import type { Dataset, Identification, Person, Place, Polity, SourceDocument } from '../types';
import { type Check, isPlainObject, runCheck } from './checks';
import { at, quoted, type Report } from './messages';

function isWellFormed(check: Check, value: unknown): boolean {
  let wellFormed = true;
  runCheck(check, value, '', () => {
    wellFormed = false;
  });
  return wellFormed;
}

export interface Entry<T> {
  readonly record: T;
  readonly path: string;
}

/** A collection as the meaning checks see it. */
export interface Collection<T> {
  /** False when the collection is missing or not an array: references into it are then not checked. */
  readonly usable: boolean;
  /** Every record with a string id (first one wins), and the record itself only when it is well-formed. */
  readonly byId: ReadonlyMap<string, T | undefined>;
  /** The well-formed records, the only ones whose own references and rules are checked. */
  readonly wellFormed: readonly Entry<T>[];
}

export function collect<T>(input: unknown, name: keyof Dataset, check: Check, report: Report): Collection<T> {
  const items = isPlainObject(input) ? input[name] : undefined;
  if (!Array.isArray(items)) return { usable: false, byId: new Map(), wellFormed: [] };
  const byId = new Map<string, T | undefined>();
  const firstPath = new Map<string, string>();
  const wellFormed: Entry<T>[] = [];
  items.forEach((item: unknown, index) => {
    const path = at(name, index);
    const ok = isWellFormed(check, item);
    if (ok) wellFormed.push({ record: item as T, path });
    const id = isPlainObject(item) ? item.id : undefined;
    if (typeof id !== 'string') return;
    const first = firstPath.get(id);
    if (first !== undefined) {
      report(at(path, 'id'), `duplicate id ${quoted(id)} (already used by ${first})`);
      return;
    }
    firstPath.set(id, path);
    byId.set(id, ok ? (item as T) : undefined);
  });
  return { usable: true, byId, wellFormed };
}

/** Reports an id that names no record; returns the record when it exists and is well-formed. */
export function resolve<T>(
  collection: Collection<T>,
  id: string,
  noun: string,
  path: string,
  report: Report,
): T | undefined {
  if (!collection.usable) return undefined;
  if (!collection.byId.has(id)) report(path, `unknown ${noun} ${quoted(id)}`);
  return collection.byId.get(id);
}

export interface Indexes {
  readonly polities: Collection<Polity>;
  readonly people: Collection<Person>;
  readonly places: Collection<Place>;
  readonly documents: Collection<SourceDocument>;
}

export function checkPeopleList(ids: readonly string[], path: string, indexes: Indexes, report: Report): void {
  ids.forEach((id, index) => {
    resolve(indexes.people, id, 'person', at(path, index), report);
  });
}

export function checkIdentifications(
  list: readonly Identification[] | undefined,
  path: string,
  indexes: Indexes,
  report: Report,
) {
  list?.forEach((identification, index) => {
    resolve(
      indexes.people,
      identification.person,
      'person',
      at(at(at(path, 'identifications'), index), 'person'),
      report,
    );
  });
}
