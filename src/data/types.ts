/**
 * The data model of the dataset. Every record says where its facts come from (`provenance`, `source`, `evidence`),
 * and every text written by the project rather than printed in a source is marked `basis: 'editorial'`.
 */

/** A calendar date as EDTF/ISO 8601 writes it: a day `1937-06-01`, a month `1939-10`, or a year `1930`. */
export type IsoDate = string;

/** Whether a date (or place, or identification) is printed in a source, or derived from sourced facts. */
export type Basis = 'stated' | 'inferred';

interface DateCommon {
  basis: Basis;
  /** Why the date is what it is, when it is inferred or the sources disagree. */
  note?: string;
}

/** One day (or a month or year when that is all a source gives). */
export interface DayDate extends DateCommon {
  when: IsoDate;
}

/** A span the event filled, from one date to another (both included). */
export interface SpanDate extends DateCommon {
  from: IsoDate;
  to: IsoDate;
}

/**
 * An uncertain date: the event happened on some day between the bounds (TEI `notBefore`/`notAfter`). A missing bound
 * is unknown, never a guess: a report of a meeting "on an unstated day" only has `notAfter`, the report's date.
 */
export interface UncertainDate extends DateCommon {
  notBefore?: IsoDate;
  notAfter?: IsoDate;
}

export type DateValue = DayDate | SpanDate | UncertainDate;

/** Where a fact of the dataset comes from: one of the two seed pages, or a row of the project's facts file. */
export type Provenance =
  | {
      from: 'seed';
      /** The seed's file name in the project's sources (`000_58effdc8031b3ce2.txt`). */
      file: string;
    }
  | {
      from: 'facts';
      /**
       * The part of facts.md: `documents#4` (a row of the documents table), `outside#O1`, `people#Maxim Litvinov`,
       * `context#1`, `additions#…` or `collection`.
       */
      ref: string;
      /** The public page that facts.md gives for the fact. */
      url?: string;
    };

export interface Polity {
  id: string;
  name: string;
  /** Names in Russian and Turkish, given only where a source prints them. */
  names?: { ru?: string; tr?: string };
  provenance: Provenance[];
}

/** An office someone held, with dates only where a source states them. */
export interface Office {
  title: string;
  polity: string;
  from?: IsoDate;
  to?: IsoDate;
  /** `uncertain` when the source of the dates is weak or the sources disagree; `note` says why. */
  certainty?: 'uncertain';
  note?: string;
  source: Provenance;
}

/**
 * A participant: a named person, an office whose holder the source does not name (`kind: 'office'`), or an unnamed
 * group such as "statesmen of Poland" (`kind: 'group'`).
 */
export interface Person {
  id: string;
  kind: 'person' | 'office' | 'group';
  /** The display name (with diacritics), or for an office or group what the source calls it. */
  name: string;
  /** Every spelling the sources print, as printed. */
  aliases: string[];
  polity: string;
  offices: Office[];
  /** Doubts about the name itself (a case form, a normalisation nobody confirmed). */
  nameNote?: string;
  /** People who may be behind an unnamed office; never a statement that they are. */
  possibly?: { person: string; reason: string }[];
  provenance: Provenance[];
}

export interface Place {
  id: string;
  /** The place as the source names it. */
  name: string;
  /** The polity, only where a source states it; otherwise null. */
  polity: string | null;
  note?: string;
  provenance: Provenance[];
}

/** A place given for a document or contact, and whether a source states it or it is derived. */
export interface PlaceRef {
  place: string;
  basis: Basis;
  note?: string;
}

/** An unnamed office identified as a person from sourced facts (an office held on that date, a confirmation). */
export interface Identification {
  person: string;
  /** What the source prints instead of the name. */
  printed: string;
  reason: string;
}

/** Text that is either printed in a source or written by this project. */
export interface LabelledText {
  text: string;
  basis: 'printed' | 'editorial';
}

