// biome-ignore assist/source/organizeImports: in the order assemble() reads them (below), for gzip
import meta from '../../data/meta.json';
import documents from '../../data/documents.json';
import contacts from '../../data/contacts.json';
import karskyAtaturk from '../../data/texts/1937-06-01-karsky-ataturk.json';
import potemkinApaydin from '../../data/texts/1939-05-13-potemkin-apaydin.json';
import people from '../../data/people.json';
import polities from '../../data/polities.json';
import places from '../../data/places.json';
import { dateSortKey } from './dates';
import { deepFreeze } from './freeze';
import type { Contact, Dataset, DeepReadonly, SourceDocument } from './types';

function inTimeOrder<T extends { date: SourceDocument['date'] }>(records: T[]): T[] {
  return records
    .map((record) => ({ record, key: dateSortKey(record.date) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ record }) => record);
}

// The built module holds the data in the order it is read here (a minifier inlines each import where it is used,
// else keeps the imports' order), and that order is chosen for gzip, which stores a string once and then refers back
// to it, but only within 32 KB: contacts follow their documents (same ids and URLs) and precede the two full texts
// their evidence quotes. `npm run size`: 542 B less than with the imports in alphabetical order.
function assemble(
  meta: unknown,
  documents: unknown[],
  contacts: unknown[],
  texts: unknown[],
  people: unknown,
  polities: unknown,
  places: unknown,
): Dataset {
  // JSON imports are typed loosely (string, not the unions); the test suite runs validateDataset over this object, so
  // the cast is checked on every `npm test` rather than on every page load.
  return {
    meta,
    polities,
    people,
    places,
    documents: inTimeOrder([...documents, ...texts] as SourceDocument[]),
    contacts: inTimeOrder(contacts as Contact[]),
  } as Dataset;
}

/**
 * The bundled dataset: Soviet–Turkish diplomatic contacts, 1937–1939, with their documents, people, places and polities.
 * Documents and contacts are in date order. It is deeply frozen.
 */
export const dataset: DeepReadonly<Dataset> = deepFreeze(
  assemble(meta, documents, contacts, [karskyAtaturk, potemkinApaydin], people, polities, places),
);
