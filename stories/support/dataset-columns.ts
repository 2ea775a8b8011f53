/**
 * Column definitions that show the bundled dataset's records in a data table, honestly: dates keep their precision and
 * uncertainty, text the project wrote is marked editorial, and every document links to its source page.
 */
import { dateSortKey } from '../../src/data/dates';
import type {
  Contact,
  Dataset,
  DeepReadonly,
  DocumentSource,
  LabelledText,
  Office,
  Person,
  SourceDocument,
} from '../../src/data/types';
import type { DataTableColumn } from '../../src/shared/data-table';
import { formatDateValue, formatIsoDate } from '../../src/shared/format-date';

type Data = DeepReadonly<Dataset>;
export type DocumentRow = DeepReadonly<SourceDocument>;
export type ContactRow = DeepReadonly<Contact>;
export type PersonRow = DeepReadonly<Person>;
type DateOf = DocumentRow['date'];

/** Finds records by id; an id the dataset does not know is shown as printed, so the gap stays visible. */
export class DatasetIndex {
  readonly people: ReadonlyMap<string, PersonRow>;
  readonly polities: ReadonlyMap<string, string>;
  readonly places: ReadonlyMap<string, string>;
  readonly documents: ReadonlyMap<string, DocumentRow>;

  constructor(data: Data) {
    this.people = new Map(data.people.map((person) => [person.id, person]));
    this.polities = new Map(data.polities.map((polity) => [polity.id, polity.name]));
    this.places = new Map(data.places.map((place) => [place.id, place.name]));
    this.documents = new Map(data.documents.map((doc) => [doc.id, doc]));
  }

  personName(id: string): string {
    return this.people.get(id)?.name ?? id;
  }

  personNames(ids: readonly string[]): string {
    return ids.map((id) => this.personName(id)).join(', ');
  }

  polityName(id: string | null): string {
    return id === null ? '' : (this.polities.get(id) ?? id);
  }
}

