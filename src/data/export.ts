import { dateBounds, dateShape } from './dates';
import type { Dataset, DateValue, DeepReadonly, Evidence, SourceDocument } from './types';

type ReadonlyDataset = DeepReadonly<Dataset>;

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** The columns every date gets: its form, its bounds, how it is known and why. */
function dateColumns(date: DeepReadonly<DateValue>): (string | null)[] {
  const { start, end } = dateBounds(date);
  return [dateShape(date), start, end, date.basis, date.note ?? null];
}
const dateHeader = ['date_form', 'date_start', 'date_end', 'date_basis', 'date_note'];

const list = (values: readonly string[]) => values.join('; ');

function evidenceText(item: DeepReadonly<Evidence>): string {
  if (item.kind === 'quote') return `${item.document} ¶${item.paragraph}: “${item.quote}”`;
  if (item.kind === 'record') return `${item.document}: facts.md ${item.facts} (${item.url})`;
  return `facts.md ${item.facts}${item.url ? ` (${item.url})` : ''}`;
}

/**
 * The contacts as CSV, one row each, with people's display names beside their ids. Dates give their form and the
 * earliest and latest day they can mean (empty when unknown); `summary_editorial` is the project's own wording.
 */
export function contactsToCSV(data: ReadonlyDataset): string {
  const names = new Map(data.people.map((person) => [person.id, person.name]));
  const places = new Map(data.places.map((place) => [place.id, place.name]));
  const nameList = (ids: readonly string[]) => list(ids.map((id) => names.get(id) ?? id));
  return csv(
    [
      'id',
      'kind',
      ...dateHeader,
      'participants',
      'participant_ids',
      'polities',
      'from',
      'to',
      'place',
      'place_basis',
      'documents',
      'summary_editorial',
      'evidence',
    ],
    data.contacts.map((contact) => [
      contact.id,
      contact.kind,
      ...dateColumns(contact.date),
      nameList(contact.participants),
      list(contact.participants),
      list(contact.polities),
      contact.direction ? nameList(contact.direction.from) : null,
      contact.direction ? nameList(contact.direction.to) : null,
      contact.place ? (places.get(contact.place.place) ?? contact.place.place) : null,
      contact.place?.basis ?? null,
      list(contact.documents),
      contact.summary.text,
      contact.evidence.map(evidenceText).join(' | '),
    ]),
  );
}

function citationText(document: DeepReadonly<SourceDocument>): string | null {
  const c = document.source.citation;
  if (!c) return null;
  const papka = c.papka === null ? '' : ` p. ${c.papka},`;
  const leaves = /[–-]/.test(c.folios) ? 'll.' : 'l.';
  return `${c.archive}, f. ${c.fond}, op. ${c.opis},${papka} d. ${c.delo}, ${leaves} ${c.folios}`;
}

/** The documents as CSV, one row each, with their archive reference and source page. */
export function documentsToCSV(data: ReadonlyDataset): string {
  const names = new Map(data.people.map((person) => [person.id, person.name]));
  return csv(
    [
      'id',
      'kind',
      'title',
      'title_basis',
      'dateline',
      ...dateHeader,
      'classification',
      'author',
      'participants',
      'archive_reference',
      'archive_reference_as_printed',
      'collection',
      'url',
      'language',
      'translated_from',
      'full_text',
    ],
    data.documents.map((document) => [
      document.id,
      document.kind,
      document.title.text,
      document.title.basis,
      document.dateline,
      ...dateColumns(document.date),
      document.classification,
      document.author === null ? null : (names.get(document.author) ?? document.author),
      list(document.participants.map((id) => names.get(id) ?? id)),
      citationText(document),
      document.source.citation?.raw ?? null,
      document.source.collection,
      document.source.url,
      document.language,
      document.translatedFrom,
      document.text ? 'yes' : 'no',
    ]),
  );
}

/** A CSL-JSON item (the subset used here), as Zotero and citeproc read it. */
export interface CSLItem {
  id: string;
  type: 'manuscript' | 'webpage';
  title: string;
  issued?: { 'date-parts': number[][] } | { literal: string };
  author?: { literal: string }[];
  'container-title'?: string;
  archive?: string;
  archive_location?: string;
  URL: string;
  language?: string;
  note?: string;
  volume?: string;
  page?: string;
}

function dateParts(date: string): number[] {
  return date.split('-').map(Number);
}

function issued(date: DeepReadonly<DateValue>): CSLItem['issued'] {
  if ('when' in date) return { 'date-parts': [dateParts(date.when)] };
  if ('from' in date) return { 'date-parts': [dateParts(date.from), dateParts(date.to)] };
  const { start, end } = dateBounds(date);
  return { literal: start && end ? `${start}/${end}` : end ? `before ${end}` : `after ${start}` };
}

/**
 * Citations of the documents as CSL-JSON, for reference managers. Documents with an archive reference are
 * manuscripts; pages known only by their web address are web pages. Editorial titles are said to be so in `note`.
 */
export function citationsToCSL(data: ReadonlyDataset): CSLItem[] {
  const names = new Map(data.people.map((person) => [person.id, person]));
  return data.documents.map((document) => {
    const author = document.author === null ? undefined : names.get(document.author);
    const notes = [
      document.title.basis === 'editorial' ? 'Title supplied by soviet-turkish-contacts (editorial).' : null,
      document.translatedFrom ? `Translated from ${document.translatedFrom}.` : null,
      document.source.publishedIn
        ? `Published in ${document.source.publishedIn.title}${document.source.publishedIn.volume ? `, vol. ${document.source.publishedIn.volume}` : ''}${document.source.publishedIn.pages ? `, ${/[–-]/.test(document.source.publishedIn.pages) ? 'pp.' : 'p.'} ${document.source.publishedIn.pages}` : ''}.`
        : null,
    ].filter((note): note is string => note !== null);
    const item: CSLItem = {
      id: document.id,
      type: document.source.citation ? 'manuscript' : 'webpage',
      title: document.title.text,
      issued: issued(document.date),
      URL: document.source.url,
    };
    if (author && author.kind === 'person') item.author = [{ literal: author.name }];
    if (document.source.collection) item['container-title'] = document.source.collection;
    const reference = citationText(document);
    if (document.source.citation && reference) {
      item.archive = document.source.citation.archive;
      item.archive_location = reference.slice(document.source.citation.archive.length + 2);
    }
    if (document.language) item.language = document.language;
    if (notes.length > 0) item.note = notes.join(' ');
    return item;
  });
}
