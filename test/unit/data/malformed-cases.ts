/**
 * Malformed variants of the valid fixture dataset, shared by the validator's tests and the JSON Schema's tests.
 * Each case is one small edit of a fresh fixture and the issue validateDataset must report for it.
 */
import { validDataset } from '../../fixtures/datasets/valid';

type Key = string | number;

/** `contacts[3].participants[1]` → `['contacts', 3, 'participants', 1]`, the same path syntax the issues use. */
export function parsePath(path: string): Key[] {
  const keys: Key[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    keys.push(match[2] === undefined ? (match[1] as string) : Number(match[2]));
  }
  return keys;
}

type Container = Record<Key, unknown>;

function parentOf(root: unknown, path: string): { parent: Container; key: Key } {
  const keys = parsePath(path);
  const key = keys.pop();
  let parent = root;
  for (const step of keys) parent = (parent as Container)[step];
  if (key === undefined || typeof parent !== 'object' || parent === null) throw new Error(`bad test path ${path}`);
  return { parent: parent as Container, key };
}

/** An edit of the fixture; it returns the input to validate (usually the edited fixture itself). */
export type Edit = (data: Container) => unknown;

export const set =
  (path: string, value: unknown): Edit =>
  (data) => {
    const { parent, key } = parentOf(data, path);
    parent[key] = value;
    return data;
  };

export const remove =
  (path: string): Edit =>
  (data) => {
    const { parent, key } = parentOf(data, path);
    delete parent[key];
    return data;
  };

export const push =
  (path: string, value: unknown): Edit =>
  (data) => {
    const { parent, key } = parentOf(data, path);
    (parent[key] as unknown[]).push(value);
    return data;
  };

export const all =
  (...edits: Edit[]): Edit =>
  (data) => {
    for (const edit of edits) edit(data);
    return data;
  };

/** The input a case describes: its edit applied to a fresh valid fixture. */
export function apply(edit: Edit): unknown {
  return edit(validDataset() as unknown as Container);
}

export interface MalformedCase {
  readonly name: string;
  readonly edit: Edit;
  /** The exact path of the issue validateDataset must report. */
  readonly path: string;
  /** A fragment of that message. */
  readonly message: string;
}

const seedUrl =
  'https://marxistleninists.org/Soviet%20Archives/Foreign%20Policy/june%201%201937%20record%20conversation%20Karsky.htm';
const seedDocument = '1937-06-01-karsky-ataturk';
const telegramDocument = '1937-05-14-litvinov-inonu-london';

