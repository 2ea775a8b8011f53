import contacts from '../../data/contacts.json';
import documents from '../../data/documents.json';
import meta from '../../data/meta.json';
import people from '../../data/people.json';
import places from '../../data/places.json';
import polities from '../../data/polities.json';
import karskyAtaturk from '../../data/texts/1937-06-01-karsky-ataturk.json';
import potemkinApaydin from '../../data/texts/1939-05-13-potemkin-apaydin.json';
import { dateSortKey } from './dates';
import { deepFreeze } from './freeze';
import type { Contact, Dataset, DeepReadonly, SourceDocument } from './types';

function inTimeOrder<T extends { date: SourceDocument['date'] }>(records: T[]): T[] {
  return records
    .map((record) => ({ record, key: dateSortKey(record.date) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ record }) => record);
}

// JSON imports are typed loosely (string, not the unions); the test suite runs validateDataset over this object, so
// the cast is checked on every `npm test` rather than on every page load.
const assembled = {
  meta,
  polities,
  people,
  places,
  documents: inTimeOrder([
    ...(documents as SourceDocument[]),
    karskyAtaturk as SourceDocument,
    potemkinApaydin as SourceDocument,
  ]),
  contacts: inTimeOrder(contacts as Contact[]),
} as unknown as Dataset;

/**
 * The bundled dataset: Soviet–Turkish diplomatic contacts, 1937–1939, with their documents, people, places and polities.
 * Documents and contacts are in date order. It is deeply frozen.
 */
export const dataset: DeepReadonly<Dataset> = deepFreeze(assembled);
