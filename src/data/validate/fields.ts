// The field tables of every record type, typed against types.ts, and the checks of whole records and the dataset.
import type {
  ArchiveCitation,
  Contact,
  ContextEvidence,
  Correction,
  Dataset,
  DatasetMeta,
  DocumentSource,
  DocumentText,
  Identification,
  LabelledText,
  Office,
  Person,
  Place,
  PlaceRef,
  Polity,
  Provenance,
  PublishedIn,
  QuoteEvidence,
  RecordEvidence,
  SourceDocument,
} from '../types';
import {
  anyString,
  type FieldSpec,
  type FieldTable,
  listOf,
  literal,
  nonNegativeInteger,
  nullable,
  oneOf,
  optional,
  recordOf,
  required,
  taggedUnion,
  text,
} from './checks';
import { dateValue, dayDateFields, spanDateFields, uncertainDateFields } from './date-value';
import {
  basis,
  documentId,
  factsRef,
  factsRefPattern,
  idPattern,
  isoDate,
  languageCode,
  ownId,
  personId,
  placeId,
  polityId,
  recordFactsPattern,
  recordFactsRef,
  url,
} from './value-formats';

const labelledTextFields = {
  text: required(text),
  basis: required(oneOf(['printed', 'editorial'])),
} satisfies FieldTable<LabelledText>;

const summaryFields = {
  text: required(text),
  basis: required(literal('editorial')),
} satisfies FieldTable<Contact['summary']>;

const seedProvenanceFields = {
  from: required(literal('seed')),
  file: required(text),
} satisfies FieldTable<Extract<Provenance, { from: 'seed' }>>;

const factsProvenanceFields = {
  from: required(literal('facts')),
  ref: required(factsRef),
  url: optional(url),
} satisfies FieldTable<Extract<Provenance, { from: 'facts' }>>;

const provenance = taggedUnion('a provenance object', 'from', {
  seed: recordOf('a seed provenance', seedProvenanceFields),
  facts: recordOf('a facts provenance', factsProvenanceFields),
});
const provenanceList = listOf('provenance items', provenance, { min: 1 });

const polityNamesFields = {
  ru: optional(text),
  tr: optional(text),
} satisfies FieldTable<NonNullable<Polity['names']>>;

const polityFields = {
  id: required(ownId),
  name: required(text),
  names: optional(recordOf('an object of names', polityNamesFields)),
  provenance: required(provenanceList),
} satisfies FieldTable<Polity>;

const officeFields = {
  title: required(text),
  polity: required(polityId),
  from: optional(isoDate),
  to: optional(isoDate),
  certainty: optional(literal('uncertain')),
  note: optional(text),
  source: required(provenance),
} satisfies FieldTable<Office>;

const possibleIdentityFields = {
  person: required(personId),
  reason: required(text),
} satisfies FieldTable<NonNullable<Person['possibly']>[number]>;

const personFields = {
  id: required(ownId),
  kind: required(oneOf(['person', 'office', 'group'])),
  name: required(text),
  aliases: required(listOf('names', text, { unique: true })),
  polity: required(polityId),
  offices: required(listOf('offices', recordOf('an office object', officeFields))),
  nameNote: optional(text),
  possibly: optional(listOf('possible identities', recordOf('a possible identity', possibleIdentityFields))),
  provenance: required(provenanceList),
} satisfies FieldTable<Person>;

const placeFields = {
  id: required(ownId),
  name: required(text),
  polity: required(nullable(polityId)),
  note: optional(text),
  provenance: required(provenanceList),
} satisfies FieldTable<Place>;

const placeRefFields = {
  place: required(placeId),
  basis: required(basis),
  note: optional(text),
} satisfies FieldTable<PlaceRef>;

const identificationFields = {
  person: required(personId),
  printed: required(text),
  reason: required(text),
} satisfies FieldTable<Identification>;

const archiveCitationFields = {
  raw: required(text),
  archive: required(text),
  fond: required(text),
  opis: required(text),
  papka: required(nullable(text)),
  delo: required(text),
  folios: required(text),
  note: optional(text),
} satisfies FieldTable<ArchiveCitation>;

const publishedInFields = {
  title: required(text),
  volume: optional(text),
  pages: optional(text),
  url: optional(url),
} satisfies FieldTable<PublishedIn>;

const alternateSourceFields = {
  url: required(url),
  language: required(languageCode),
  note: optional(text),
} satisfies FieldTable<NonNullable<DocumentSource['alternates']>[number]>;

const documentSourceFields = {
  collection: required(nullable(text)),
  url: required(url),
  alternates: optional(listOf('alternate sources', recordOf('an alternate source', alternateSourceFields))),
  citation: required(nullable(recordOf('an archive citation', archiveCitationFields))),
  publishedIn: optional(recordOf('a publication', publishedInFields)),
} satisfies FieldTable<DocumentSource>;

const signatureFields = {
  office: required(nullable(text)),
  name: required(text),
} satisfies FieldTable<NonNullable<DocumentText['signature']>>;

const documentTextFields = {
  paragraphs: required(listOf('paragraphs', text, { min: 1 })),
  signature: required(nullable(recordOf('a signature', signatureFields))),
} satisfies FieldTable<DocumentText>;

const correctionFields = {
  original: required(anyString),
  corrected: required(anyString),
  reason: required(text),
} satisfies FieldTable<Correction>;

const identificationList = listOf('identifications', recordOf('an identification', identificationFields));
const placeRef = nullable(recordOf('a place reference', placeRefFields));