/** Problems of shape, type and format: validateDataset and the JSON Schema must both reject each one. */
export const structuralCases: readonly MalformedCase[] = [
  { name: 'input is not an object', edit: () => [], path: '', message: 'expected the dataset' },
  { name: 'input is null', edit: () => null, path: '', message: 'got null' },
  {
    name: 'a collection is missing',
    edit: remove('contacts'),
    path: 'contacts',
    message: 'missing (expected an array of contacts)',
  },
  { name: 'a meta field is missing', edit: remove('meta.version'), path: 'meta.version', message: 'missing' },
  {
    name: 'a field of the wrong type',
    edit: set('people[0].aliases', 'M. Karsky'),
    path: 'people[0].aliases',
    message: 'expected an array of names, got "M. Karsky"',
  },
  {
    name: 'an unknown property on a record',
    edit: set('contacts[0].colour', 'red'),
    path: 'contacts[0].colour',
    message: 'unknown property',
  },
  {
    name: 'an unknown property in a nested object',
    edit: set('documents[1].text.footnotes', []),
    path: 'documents[1].text.footnotes',
    message: 'unknown property (expected only paragraphs, signature)',
  },
  { name: 'an empty id', edit: set('places[1].id', ''), path: 'places[1].id', message: 'invalid id ""' },
  {
    name: 'an id not matching the id pattern',
    edit: set('contacts[0].participants[1]', 'Ataturk'),
    path: 'contacts[0].participants[1]',
    message: 'invalid id "Ataturk" (expected lowercase letters and digits',
  },
  {
    name: 'a number where an id is expected',
    edit: set('documents[1].author', 7),
    path: 'documents[1].author',
    message: 'expected a person id or null, got 7',
  },
  {
    name: 'an invalid enum value',
    edit: set('contacts[2].kind', 'meting'),
    path: 'contacts[2].kind',
    message: 'invalid kind "meting" (expected one of meeting, talks, telegram, letter, message)',
  },
  {
    name: 'a date that is not ISO',
    edit: set('documents[0].date.when', '14 May 1937'),
    path: 'documents[0].date.when',
    message: 'invalid date "14 May 1937" (expected YYYY, YYYY-MM or YYYY-MM-DD)',
  },
  {
    name: 'an impossible calendar date',
    edit: set('documents[0].date.when', '1937-02-30'),
    path: 'documents[0].date.when',
    message: 'invalid date "1937-02-30" (expected YYYY, YYYY-MM or YYYY-MM-DD)',
  },
  {
    name: '29 February of a common year',
    edit: set('contacts[1].date.from', '1937-02-29'),
    path: 'contacts[1].date.from',
    message: 'invalid date "1937-02-29"',
  },
  {
    name: 'month 13 in an office date',
    edit: set('people[2].offices[0].to', '1939-13'),
    path: 'people[2].offices[0].to',
    message: 'invalid date "1939-13"',
  },
  {
    name: 'a date with two forms',
    edit: set('contacts[0].date.from', '1937-06-01'),
    path: 'contacts[0].date',
    message: 'mixes date forms (when, from): expected exactly one of',
  },
  {
    name: 'an uncertain date without bounds',
    edit: set('contacts[3].date', { basis: 'inferred' }),
    path: 'contacts[3].date',
    message: 'an uncertain date needs notBefore, notAfter or both',
  },
  {
    name: 'a span without its end',
    edit: remove('contacts[1].date.to'),
    path: 'contacts[1].date.to',
    message: 'missing',
  },
  {
    name: 'a date that is a string',
    edit: set('contacts[0].date', '1937-06-01'),
    path: 'contacts[0].date',
    message: 'expected a date object, got "1937-06-01"',
  },
  {
    name: 'a quote evidence with a string paragraph',
    edit: set('contacts[0].evidence[0].paragraph', '2'),
    path: 'contacts[0].evidence[0].paragraph',
    message: 'expected a non-negative integer, got "2"',
  },
  {
    name: 'a quote evidence with a negative paragraph',
    edit: set('contacts[0].evidence[0].paragraph', -1),
    path: 'contacts[0].evidence[0].paragraph',
    message: 'expected a non-negative integer, got -1',
  },
  {
    name: 'an evidence item of an unknown kind',
    edit: set('contacts[0].evidence[0].kind', 'citation'),
    path: 'contacts[0].evidence[0].kind',
    message: 'invalid kind "citation" (expected one of quote, record, context)',
  },
  {
    name: 'a record evidence with a quote',
    edit: set('contacts[2].evidence[0].quote', 'from London'),
    path: 'contacts[2].evidence[0].quote',
    message: 'unknown property (expected only kind, document, facts, url)',
  },
  {
    name: 'a record evidence without a facts row',
    edit: set('contacts[2].evidence[0].facts', 'row 1'),
    path: 'contacts[2].evidence[0].facts',
    message: 'invalid facts row "row 1"',
  },
  {
    name: 'a contact without evidence',
    edit: set('contacts[2].evidence', []),
    path: 'contacts[2].evidence',
    message: 'too few items: expected a non-empty array of evidence items, got 0',
  },
  {
    name: 'a summary that is not editorial',
    edit: set('contacts[0].summary.basis', 'printed'),
    path: 'contacts[0].summary.basis',
    message: 'invalid basis "printed" (expected "editorial")',
  },
  {
    name: 'a title of unknown basis',
    edit: set('documents[0].title.basis', 'guessed'),
    path: 'documents[0].title.basis',
    message: 'invalid basis "guessed" (expected one of printed, editorial)',
  },
  {
    name: 'null where an array is required',
    edit: set('documents[0].recipients', null),
    path: 'documents[0].recipients',
    message: 'expected an array of person ids, got null',
  },
  {
    name: 'participants that are not an array',
    edit: set('contacts[0].participants', 'karsky'),
    path: 'contacts[0].participants',
    message: 'expected an array of at least 2 person ids, got "karsky"',
  },
  {
    name: 'a participant listed twice',
    edit: set('contacts[0].participants', ['karsky', 'karsky']),
    path: 'contacts[0].participants[1]',
    message: 'duplicate "karsky" (already at contacts[0].participants[0])',
  },
  {
    name: 'a direction with no recipient',
    edit: set('contacts[2].direction.to', []),
    path: 'contacts[2].direction.to',
    message: 'too few items',
  },
  {
    name: 'a full text without paragraphs',
    edit: set('documents[1].text.paragraphs', []),
    path: 'documents[1].text.paragraphs',
    message: 'too few items: expected a non-empty array of paragraphs, got 0',
  },
  {
    name: 'a blank paragraph',
    edit: set('documents[1].text.paragraphs[2]', '   '),
    path: 'documents[1].text.paragraphs[2]',
    message: 'expected a non-empty string, got "   "',
  },
  {
    name: 'a text that is a string',
    edit: set('documents[1].text', 'The conversation began'),
    path: 'documents[1].text',
    message: 'expected a document text or null',
  },
  {
    name: 'a provenance reference outside facts.md',
    edit: set('polities[0].provenance[0].ref', 'row 4'),
    path: 'polities[0].provenance[0].ref',
    message: 'invalid facts reference "row 4"',
  },
  {
    name: 'a seed provenance without its file',
    edit: set('people[0].provenance[0]', { from: 'seed' }),
    path: 'people[0].provenance[0].file',
    message: 'missing (expected a non-empty string)',
  },
  {
    name: 'a provenance of unknown origin',
    edit: set('people[0].provenance[0].from', 'memory'),
    path: 'people[0].provenance[0].from',
    message: 'invalid from "memory" (expected one of seed, facts)',
  },
  {
    name: 'a record without provenance',
    edit: set('places[1].provenance', []),
    path: 'places[1].provenance',
    message: 'too few items',
  },
  {
    name: 'a language that is not an ISO 639-1 code',
    edit: set('documents[0].language', 'English'),
    path: 'documents[0].language',
    message: 'invalid language "English"',
  },
  {
    name: 'an office certainty other than uncertain',
    edit: set('people[2].offices[0].certainty', 'probable'),
    path: 'people[2].offices[0].certainty',
    message: 'invalid certainty "probable" (expected "uncertain")',
  },
  {
    name: 'a source url that is not a URL',
    edit: set('documents[1].source.url', 'june 1 1937.htm'),
    path: 'documents[1].source.url',
    message: 'invalid URL "june 1 1937.htm"',
  },
  {
    name: 'a citation without its delo',
    edit: remove('documents[1].source.citation.delo'),
    path: 'documents[1].source.citation.delo',
    message: 'missing',
  },
];

