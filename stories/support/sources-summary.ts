/**
 * What the "Sources and citation" page says about the dataset, computed from the dataset itself so the page can never
 * drift from the data it describes.
 */
import { dateShape } from '../../src/data/dates';
import type { Dataset, DeepReadonly, SourceDocument } from '../../src/data/types';
import { formatDateValue } from '../../src/shared/format-date';
import { archiveReference, DatasetIndex, kindLabel, publishedInText } from './dataset-columns';

type Data = DeepReadonly<Dataset>;
type DocumentRow = DeepReadonly<SourceDocument>;
type DateOf = DocumentRow['date'];

export interface DocumentSummary {
  id: string;
  title: string;
  editorialTitle: boolean;
  date: string;
  url: string;
  archiveReference: string | null;
  printedReference: string | null;
  publishedIn: string | null;
  publishedInUrl: string | null;
  paragraphs: number;
  signature: string | null;
  seedFile: string | null;
}

export interface CorrectionRow {
  key: string;
  document: string;
  original: string;
  corrected: string;
  reason: string;
}

export interface DateExample {
  label: string;
  record: string;
  json: string;
  shown: string;
  note: string | null;
}

/** A citation of one document in running text: who, what, when, where it is kept and where to read it. */
export function documentCitation(document: DocumentRow, index: DatasetIndex): string {
  const author = document.author === null ? null : index.personName(document.author);
  const title = document.title.basis === 'editorial' ? `[${document.title.text}]` : `“${document.title.text}”`;
  const parts = [
    author,
    title,
    formatDateValue(document.date),
    archiveReference(document.source),
    publishedInText(document.source),
    document.source.collection ? `In: ${document.source.collection}` : null,
    document.source.url,
  ];
  return `${parts.filter((part) => part !== null && part !== '').join('. ')}.`;
}

function summariseDocument(document: DocumentRow): DocumentSummary {
  const seed = document.provenance.find((p) => p.from === 'seed');
  const signature = document.text?.signature;
  return {
    id: document.id,
    title: document.title.text,
    editorialTitle: document.title.basis === 'editorial',
    date: formatDateValue(document.date),
    url: document.source.url,
    archiveReference: archiveReference(document.source),
    printedReference: document.source.citation?.raw ?? null,
    publishedIn: publishedInText(document.source),
    publishedInUrl: document.source.publishedIn?.url ?? null,
    paragraphs: document.text?.paragraphs.length ?? 0,
    signature: signature ? [signature.office, signature.name].filter(Boolean).join(', ') : null,
    seedFile: seed && seed.from === 'seed' ? seed.file : null,
  };
}

function dateLabel(date: DateOf): string {
  const shape = dateShape(date);
  if (shape === 'day') return 'when' in date && date.when.length < 10 ? 'a month (or year) only' : 'one day';
  if (shape === 'span') return 'a span of days';
  if ('notBefore' in date && 'notAfter' in date) return 'uncertain: between two bounds';
  return 'notAfter' in date ? 'uncertain: only an upper bound' : 'uncertain: only a lower bound';
}

/** One real record of each way a date can be written, the first the dataset has of each. */
function dateExamples(data: Data): DateExample[] {
  const seen = new Map<string, DateExample>();
  const records = [
    ...data.contacts.map((c) => ({ id: `contact ${c.id}`, date: c.date })),
    ...data.documents.map((d) => ({ id: `document ${d.id}`, date: d.date })),
  ];
  for (const record of records) {
    const label = `${dateLabel(record.date)}${record.date.basis === 'inferred' ? ', inferred' : ''}`;
    if (seen.has(label)) continue;
    const { note, ...bare } = record.date;
    seen.set(label, {
      label,
      record: record.id,
      json: JSON.stringify(bare),
      shown: formatDateValue(record.date),
      note: note ?? null,
    });
  }
  return [...seen.values()].sort((a, b) => a.label.localeCompare(b.label));
}

export function sourcesSummary(data: Data) {
  const index = new DatasetIndex(data);
  const fullText = data.documents.filter((d) => d.text !== null);
  const metadataOnly = data.documents.filter((d) => d.text === null);
  const outside = metadataOnly.filter((d) => d.source.collection === null);
  const corrections: CorrectionRow[] = fullText.flatMap((document) =>
    document.corrections.map((correction, i) => ({
      key: `${document.id}-${i}`,
      document: `${document.title.text} (${formatDateValue(document.date)})`,
      original: correction.original,
      corrected: correction.corrected,
      reason: correction.reason,
    })),
  );
  const example = fullText[0] ?? data.documents[0];
  const kinds = [...new Set(data.documents.filter((d) => d.source.collection !== null).map((d) => d.kind))];
  // Printed spellings beside display names: two names that lost their diacritics, two whose form is in doubt.
  const people = data.people.filter((person) => person.kind === 'person');
  const firstOtherSpelling = (person: (typeof people)[number]) => person.aliases.find((a) => a !== person.name);
  const spellings = [
    ...people.filter((person) => /[^\u0020-\u007e]/.test(person.name)).slice(0, 2),
    ...people.filter((person) => person.nameNote).slice(0, 2),
  ].flatMap((person) => {
    const alias = firstOtherSpelling(person);
    return alias ? [{ alias, name: person.name, note: person.nameNote ?? null }] : [];
  });
  return {
    meta: data.meta,
    counts: {
      documents: data.documents.length,
      fullText: fullText.length,
      metadataOnly: metadataOnly.length,
      outside: outside.length,
      contacts: data.contacts.length,
      people: data.people.length,
    },
    fullText: fullText.map(summariseDocument),
    outside: outside.map(summariseDocument),
    kindsInCollection: kinds.map((kind) => kindLabel(kind).toLowerCase()),
    spellings,
    corrections,
    dateExamples: dateExamples(data),
    exampleCitation: example ? { title: example.title.text, text: documentCitation(example, index) } : null,
  };
}