const documentFields = {
  id: required(ownId),
  kind: required(
    oneOf(['record-of-conversation', 'record-of-talks', 'telegram', 'letter', 'press-report', 'report', 'diary']),
  ),
  title: required(recordOf('a labelled text', labelledTextFields)),
  dateline: required(nullable(text)),
  date: required(dateValue),
  classification: required(nullable(text)),
  author: required(nullable(personId)),
  recipients: required(listOf('person ids', personId, { unique: true })),
  participants: required(listOf('person ids', personId, { unique: true })),
  identifications: optional(identificationList),
  place: required(placeRef),
  source: required(recordOf('a document source', documentSourceFields)),
  language: required(nullable(languageCode)),
  translatedFrom: required(nullable(languageCode)),
  text: required(nullable(recordOf('a document text', documentTextFields))),
  corrections: required(listOf('corrections', recordOf('a correction', correctionFields))),
  note: optional(text),
  provenance: required(provenanceList),
} satisfies FieldTable<SourceDocument>;

const quoteEvidenceFields = {
  kind: required(literal('quote')),
  document: required(documentId),
  paragraph: required(nonNegativeInteger),
  quote: required(text),
} satisfies FieldTable<QuoteEvidence>;

const recordEvidenceFields = {
  kind: required(literal('record')),
  document: required(documentId),
  facts: required(recordFactsRef),
  url: required(url),
} satisfies FieldTable<RecordEvidence>;

const contextEvidenceFields = {
  kind: required(literal('context')),
  facts: required(factsRef),
  url: optional(url),
} satisfies FieldTable<ContextEvidence>;

const directionFields = {
  from: required(listOf('person ids', personId, { min: 1, unique: true })),
  to: required(listOf('person ids', personId, { min: 1, unique: true })),
} satisfies FieldTable<NonNullable<Contact['direction']>>;

const contactKinds = ['meeting', 'talks', 'telegram', 'letter', 'message'] as const;

const contactFields = {
  id: required(ownId),
  kind: required(oneOf(contactKinds)),
  date: required(dateValue),
  participants: required(listOf('person ids', personId, { min: 2, unique: true })),
  polities: required(listOf('polity ids', polityId, { min: 1, unique: true })),
  direction: required(nullable(recordOf('a direction', directionFields))),
  place: required(placeRef),
  documents: required(listOf('document ids', documentId, { min: 1, unique: true })),
  identifications: optional(identificationList),
  evidence: required(
    listOf(
      'evidence items',
      taggedUnion('an evidence object', 'kind', {
        quote: recordOf('a quote evidence', quoteEvidenceFields),
        record: recordOf('a record evidence', recordEvidenceFields),
        context: recordOf('a context evidence', contextEvidenceFields),
      }),
      { min: 1 },
    ),
  ),
  summary: required(recordOf('an editorial summary', summaryFields)),
} satisfies FieldTable<Contact>;

const collectionRefFields = {
  title: required(text),
  url: required(url),
} satisfies FieldTable<DatasetMeta['collection']>;

const metaFields = {
  title: required(text),
  version: required(text),
  citation: required(text),
  license: required(text),
  collection: required(recordOf('a collection object', collectionRefFields)),
} satisfies FieldTable<DatasetMeta>;

export const polityRecord = recordOf('a polity object', polityFields);
export const personRecord = recordOf('a person object', personFields);
export const placeRecord = recordOf('a place object', placeFields);
export const documentRecord = recordOf('a document object', documentFields);
export const contactRecord = recordOf('a contact object', contactFields);

const datasetFields = {
  meta: required(recordOf('a meta object', metaFields)),
  polities: required(listOf('polities', polityRecord)),
  people: required(listOf('people', personRecord)),
  places: required(listOf('places', placeRecord)),
  documents: required(listOf('documents', documentRecord)),
  contacts: required(listOf('contacts', contactRecord)),
} satisfies FieldTable<Dataset>;

/**
 * @internal The field tables by the name of their `$defs` entry in data/schema/dataset.schema.json, so a test can
 * check that the schema lists the same properties and required fields.
 */
export const recordFields: Readonly<Record<string, Readonly<Record<string, FieldSpec>>>> = {
  Dataset: datasetFields,
  DatasetMeta: metaFields,
  CollectionRef: collectionRefFields,
  Polity: polityFields,
  PolityNames: polityNamesFields,
  Person: personFields,
  Office: officeFields,
  PossibleIdentity: possibleIdentityFields,
  Place: placeFields,
  PlaceRef: placeRefFields,
  Identification: identificationFields,
  LabelledText: labelledTextFields,
  Summary: summaryFields,
  SourceDocument: documentFields,
  DocumentSource: documentSourceFields,
  AlternateSource: alternateSourceFields,
  ArchiveCitation: archiveCitationFields,
  PublishedIn: publishedInFields,
  DocumentText: documentTextFields,
  Signature: signatureFields,
  Correction: correctionFields,
  Contact: contactFields,
  Direction: directionFields,
  QuoteEvidence: quoteEvidenceFields,
  RecordEvidence: recordEvidenceFields,
  ContextEvidence: contextEvidenceFields,
  DayDate: dayDateFields,
  SpanDate: spanDateFields,
  UncertainDate: uncertainDateFields,
  SeedProvenance: seedProvenanceFields,
  FactsProvenance: factsProvenanceFields,
};

/** @internal The string patterns the schema must repeat, for the same test. */
export const patterns = { id: idPattern, factsRef: factsRefPattern, recordFacts: recordFactsPattern } as const;

export const datasetCheck = recordOf(
  'the dataset, an object with meta, polities, people, places, documents and contacts',
  datasetFields,
);
