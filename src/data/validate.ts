/**
 * Validation of a dataset of the shape of `Dataset` (types.ts). Two passes:
 * 1. structure: every record and nested object against a field table per type (required and optional fields, types,
 *    enums, id and date formats, unknown properties);
 * 2. meaning: what a JSON Schema cannot say (references, duplicate ids, derived polities, date order, quotes that must
 *    occur in their paragraph, evidence that must back every listed document).
 * The second pass only looks at records that passed the first, so one mistake is reported once, not again as the
 * consequences it has elsewhere. Every problem is collected; nothing stops at the first.
 */
import { dateBounds, firstDay, isIsoDate, lastDay } from './dates';
import type {
  ArchiveCitation,
  Contact,
  ContextEvidence,
  Correction,
  Dataset,
  DatasetMeta,
  DateValue,
  DayDate,
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
  SpanDate,
  UncertainDate,
} from './types';

/** One problem in a dataset: where (`contacts[3].participants[1]`, or '' for the whole input) and what is wrong. */
export interface DatasetIssue {
  readonly path: string;
  readonly message: string;
}

/** How many issues a DatasetError's message spells out; all of them are in `issues`. */
const issuesInMessage = 8;

function formatIssue(issue: DatasetIssue): string {
  return `${issue.path === '' ? '(dataset)' : issue.path}: ${issue.message}`;
}

/** Thrown by `validateDataset` with every problem found, not just the first. */
export class DatasetError extends Error {
  readonly issues: readonly DatasetIssue[];

