// validateDataset: the entry point that runs both passes over a dataset and throws every issue found.
/**
 * Validation of a dataset of the shape of `Dataset` (types.ts). Two passes:
 * 1. structure: every record and nested object against a field table per type (required and optional fields, types,
 *    enums, id and date formats, unknown properties);
 * 2. meaning: what a JSON Schema cannot say (references, duplicate ids, derived polities, date order, quotes that must
 *    occur in their paragraph, evidence that must back every listed document).
 * The second pass only looks at records that passed the first, so one mistake is reported once, not again as the
 * consequences it has elsewhere. Every problem is collected; nothing stops at the first.
 */
import type { Contact, Dataset, Person, Place, Polity, SourceDocument } from '../types';
import { runCheck } from './checks';
import { checkContact } from './contact-semantics';
import { DatasetError, type DatasetIssue } from './dataset-error';
import { checkDocument } from './document-semantics';
import { contactRecord, datasetCheck, documentRecord, personRecord, placeRecord, polityRecord } from './fields';
import { at, type Report } from './messages';
import { checkPerson } from './person-semantics';
import { collect, type Indexes, resolve } from './references';

/**
 * Checks that `input` is a complete, consistent dataset and returns it typed. Throws a `DatasetError` listing every
 * problem found, each with its path.
 */
export function validateDataset(input: unknown): Dataset {
  const issues: DatasetIssue[] = [];
  const report: Report = (path, message) => {
    issues.push({ path, message });
  };
  runCheck(datasetCheck, input, '', report);

  const indexes: Indexes = {
    polities: collect<Polity>(input, 'polities', polityRecord, report),
    people: collect<Person>(input, 'people', personRecord, report),
    places: collect<Place>(input, 'places', placeRecord, report),
    documents: collect<SourceDocument>(input, 'documents', documentRecord, report),
  };
  const contacts = collect<Contact>(input, 'contacts', contactRecord, report);
  for (const entry of indexes.people.wellFormed) checkPerson(entry, indexes, report);
  for (const { record: place, path } of indexes.places.wellFormed) {
    if (place.polity !== null) resolve(indexes.polities, place.polity, 'polity', at(path, 'polity'), report);
  }
  for (const entry of indexes.documents.wellFormed) checkDocument(entry, indexes, report);
  for (const entry of contacts.wellFormed) checkContact(entry, indexes, report);

  if (issues.length > 0) throw new DatasetError(issues);
  return input as Dataset;
}