/** Problems of meaning, beyond what a JSON Schema can express: only validateDataset is expected to find them. */
export const semanticCases: readonly MalformedCase[] = [
  {
    name: 'an unknown participant',
    edit: set('contacts[0].participants[1]', 'ataturc'),
    path: 'contacts[0].participants[1]',
    message: 'unknown person "ataturc"',
  },
  {
    name: 'an unknown possible identity',
    edit: set('people[4].possibly[0].person', 'litvinoff'),
    path: 'people[4].possibly[0].person',
    message: 'unknown person "litvinoff"',
  },
  {
    name: 'an unknown polity of a person',
    edit: set('people[0].polity', 'soviet-union'),
    path: 'people[0].polity',
    message: 'unknown polity "soviet-union"',
  },
  {
    name: 'an unknown polity of a place',
    edit: set('places[1].polity', 'turkiye'),
    path: 'places[1].polity',
    message: 'unknown polity "turkiye"',
  },
  {
    name: 'an unknown place of a document',
    edit: set('documents[0].place.place', 'londres'),
    path: 'documents[0].place.place',
    message: 'unknown place "londres"',
  },
  {
    name: 'an identification of an unknown person',
    edit: set('documents[0].identifications[0].person', 'litvinow'),
    path: 'documents[0].identifications[0].person',
    message: 'unknown person "litvinow"',
  },
  {
    name: 'a duplicate id',
    edit: (data) => push('people', structuredClone((data.people as unknown[])[0]))(data),
    path: 'people[6].id',
    message: 'duplicate id "karsky" (already used by people[0])',
  },
  {
    name: 'polities not derived from the participants',
    edit: set('contacts[2].polities', ['turkey', 'ussr']),
    path: 'contacts[2].polities',
    message: 'expected ["ussr"] (the sorted polities of the participants), got ["turkey","ussr"]',
  },
  {
    name: 'polities not sorted',
    edit: set('contacts[0].polities', ['ussr', 'turkey']),
    path: 'contacts[0].polities',
    message: 'expected ["turkey","ussr"]',
  },
  {
    name: 'a quote that is not verbatim',
    edit: set('contacts[0].evidence[0].quote', 'Ataturk was clearly very pleased.'),
    path: 'contacts[0].evidence[0].quote',
    message: `"Ataturk was clearly very pleased." is not verbatim in paragraph 2 of document "${seedDocument}"`,
  },
  {
    name: 'a paragraph out of range',
    edit: set('contacts[0].evidence[0].paragraph', 4),
    path: 'contacts[0].evidence[0].paragraph',
    message: 'paragraph 4 out of range (document "1937-06-01-karsky-ataturk" has 4, indexed from 0)',
  },
  {
    name: 'a quote from a metadata-only document',
    edit: set('contacts[2].evidence[0]', { kind: 'quote', document: telegramDocument, paragraph: 0, quote: 'London' }),
    path: 'contacts[2].evidence[0].document',
    message: `document "${telegramDocument}" has no full text`,
  },
  {
    name: 'a record evidence for a full-text document',
    edit: set('contacts[0].evidence[0]', {
      kind: 'record',
      document: seedDocument,
      facts: 'documents#4',
      url: seedUrl,
    }),
    path: 'contacts[0].evidence[0].document',
    message: `document "${seedDocument}" has full text`,
  },
  {
    name: 'a record evidence whose url is not the document source',
    edit: set('contacts[2].evidence[0].url', seedUrl),
    path: 'contacts[2].evidence[0].url',
    message: "expected the document's source url",
  },
  {
    name: 'evidence from a document the contact does not list',
    edit: push('contacts[2].evidence', {
      kind: 'quote',
      document: seedDocument,
      paragraph: 2,
      quote: 'Atatürk was clearly very pleased.',
    }),
    path: 'contacts[2].evidence[1].document',
    message: `document "${seedDocument}" is not among the contact's documents`,
  },
  {
    name: 'a listed document without evidence',
    edit: push('contacts[0].documents', telegramDocument),
    path: 'contacts[0].documents[1]',
    message: `no evidence item names document "${telegramDocument}"`,
  },
  {
    name: 'a direction on a meeting',
    edit: set('contacts[0].direction', { from: ['karsky'], to: ['ataturk'] }),
    path: 'contacts[0].direction',
    message: 'expected null for a meeting',
  },
  {
    name: 'a telegram without direction',
    edit: set('contacts[2].direction', null),
    path: 'contacts[2].direction',
    message: 'missing for a telegram',
  },
  {
    name: 'a direction member who is not a participant',
    edit: set('contacts[3].direction.to', ['ataturk']),
    path: 'contacts[3].direction.to[0]',
    message: '"ataturk" is not a participant of the contact',
  },
  {
    name: 'a sender who is also a recipient',
    edit: set('contacts[3].direction.to', ['karsky', 'litvinov']),
    path: 'contacts[3].direction.to[1]',
    message: '"litvinov" is both sender and recipient',
  },
  {
    name: 'a span that ends before it starts',
    edit: set('contacts[1].date', { from: '1937-05-14', to: '1937-05-13', basis: 'inferred' }),
    path: 'contacts[1].date',
    message: 'span ends before it starts (from "1937-05-14", to "1937-05-13")',
  },
  {
    name: 'notBefore after notAfter',
    edit: set('contacts[3].date', { notBefore: '1937-06', notAfter: '1937-05-31', basis: 'inferred' }),
    path: 'contacts[3].date',
    message: 'notBefore "1937-06" is after notAfter "1937-05-31"',
  },
  {
    name: 'an office that ends before it starts',
    edit: set('people[2].offices[0].from', '1939-06'),
    path: 'people[2].offices[0]',
    message: 'office ends before it starts (from "1939-06", to "1939-05-03")',
  },
  {
    name: 'a contact after the document that records it',
    edit: set('contacts[0].date.when', '1937-06-02'),
    path: 'contacts[0].date',
    message: `the contact starts 1937-06-02, after document "${seedDocument}" that records it ends (1937-06-01)`,
  },
];

/** Three independent problems (one structural, two of meaning) that must be reported together, and only they. */
export const threeProblems = {
  edit: all(
    set('contacts[2].kind', 'meting'),
    set('people[4].possibly[0].person', 'litvinoff'),
    set('contacts[0].evidence[0].quote', 'not in the text'),
  ),
  paths: ['contacts[2].kind', 'people[4].possibly[0].person', 'contacts[0].evidence[0].quote'],
};