/** "record-of-conversation" → "Record of conversation". */
export function kindLabel(kind: string): string {
  const words = kind.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function link(doc: Document, href: string, text: string): HTMLAnchorElement {
  const a = element(doc, 'a', text);
  a.href = href;
  return a;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A date as text, with the reason for an inferred or disputed date one click away. */
function dateCell(date: DateOf, doc: Document): Node {
  const fragment = doc.createDocumentFragment();
  fragment.append(formatDateValue(date));
  if (date.note) {
    const details = element(doc, 'details', undefined, 'stc-note');
    details.append(element(doc, 'summary', 'About this date'), element(doc, 'p', date.note));
    fragment.append(details);
  }
  return fragment;
}

/** Printed text as is; the project's own text followed by a visible, readable marker. */
function labelledCell(text: DeepReadonly<LabelledText>, doc: Document, marker: string): Node {
  const fragment = doc.createDocumentFragment();
  fragment.append(text.text);
  if (text.basis === 'editorial') fragment.append(' ', element(doc, 'span', `(${marker})`, 'stc-note'));
  return fragment;
}

/** The archive reference as read (fields normalised by ingestion), or null when the document has none. */
export function archiveReference(source: DeepReadonly<DocumentSource>): string | null {
  const c = source.citation;
  if (!c) return null;
  return [
    c.archive,
    `f. ${c.fond}`,
    `op. ${c.opis}`,
    c.papka === null ? null : `p. ${c.papka}`,
    `d. ${c.delo}`,
    c.folios,
  ]
    .filter((part) => part !== null)
    .join(', ');
}

export function publishedInText(source: DeepReadonly<DocumentSource>): string | null {
  const p = source.publishedIn;
  if (!p) return null;
  // "p. 247" for one page, "pp. 284–286" for several.
  const pages = p.pages ? `${/[–,-]/.test(p.pages) ? 'pp.' : 'p.'} ${p.pages}` : null;
  return [p.title, p.volume ? `vol. ${p.volume}` : null, pages].filter((part) => part !== null).join(', ');
}

function citationCell(row: DocumentRow, doc: Document): Node {
  const fragment = doc.createDocumentFragment();
  const reference = archiveReference(row.source);
  if (reference !== null) {
    fragment.append(reference);
    // The page's own rendering can be garbled; show it whenever the reading differs from it.
    const raw = row.source.citation?.raw;
    if (raw && raw !== reference) fragment.append(element(doc, 'span', ` (printed: “${raw}”)`, 'stc-note'));
  }
  const published = publishedInText(row.source);
  if (published !== null) {
    const block = element(doc, 'div');
    const url = row.source.publishedIn?.url;
    block.append(url ? link(doc, url, published) : published);
    fragment.append(block);
  }
  if (reference === null && published === null) fragment.append(element(doc, 'span', 'none given', 'stc-note'));
  return fragment;
}

function sourceCell(row: DocumentRow, doc: Document): Node {
  const fragment = doc.createDocumentFragment();
  fragment.append(link(doc, row.source.url, hostOf(row.source.url)));
  const notes: string[] = [];
  if (row.language) notes.push(`in ${languageNames.of(row.language) ?? row.language}`);
  if (row.source.collection === null) notes.push('outside the collection');
  if (notes.length > 0) fragment.append(' ', element(doc, 'span', `(${notes.join('; ')})`, 'stc-note'));
  for (const alternate of row.source.alternates ?? []) {
    const block = element(doc, 'div');
    const language = languageNames.of(alternate.language) ?? alternate.language;
    block.append(link(doc, alternate.url, `${language} copy (${hostOf(alternate.url)})`));
    fragment.append(block);
  }
  return fragment;
}

/** The first two columns of the document and contact tables: the date as the sources give it, and the kind. */
function dateAndKindColumns<Row extends DocumentRow | ContactRow>(): DataTableColumn<Row>[] {
  return [
    {
      id: 'date',
      header: 'Date',
      sortable: true,
      value: (row) => dateSortKey(row.date),
      cell: (row, doc) => dateCell(row.date, doc),
    },
    { id: 'kind', header: 'Kind', sortable: true, value: (row) => kindLabel(row.kind) },
  ];
}

export function documentColumns(index: DatasetIndex): DataTableColumn<DocumentRow>[] {
  return [
    ...dateAndKindColumns<DocumentRow>(),
    {
      id: 'title',
      header: 'Title',
      rowHeader: true,
      sortable: true,
      value: (row) => row.title.text,
      cell: (row, doc) => labelledCell(row.title, doc, 'editorial title'),
    },
    { id: 'participants', header: 'Participants', sortable: true, value: (row) => index.personNames(row.participants) },
    {
      id: 'classification',
      header: 'Classification',
      sortable: true,
      value: (row) => row.classification ?? 'none seen',
    },
    { id: 'citation', header: 'Citation', value: (row) => archiveReference(row.source), cell: citationCell },
    { id: 'source', header: 'Source page', value: (row) => row.source.url, cell: sourceCell },
  ];
}

function participantsText(row: ContactRow, index: DatasetIndex): string {
  if (!row.direction) return index.personNames(row.participants);
  return `${index.personNames(row.direction.from)} to ${index.personNames(row.direction.to)}`;
}

function placeText(row: ContactRow, index: DatasetIndex): string | null {
  if (!row.place) return null;
  const name = index.places.get(row.place.place) ?? row.place.place;
  return row.place.basis === 'inferred' ? `${name} (inferred)` : name;
}

function documentsCell(row: ContactRow, doc: Document, index: DatasetIndex): Node {
  const list = element(doc, 'ul', undefined, 'stc-table__list');
  for (const id of row.documents) {
    const record = index.documents.get(id);
    const item = element(doc, 'li');
    item.append(
      record ? link(doc, record.source.url, `${kindLabel(record.kind)}, ${formatDateValue(record.date)}`) : id,
    );
    list.append(item);
  }
  return list;
}

export function contactColumns(index: DatasetIndex): DataTableColumn<ContactRow>[] {
  return [
    ...dateAndKindColumns<ContactRow>(),
    {
      id: 'participants',
      header: 'Participants',
      rowHeader: true,
      sortable: true,
      value: (row) => participantsText(row, index),
    },
    {
      id: 'polities',
      header: 'Polities',
      sortable: true,
      value: (row) => row.polities.map((id) => index.polityName(id)).join(', '),
    },
    { id: 'place', header: 'Place', sortable: true, value: (row) => placeText(row, index) ?? 'not stated' },
    {
      id: 'summary',
      header: 'Summary',
      value: (row) => row.summary.text,
      cell: (row, doc) => labelledCell(row.summary, doc, 'editorial'),
    },
    {
      id: 'documents',
      header: 'Documents',
      value: (row) => row.documents.length,
      cell: (row, doc) => documentsCell(row, doc, index),
    },
  ];
}

/** "4 March 1925 – 11 November 1938", "from 3 May 1939", or "dates not stated", flagged when uncertain. */
export function officeDates(office: DeepReadonly<Office>): string {
  const from = office.from === undefined ? null : formatIsoDate(office.from);
  const to = office.to === undefined ? null : formatIsoDate(office.to);
  const text =
    // Years alone take a closed en dash (1937–1940); full dates a spaced one.
    from && to
      ? `${from}${from.includes(' ') || to.includes(' ') ? ' – ' : '–'}${to}`
      : from
        ? `from ${from}`
        : to
          ? `until ${to}`
          : 'dates not stated in the sources';
  return office.certainty === 'uncertain' ? `${text} (uncertain)` : text;
}

const personKindLabels: Record<PersonRow['kind'], string> = {
  person: 'Person',
  office: 'Office (holder not named)',
  group: 'Group (not named)',
};

export function personColumns(index: DatasetIndex): DataTableColumn<PersonRow>[] {
  return [
    { id: 'name', header: 'Name', rowHeader: true, sortable: true, value: (row) => row.name },
    { id: 'kind', header: 'Kind', sortable: true, value: (row) => personKindLabels[row.kind] },
    { id: 'polity', header: 'Polity', sortable: true, value: (row) => index.polityName(row.polity) },
    {
      id: 'offices',
      header: 'Offices and dates',
      value: (row) => row.offices.map((office) => `${office.title}, ${officeDates(office)}`).join('; ') || null,
      cell: (row, doc) => {
        if (row.offices.length === 0) return element(doc, 'span', 'none recorded', 'stc-note');
        const list = element(doc, 'ul', undefined, 'stc-table__list');
        for (const office of row.offices) {
          const item = element(doc, 'li', `${office.title}: ${officeDates(office)}`);
          if (office.note) item.append(' ', element(doc, 'span', `(${office.note})`, 'stc-note'));
          list.append(item);
        }
        return list;
      },
    },
    {
      id: 'aliases',
      header: 'Spellings in the sources',
      value: (row) => row.aliases.join('; ') || null,
      cell: (row, doc) => {
        const fragment = doc.createDocumentFragment();
        fragment.append(row.aliases.join('; '));
        if (row.nameNote) fragment.append(element(doc, 'div', row.nameNote, 'stc-note'));
        return fragment;
      },
    },
  ];
}