export type DocumentKind =
  | 'record-of-conversation'
  | 'record-of-talks'
  | 'telegram'
  | 'letter'
  | 'press-report'
  | 'report'
  | 'diary';

/** An archive reference, as printed and as read. */
export interface ArchiveCitation {
  /** The reference exactly as the page prints it. */
  raw: string;
  archive: string;
  fond: string;
  opis: string;
  papka: string | null;
  delo: string;
  /** Leaves ("l." one, "ll." several), with an en dash for a range. */
  folios: string;
  /** Doubts about the reading, when the sources disagree on it. */
  note?: string;
}

/** A published edition the document appears in. */
export interface PublishedIn {
  title: string;
  volume?: string;
  pages?: string;
  url?: string;
}

export interface DocumentSource {
  /** The collection the page belongs to, or null for a page outside it. */
  collection: string | null;
  url: string;
  /** Other copies, such as the Russian original. */
  alternates?: { url: string; language: string; note?: string }[];
  citation: ArchiveCitation | null;
  publishedIn?: PublishedIn;
}

/** A normalisation applied to a source's text, so that the printed text can always be recovered. */
export interface Correction {
  original: string;
  corrected: string;
  reason: string;
}

export interface DocumentText {
  paragraphs: string[];
  signature: { office: string | null; name: string } | null;
}

export interface SourceDocument {
  id: string;
  kind: DocumentKind;
  title: LabelledText;
  /** The dateline as printed, or null when facts.md gives none. */
  dateline: string | null;
  date: DateValue;
  /** The marking as printed (lower case), e.g. "secret", or null when none is seen. */
  classification: string | null;
  author: string | null;
  recipients: string[];
  participants: string[];
  identifications?: Identification[];
  /**
   * Where the document places itself: where it was sent from (a telegram "from Ankara"), or where the conversation or
   * visit it records took place; `note` says which. Null when it says neither.
   */
  place: PlaceRef | null;
  source: DocumentSource;
  /** ISO 639-1 code of the text at `source.url`, or null when no source states it. */
  language: string | null;
  translatedFrom: string | null;
  /** The full text, for the seed documents only. */
  text: DocumentText | null;
  corrections: Correction[];
  note?: string;
  provenance: Provenance[];
}

export type ContactKind = 'meeting' | 'talks' | 'telegram' | 'letter' | 'message';

/** A verbatim quote from a paragraph of a full-text document. */
export interface QuoteEvidence {
  kind: 'quote';
  document: string;
  paragraph: number;
  quote: string;
}

/** A metadata-only document, as the facts file records it. */
export interface RecordEvidence {
  kind: 'record';
  document: string;
  /** The facts.md row, e.g. `documents#16`. */
  facts: string;
  url: string;
}

/** A context fact of facts.md that dates, places or confirms the contact. */
export interface ContextEvidence {
  kind: 'context';
  facts: string;
  url?: string;
}

export type Evidence = QuoteEvidence | RecordEvidence | ContextEvidence;

export interface Contact {
  id: string;
  kind: ContactKind;
  date: DateValue;
  /** Person ids (people, offices or groups). */
  participants: string[];
  /** The polities of the participants, sorted: always derived, never set by hand. */
  polities: string[];
  /** Sender and recipients of a message, telegram or letter; null for meetings and talks. */
  direction: { from: string[]; to: string[] } | null;
  place: PlaceRef | null;
  /** Documents that record or mention the contact. */
  documents: string[];
  identifications?: Identification[];
  evidence: Evidence[];
  /** The project's own short description. */
  summary: LabelledText & { basis: 'editorial' };
}

export interface DatasetMeta {
  title: string;
  version: string;
  /** How to cite the dataset. */
  citation: string;
  license: string;
  collection: { title: string; url: string };
}

export interface Dataset {
  meta: DatasetMeta;
  polities: Polity[];
  people: Person[];
  places: Place[];
  documents: SourceDocument[];
  contacts: Contact[];
}

/** Deeply read-only view of a value, as the bundled dataset is frozen. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
