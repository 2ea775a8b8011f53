/**
 * What the charts say about a contact of a dataset: names and offices of its participants, its place, summary,
 * a quote and its documents. It takes the dataset as an argument (never imports the bundled one), so custom data does
 * not depend on it.
 */
import { dateBounds, firstDay, lastDay } from '../data/dates';
import type { Contact, Dataset, DateValue, DeepReadonly, Person, SourceDocument } from '../data/types';
import { formatDateValue } from './format-date';

/**
 * What a chart's tooltip, spoken labels and table say about a record. Every text is plain text (set as text, never
 * parsed as HTML).
 */
export interface RecordDetails {
  /** The date as the sources state it ("between 20 and 26 August 1939 (inferred)"). */
  date: string;
  /** The kind, in words ("meeting"). */
  kind: string;
  /** Participants, each with the office they held then where known ("People's Commissar for Foreign Affairs"). */
  participants?: readonly { name: string; office?: string }[];
  /** Who wrote to whom, for a message ("Maxim Litvinov → M. Karsky"). */
  direction?: string;
  place?: string;
  /** A short description; `editorial` when the project wrote it rather than a source. */
  summary?: { text: string; editorial: boolean };
  /** A verbatim quote from a source, and which document it is from. */
  quote?: { text: string; source?: string };
  /** The documents behind the record: their citation and, when known, a link to their page. */
  sources?: readonly { text: string; url?: string }[];
}

/** "record-of-conversation" → "record of conversation": a kind key as words. */
export function kindWords(kind: string): string {
  return kind.replaceAll('-', ' ');
}

type Data = DeepReadonly<Dataset>;
type ContactLike = DeepReadonly<Contact>;
export type DocumentRecord = DeepReadonly<SourceDocument>;

/** Whether a record has the fields of a contact that details are read from (custom records usually do not). */
export function isContactLike(record: unknown): record is ContactLike {
  if (typeof record !== 'object' || record === null) return false;
  const r = record as Record<string, unknown>;
  return (
    typeof r.kind === 'string' &&
    typeof r.date === 'object' &&
    r.date !== null &&
    Array.isArray(r.participants) &&
    Array.isArray(r.documents) &&
    Array.isArray(r.evidence) &&
    typeof r.summary === 'object' &&
    r.summary !== null
  );
}

/** Lookups by id; an id the dataset does not know is shown as written, so a gap stays visible. */
export interface DatasetIndex {
  readonly people: ReadonlyMap<string, DeepReadonly<Person>>;
  readonly polities: ReadonlyMap<string, string>;
  readonly places: ReadonlyMap<string, string>;
  readonly documents: ReadonlyMap<string, DocumentRecord>;
}

const indexes = new WeakMap<Data, DatasetIndex>();

/** The lookups of a dataset, built once per dataset object (the charts share them). */
export function datasetIndexOf(data: Data): DatasetIndex {
  let index = indexes.get(data);
  if (!index) {
    index = indexDataset(data);
    indexes.set(data, index);
  }
  return index;
}

/**
 * Checks the `dataset` option of a chart: a dataset (as `soviet-turkish-contacts/data` exports it, or one of the same
 * shape) whose contacts are drawn by default and whose people, places and documents name them.
 * @throws TypeError naming the option
 */
export function checkDatasetOption(value: unknown): Data | null {
  if (value === undefined) return null;
  const candidate = value as Partial<Record<keyof Data, unknown>> | null;
  const lists = ['contacts', 'documents', 'people', 'places', 'polities'] as const;
  if (typeof value !== 'object' || value === null || lists.some((key) => !Array.isArray(candidate?.[key]))) {
    throw new TypeError(
      'invalid dataset (expected a dataset with contacts, documents, people, places and polities, such as ' +
        "import { dataset } from 'soviet-turkish-contacts/data')",
    );
  }
  return value as Data;
}

export function indexDataset(data: Data): DatasetIndex {
  return {
    people: new Map(data.people.map((person) => [person.id, person])),
    polities: new Map(data.polities.map((polity) => [polity.id, polity.name])),
    places: new Map(data.places.map((place) => [place.id, place.name])),
    documents: new Map(data.documents.map((doc) => [doc.id, doc])),
  };
}