  constructor(issues: readonly DatasetIssue[]) {
    const shown = issues.slice(0, issuesInMessage).map((issue) => `  ${formatIssue(issue)}`);
    const more = issues.length - shown.length;
    const lines = [
      `Invalid dataset: ${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}`,
      ...shown,
      ...(more > 0 ? [`  … and ${more} more (see the error's issues)`] : []),
    ];
    super(lines.join('\n'));
    this.name = 'DatasetError';
    this.issues = Object.freeze([...issues]);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Paths and value descriptions for messages

type Report = (path: string, message: string) => void;

const identifierPattern = /^[A-Za-z_$][\w$]*$/;

/** The path of a property or item of the value at `path`. */
function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!identifierPattern.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** The name of the property a path ends in (`contacts[2].kind` → `kind`), for messages like `invalid kind "x"`. */
function propertyName(path: string): string {
  return /([A-Za-z_$][\w$]*)(?:\[\d+\])*$/.exec(path)?.[1] ?? 'value';
}

function quoted(text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return JSON.stringify(shown);
}

/** A short description of what was found, for `expected …, got …`. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return quoted(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------------------------
// Checks: small composable validators of one value

interface Check {
  /** What a valid value is, as a message would say it: "a non-empty string". */
  readonly expected: string;
  /** Whether the value has the right JSON type; if not, the message is `expected <expected>, got <value>`. */
  readonly isType: (value: unknown) => boolean;
  /** Further checks, called only with a value `isType` accepted. */
  readonly refine: (value: unknown, path: string, report: Report) => void;
}

function makeCheck<T>(
  expected: string,
  isType: (value: unknown) => value is T,
  refine: (value: T, path: string, report: Report) => void = () => {},
): Check {
  // The cast is safe: runCheck calls refine only after isType has accepted the value.
  return { expected, isType, refine: (value, path, report) => refine(value as T, path, report) };
}

function runCheck(check: Check, value: unknown, path: string, report: Report): void {
  if (!check.isType(value)) report(path, `expected ${check.expected}, got ${describe(value)}`);
  else check.refine(value, path, report);
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** Any string, even empty or blank (a correction may remove text). */
const anyString = makeCheck('a string', isString);

const text = makeCheck('a non-empty string', isString, (value, path, report) => {
  if (value.trim() === '') report(path, `expected a non-empty string, got ${quoted(value)}`);
});

function matching(expected: string, pattern: RegExp, noun: string, hint: string): Check {
  return makeCheck(expected, isString, (value, path, report) => {
    if (!pattern.test(value)) report(path, `invalid ${noun} ${quoted(value)} (expected ${hint})`);
  });
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idHint = 'lowercase letters and digits in hyphen-separated words, like "ussr" or "1937-06-01-karsky-ataturk"';
const idOf = (noun: string) => matching(`${noun} id`, idPattern, 'id', idHint);
const ownId = idOf('an');
const personId = idOf('a person');
const polityId = idOf('a polity');
const placeId = idOf('a place');
const documentId = idOf('a document');

const isoDate = makeCheck('an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)', isString, (value, path, report) => {
  if (!isIsoDate(value)) report(path, `invalid date ${quoted(value)} (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
});

const url = matching('a URL', /^https?:\/\/\S+$/, 'URL', 'an http or https URL without spaces');
const languageCode = matching('an ISO 639-1 language code', /^[a-z]{2}$/, 'language', 'an ISO 639-1 code like "en"');

const factsRefPattern = /^(?:documents#\d+|outside#O\d+|people#.+|context#\d+|additions#.+|collection)$/;
const factsRef = matching(
  'a facts.md reference',
  factsRefPattern,
  'facts reference',
  'documents#N, outside#ON, people#NAME, context#N, additions#NAME or collection',
);
const recordFactsPattern = /^(?:documents#\d+|outside#O\d+|additions#.+)$/;
const recordFactsRef = matching(
  'the facts.md row of a document',
  recordFactsPattern,
  'facts row',
  'documents#N, outside#ON or additions#NAME',
);

const nonNegativeInteger = makeCheck(
  'a non-negative integer',
  (value): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0,
);

function oneOf<const T extends string>(values: readonly T[]): Check {
  const list = values.join(', ');
  return makeCheck(`one of ${list}`, isString, (value, path, report) => {
    if (!(values as readonly string[]).includes(value)) {
      report(path, `invalid ${propertyName(path)} ${quoted(value)} (expected one of ${list})`);
    }
  });
}

function literal(constant: string): Check {
  return makeCheck(JSON.stringify(constant), isString, (value, path, report) => {
    if (value !== constant) report(path, `invalid ${propertyName(path)} ${quoted(value)} (expected "${constant}")`);
  });
}

function nullable(check: Check): Check {
  return {
    expected: `${check.expected} or null`,
    isType: (value) => value === null || check.isType(value),
    refine: (value, path, report) => {
      if (value !== null) check.refine(value, path, report);
    },
  };
}

interface ListOptions {
  /** The fewest items allowed. */
  readonly min?: number;
  /** Whether an item (a string) may appear only once. */
  readonly unique?: boolean;
}

/** An array whose items pass `item`; `items` names them in messages ("person ids"). */
function listOf(items: string, item: Check, { min = 0, unique = false }: ListOptions = {}): Check {
  const expected =
    min === 0
      ? `an array of ${items}`
      : min === 1
        ? `a non-empty array of ${items}`
        : `an array of at least ${min} ${items}`;
  return makeCheck(expected, Array.isArray, (value, path, report) => {
    if (value.length < min) report(path, `too few items: expected ${expected}, got ${value.length}`);
    const firstIndex = new Map<unknown, number>();
    value.forEach((entry: unknown, index) => {
      runCheck(item, entry, at(path, index), report);
      if (!unique || typeof entry !== 'string') return;
      const first = firstIndex.get(entry);
      if (first === undefined) firstIndex.set(entry, index);
      else report(at(path, index), `duplicate ${quoted(entry)} (already at ${at(path, first)})`);
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Field tables: for each record type, every field with its check, typed against types.ts

interface FieldSpec<Optional extends boolean = boolean> {
  readonly check: Check;
  readonly optional: Optional;
}

const required = (check: Check): FieldSpec<false> => ({ check, optional: false });
const optional = (check: Check): FieldSpec<true> => ({ check, optional: true });

type IsOptional<T, K extends keyof T> = Partial<Pick<T, K>> extends Pick<T, K> ? true : false;

/**
 * A field table lists every key of `T` (a missing or extra key is a type error) and marks exactly the optional ones
 * as `optional`, so the table cannot drift from the interface.
 */
type FieldTable<T> = { readonly [K in keyof T]-?: FieldSpec<IsOptional<T, K>> };

/** An object with exactly the fields of `table`: missing required fields and unknown properties are both reported. */
function recordOf(expected: string, table: Readonly<Record<string, FieldSpec>>): Check {
  const known = Object.keys(table);
  return makeCheck(expected, isPlainObject, (value, path, report) => {
    for (const key of known) {
      const spec = table[key] as FieldSpec;
      if (Object.hasOwn(value, key)) runCheck(spec.check, value[key], at(path, key), report);
      else if (!spec.optional) report(at(path, key), `missing (expected ${spec.check.expected})`);
    }
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(table, key)) report(at(path, key), `unknown property (expected only ${known.join(', ')})`);
    }
  });
}

/** A union told apart by the string at `tag` (`kind`, `from`), each variant with its own field table. */
function taggedUnion(expected: string, tag: string, variants: Readonly<Record<string, Check>>): Check {
  const tags = Object.keys(variants);
  return makeCheck(expected, isPlainObject, (value, path, report) => {
    const variant = typeof value[tag] === 'string' ? variants[value[tag]] : undefined;
    if (variant !== undefined) return runCheck(variant, value, path, report);
    if (!Object.hasOwn(value, tag)) report(at(path, tag), `missing (expected one of ${tags.join(', ')})`);
    else runCheck(oneOf(tags), value[tag], at(path, tag), report);
  });
}

const basis = oneOf(['stated', 'inferred']);

const labelledTextFields = {
  text: required(text),
  basis: required(oneOf(['printed', 'editorial'])),
} satisfies FieldTable<LabelledText>;

const summaryFields = {
  text: required(text),
  basis: required(literal('editorial')),
} satisfies FieldTable<Contact['summary']>;

const dayDateFields = {
  when: required(isoDate),
  basis: required(basis),
  note: optional(text),
} satisfies FieldTable<DayDate>;

const spanDateFields = {
  from: required(isoDate),
  to: required(isoDate),
  basis: required(basis),
  note: optional(text),
} satisfies FieldTable<SpanDate>;

const uncertainDateFields = {
  notBefore: optional(isoDate),
  notAfter: optional(isoDate),
  basis: required(basis),
  note: optional(text),
} satisfies FieldTable<UncertainDate>;

/** The keys that tell each date form apart; a date must use the keys of exactly one. */
const dateForms = [
  { name: 'day', keys: ['when'], check: recordOf('a day date', dayDateFields) },
  { name: 'span', keys: ['from', 'to'], check: recordOf('a span date', spanDateFields) },
  { name: 'uncertain', keys: ['notBefore', 'notAfter'], check: recordOf('an uncertain date', uncertainDateFields) },
] as const;

const dateFormsHint =
  '{ when } for a day, { from, to } for a span, or { notBefore and/or notAfter } for an uncertain date';

const dateValue = makeCheck('a date object', isPlainObject, (value, path, report) => {
  const forms = dateForms.filter((form) => form.keys.some((key) => Object.hasOwn(value, key)));
  if (forms.length > 1) {
    const used = forms.flatMap((form) => form.keys.filter((key) => Object.hasOwn(value, key)));
    report(path, `mixes date forms (${used.join(', ')}): expected exactly one of ${dateFormsHint}`);
    return;
  }
  const form = forms[0] ?? dateForms[2];
  if (forms.length === 0)
    report(path, `an uncertain date needs notBefore, notAfter or both (expected ${dateFormsHint})`);
  runCheck(form.check, value, path, report);
});

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

const polityRecord = recordOf('a polity object', polityFields);
const personRecord = recordOf('a person object', personFields);
const placeRecord = recordOf('a place object', placeFields);
const documentRecord = recordOf('a document object', documentFields);
const contactRecord = recordOf('a contact object', contactFields);

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

const datasetCheck = recordOf(
  'the dataset, an object with meta, polities, people, places, documents and contacts',
  datasetFields,
);

// ---------------------------------------------------------------------------------------------------------------
// Meaning: references, derived values, date order and evidence

function isWellFormed(check: Check, value: unknown): boolean {
  let wellFormed = true;
  runCheck(check, value, '', () => {
    wellFormed = false;
  });
  return wellFormed;
}

interface Entry<T> {
  readonly record: T;
  readonly path: string;
}

/** A collection as the meaning checks see it. */
interface Collection<T> {
  /** False when the collection is missing or not an array: references into it are then not checked. */
  readonly usable: boolean;
  /** Every record with a string id (first one wins), and the record itself only when it is well-formed. */
  readonly byId: ReadonlyMap<string, T | undefined>;
  /** The well-formed records, the only ones whose own references and rules are checked. */
  readonly wellFormed: readonly Entry<T>[];
}

function collect<T>(input: unknown, name: keyof Dataset, check: Check, report: Report): Collection<T> {
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
function resolve<T>(collection: Collection<T>, id: string, noun: string, path: string, report: Report): T | undefined {
  if (!collection.usable) return undefined;
  if (!collection.byId.has(id)) report(path, `unknown ${noun} ${quoted(id)}`);
  return collection.byId.get(id);
}

/** The earliest day of a date must not fall after its latest day. */
function checkDateOrder(date: DateValue, path: string, report: Report): void {
  const { start, end } = dateBounds(date);
  if (start === null || end === null || start <= end) return;
  if ('from' in date) report(path, `span ends before it starts (from "${date.from}", to "${date.to}")`);
  else if ('notBefore' in date) {
    report(path, `notBefore "${date.notBefore}" is after notAfter "${date.notAfter}" (no day fits)`);
  }
}

interface Indexes {
  readonly polities: Collection<Polity>;
  readonly people: Collection<Person>;
  readonly places: Collection<Place>;
  readonly documents: Collection<SourceDocument>;
}

function checkPerson({ record: person, path }: Entry<Person>, indexes: Indexes, report: Report): void {
  resolve(indexes.polities, person.polity, 'polity', at(path, 'polity'), report);
  person.offices.forEach((office, index) => {
    const officePath = at(at(path, 'offices'), index);
    resolve(indexes.polities, office.polity, 'polity', at(officePath, 'polity'), report);
    if (office.from !== undefined && office.to !== undefined && firstDay(office.from) > lastDay(office.to)) {
      report(officePath, `office ends before it starts (from "${office.from}", to "${office.to}")`);
    }
  });
  person.possibly?.forEach((possible, index) => {
    resolve(indexes.people, possible.person, 'person', at(at(at(path, 'possibly'), index), 'person'), report);
  });
}

function checkPeopleList(ids: readonly string[], path: string, indexes: Indexes, report: Report): void {
  ids.forEach((id, index) => {
    resolve(indexes.people, id, 'person', at(path, index), report);
  });
}

function checkIdentifications(
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

function checkDocument({ record: document, path }: Entry<SourceDocument>, indexes: Indexes, report: Report): void {
  checkDateOrder(document.date, at(path, 'date'), report);
  if (document.author !== null) resolve(indexes.people, document.author, 'person', at(path, 'author'), report);
  checkPeopleList(document.recipients, at(path, 'recipients'), indexes, report);
  checkPeopleList(document.participants, at(path, 'participants'), indexes, report);
  checkIdentifications(document.identifications, path, indexes, report);
  if (document.place !== null) {
    resolve(indexes.places, document.place.place, 'place', at(at(path, 'place'), 'place'), report);
  }
}

const directedKinds: ReadonlySet<string> = new Set(['telegram', 'letter', 'message']);

function checkDirection(contact: Contact, path: string, report: Report): void {
  const directionPath = at(path, 'direction');
  const { direction, kind } = contact;
  if (direction === null) {
    if (directedKinds.has(kind)) {
      report(directionPath, `missing for a ${kind} (expected { from, to } naming sender and recipients)`);
    }
    return;
  }
  if (!directedKinds.has(kind)) {
    report(directionPath, `expected null for a ${kind} (only a telegram, letter or message has a direction)`);
  }
  const participants = new Set(contact.participants);
  const senders = new Set(direction.from);
  for (const side of ['from', 'to'] as const) {
    direction[side].forEach((id, index) => {
      const memberPath = at(at(directionPath, side), index);
      if (!participants.has(id)) report(memberPath, `${quoted(id)} is not a participant of the contact`);
      else if (side === 'to' && senders.has(id)) report(memberPath, `${quoted(id)} is both sender and recipient`);
    });
  }
}

/** `polities` must be exactly the sorted, de-duplicated polities of the participants. */
function checkDerivedPolities(contact: Contact, path: string, indexes: Indexes, report: Report): void {
  const polities = new Set<string>();
  for (const id of contact.participants) {
    const person = indexes.people.byId.get(id);
    // An unknown or malformed participant, or one of an unknown polity, is reported on its own.
    if (person === undefined || (indexes.polities.usable && !indexes.polities.byId.has(person.polity))) return;
    polities.add(person.polity);
  }
  const expected = [...polities].sort();
  if (expected.join('\n') !== contact.polities.join('\n')) {
    report(
      at(path, 'polities'),
      `expected ${JSON.stringify(expected)} (the sorted polities of the participants), got ${JSON.stringify(contact.polities)}`,
    );
  }
}

function checkEvidence(contact: Contact, path: string, indexes: Indexes, report: Report): void {
  const listed = new Set(contact.documents);
  contact.evidence.forEach((evidence, index) => {
    if (evidence.kind === 'context') return;
    const evidencePath = at(at(path, 'evidence'), index);
    const documentPath = at(evidencePath, 'document');
    const name = quoted(evidence.document);
    const document = resolve(indexes.documents, evidence.document, 'document', documentPath, report);
    if (indexes.documents.byId.has(evidence.document) && !listed.has(evidence.document)) {
      report(documentPath, `document ${name} is not among the contact's documents`);
    }
    if (document === undefined) return;
    if (evidence.kind === 'record') {
      if (document.text !== null) {
        report(
          documentPath,
          `document ${name} has full text (record evidence is for metadata-only documents; quote it)`,
        );
      }
      if (evidence.url !== document.source.url) {
        report(
          at(evidencePath, 'url'),
          `expected the document's source url ${quoted(document.source.url)}, got ${quoted(evidence.url)}`,
        );
      }
      return;
    }
    if (document.text === null) {
      report(
        documentPath,
        `document ${name} has no full text (a quote needs a full-text document; use record evidence)`,
      );
      return;
    }
    const paragraphs = document.text.paragraphs;
    const paragraph = paragraphs[evidence.paragraph];
    if (paragraph === undefined) {
      report(
        at(evidencePath, 'paragraph'),
        `paragraph ${evidence.paragraph} out of range (document ${name} has ${paragraphs.length}, indexed from 0)`,
      );
    } else if (!paragraph.includes(evidence.quote)) {
      report(
        at(evidencePath, 'quote'),
        `${quoted(evidence.quote)} is not verbatim in paragraph ${evidence.paragraph} of document ${name}`,
      );
    }
  });
}

function checkContact({ record: contact, path }: Entry<Contact>, indexes: Indexes, report: Report): void {
  checkDateOrder(contact.date, at(path, 'date'), report);
  checkPeopleList(contact.participants, at(path, 'participants'), indexes, report);
  checkIdentifications(contact.identifications, path, indexes, report);
  checkDerivedPolities(contact, path, indexes, report);
  checkDirection(contact, path, report);
  if (contact.place !== null) {
    resolve(indexes.places, contact.place.place, 'place', at(at(path, 'place'), 'place'), report);
  }
  checkEvidence(contact, path, indexes, report);

  const evidenced = new Set(
    contact.evidence.flatMap((evidence) => ('document' in evidence ? [evidence.document] : [])),
  );
  const contactStart = dateBounds(contact.date).start;
  contact.documents.forEach((id, index) => {
    const documentPath = at(at(path, 'documents'), index);
    const document = resolve(indexes.documents, id, 'document', documentPath, report);
    if (!evidenced.has(id)) report(documentPath, `no evidence item names document ${quoted(id)}`);
    const documentEnd = document === undefined ? null : dateBounds(document.date).end;
    if (contactStart !== null && documentEnd !== null && contactStart > documentEnd) {
      report(
        at(path, 'date'),
        `the contact starts ${contactStart}, after document ${quoted(id)} that records it ends (${documentEnd})`,
      );
    }
  });
}

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