/**
 * How a participant is named in a mark's label, briefly: a person by the last word of their name ("Litvinov"), an
 * office or group by its name without the note in brackets ("USSR plenipotentiary in Turkey").
 */
function shortName(index: DatasetIndex, id: string): string {
  const person = index.people.get(id);
  if (!person) return id;
  if (person.kind === 'person') return person.name.split(/\s+/).at(-1) ?? person.name;
  return person.name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
}

/**
 * The default label of a contact's mark: who took part, briefly ("Litvinov – Apaydın"), or who wrote to whom
 * ("Litvinov → Karsky"). Short enough to fit beside a mark where the summary would not; the summary is in the
 * tooltip and the table. A record that is not a contact keeps the default accessor's label (its summary's text).
 */
export function datasetMarkLabel(index: DatasetIndex): (record: unknown) => string {
  return (record) => {
    if (!isContactLike(record)) return (record as { summary?: { text?: string } } | null)?.summary?.text as string;
    const list = (ids: readonly string[]) => ids.map((id) => shortName(index, id)).join(', ');
    if (record.direction) return `${list(record.direction.from)} → ${list(record.direction.to)}`;
    const names = record.participants.map((id) => shortName(index, id));
    // A crowd is summed up: the first two, and how many more.
    return names.length > 3 ? `${names.slice(0, 2).join(' – ')} +${names.length - 2}` : names.join(' – ');
  };
}

/** The office a person held at the time of a date (the first whose dates overlap it, or the only one). */
function officeAt(person: DeepReadonly<Person>, date: DeepReadonly<DateValue>): string | undefined {
  const { start, end } = dateBounds(date as DateValue);
  const offices = person.offices;
  const during = offices.find(
    (office) =>
      (office.from === undefined || end === null || firstDay(office.from) <= end) &&
      (office.to === undefined || start === null || lastDay(office.to) >= start),
  );
  return (during ?? (offices.length === 1 ? offices[0] : undefined))?.title;
}

function names(index: DatasetIndex, ids: readonly string[]): string {
  return ids.map((id) => index.people.get(id)?.name ?? id).join(', ');
}

/** The archive reference of a document as printed, else its title. */
function citationOf(doc: DocumentRecord): string {
  const raw = doc.source.citation?.raw;
  return raw ? `${doc.title.text} (${raw})` : doc.title.text;
}

/** Details of a contact, names and documents resolved through `index`. */
export function contactDetails(index: DatasetIndex, language: string): (contact: ContactLike) => RecordDetails {
  return (contact) => {
    const participants = contact.participants.map((id) => {
      const person = index.people.get(id);
      if (!person) return { name: id };
      const office = officeAt(person, contact.date);
      return office === undefined ? { name: person.name } : { name: person.name, office };
    });
    const quote = contact.evidence.find((evidence) => evidence.kind === 'quote');
    const quoteDoc = quote ? index.documents.get(quote.document) : undefined;
    const details: RecordDetails = {
      date: formatDateValue(contact.date, language),
      kind: kindWords(contact.kind),
      participants,
      summary: { text: contact.summary.text, editorial: contact.summary.basis === 'editorial' },
      sources: contact.documents.map((id) => {
        const doc = index.documents.get(id);
        return doc ? { text: citationOf(doc), url: doc.source.url } : { text: id };
      }),
    };
    if (contact.direction) {
      details.direction = `${names(index, contact.direction.from)} → ${names(index, contact.direction.to)}`;
    }
    if (contact.place) {
      const place = index.places.get(contact.place.place) ?? contact.place.place;
      details.place = contact.place.basis === 'inferred' ? `${place} (inferred)` : place;
    }
    if (quote) {
      details.quote = { text: quote.quote, source: quoteDoc ? quoteDoc.title.text : quote.document };
    }
    return details;
  };
}

/** The documents of a contact that the dataset has. */
export function contactDocuments(index: DatasetIndex, contact: ContactLike): DocumentRecord[] {
  const docs: DocumentRecord[] = [];
  for (const id of contact.documents) {
    const doc = index.documents.get(id);
    if (doc) docs.push(doc);
  }
  return docs;
}
