/**
 * Ingestion of one page of the collection "Selected Secret Documents from Soviet Foreign Policy Documents Archives -
 * 1919 to 1941" (marxistleninists.org), saved as plain text: the site header, the document's title line, a dateline
 * (a date with optional markings such as "secret"), the paragraphs, a signature and sometimes an archive reference.
 *
 * The page's text is kept as printed except for a fixed set of normalisations (whitespace, two typographic
 * characters, paragraphs broken in mid-sentence, a date repeated at the end of the title, repairs of the archive
 * reference). Each one is logged as a `Correction`, in the order applied, so that the printed text can be recovered.
 */
import { isIsoDate } from './dates';
import type { ArchiveCitation, Correction, DateValue, DocumentText, LabelledText } from './types';

export interface ParsedSourcePage {
  /** The printed title line, without a date at its end (that removal is recorded as a correction). */
  title: LabelledText;
  /** The dateline as printed, whitespace-normalised only, e.g. "May 13, 1939 secret". */
  dateline: string | null;
  date: DateValue | null;
  /** The marking, lower case: 'secret', 'top secret', or null when none is printed. */
  classification: string | null;
  text: DocumentText;
  citation: ArchiveCitation | null;
  /** Every normalisation applied to the printed text, in the order applied. */
  corrections: Correction[];
}

/** Thrown for text that is not a readable page of the collection; the message says what was expected. */
export class SourcePageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourcePageError';
  }
}

const COLLECTION_TITLE = 'Selected Secret Documents from Soviet Foreign Policy Documents Archives - 1919 to 1941';

// ---------------------------------------------------------------------------------------------------------------
// The correction log

/** Collects corrections in the order applied; identical ones (same text, same reason) are counted, not repeated. */
class CorrectionLog {
  private readonly entries: (Correction & { count: number })[] = [];

  add(original: string, corrected: string, reason: string): void {
    if (original === corrected) return;
    const same = this.entries.find((e) => e.original === original && e.corrected === corrected && e.reason === reason);
    if (same) same.count += 1;
    else this.entries.push({ original, corrected, reason, count: 1 });
  }

  list(): Correction[] {
    return this.entries.map(({ original, corrected, reason, count }) => ({
      original,
      corrected,
      reason: count > 1 ? `${reason} (${count} occurrences)` : reason,
    }));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Lines and the site header

/** A line of the page with its position, so that the exact printed text between two lines can be quoted. */
interface PageLine {
  text: string;
  start: number;
  end: number;
}

function splitLines(page: string): PageLine[] {
  const lines: PageLine[] = [];
  let start = 0;
  for (const m of page.matchAll(/\r\n|\r|\n/g)) {
    lines.push({ text: page.slice(start, m.index), start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ text: page.slice(start), start, end: page.length });
  return lines;
}

/** `trim` and `\s` include the non-breaking space, which the pages use as a blank. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const isBlank = (line: PageLine): boolean => line.text.trim() === '';

const COLLECTION_TITLE_LINE = /^Selected Secret Documents from Soviet Foreign Policy Documents Archives\b/i;
const OTHER_HEADER_LINES = [/^Marx-Engels\b.*\|.*\bHome Page$/i, /^Concentrated on\b/i, /^Download PDF$/i];

/** The non-blank lines after the site header (collection title, menu, repeated title, description, PDF link). */
function linesAfterHeader(lines: PageLine[]): PageLine[] {
  let sawCollectionTitle = false;
  let index = 0;
  for (; index < lines.length; index++) {
    const line = lines[index] as PageLine;
    if (isBlank(line)) continue;
    const text = collapse(line.text);
    if (COLLECTION_TITLE_LINE.test(text)) sawCollectionTitle = true;
    else if (!OTHER_HEADER_LINES.some((pattern) => pattern.test(text))) break;
  }
  if (!sawCollectionTitle) {
    throw new SourcePageError(
      `Not a page of the collection: expected its site header, with the collection title "${COLLECTION_TITLE}", ` +
        'before the document.',
    );
  }
  return lines.slice(index).filter((line) => !isBlank(line));
}

// ---------------------------------------------------------------------------------------------------------------
// Rule 1: whitespace

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * Reads non-breaking and other spaces as spaces, collapses runs to one space and trims the line. Each stretch of
 * irregular whitespace is logged with the words around it; runs a few words apart are logged as one stretch, so that a
 * reader sees the passage ("will   be perfect frankness   and") rather than a list of bare blanks.
 */
function normaliseWhitespace(text: string, log: CorrectionLog): string {
  // Words at even indices, whitespace runs at odd ones; a leading or trailing run leaves an empty word at the edge.
  const parts = text.split(/(\s+)/);
  const last = parts.length - 1;
  const fixedRun = (k: number): string =>
    (k === 1 && parts[0] === '') || (k === last - 1 && parts[last] === '') ? '' : ' ';

  const irregular: number[] = [];
  for (let k = 1; k < last; k += 2) if (parts[k] !== fixedRun(k)) irregular.push(k);

  const WORDS_APART_TO_MERGE = 3;
  const clusters: number[][] = [];
  for (const k of irregular) {
    const current = clusters[clusters.length - 1];
    const previous = current?.[current.length - 1];
    if (current && previous !== undefined && (k - previous) / 2 <= WORDS_APART_TO_MERGE) current.push(k);
    else clusters.push([k]);
  }

  for (const cluster of clusters) {
    const first = cluster[0] as number;
    const lastRun = cluster[cluster.length - 1] as number;
    let original = '';
    let corrected = '';
    let nbsp = 0;
    let otherBlanks = 0;
    let collapsed = 0;
    for (let k = first - 1; k <= lastRun + 1; k++) {
      const part = parts[k] as string;
      original += part;
      if (k % 2 === 0) {
        corrected += part;
        continue;
      }
      const fixed = fixedRun(k);
      corrected += fixed;
      nbsp += (part.match(/\u00a0/g) ?? []).length;
      otherBlanks += (part.match(/[^ \u00a0]/g) ?? []).length;
      if (fixed === ' ' && part.length > 1) collapsed += 1;
    }
    const what: string[] = [];
    const asSpaces = (n: number): string => (n === 1 ? 'read as a space' : 'read as spaces');
    if (nbsp > 0) what.push(`${plural(nbsp, 'non-breaking space', 'non-breaking spaces')} (U+00A0) ${asSpaces(nbsp)}`);
    if (otherBlanks > 0) {
      what.push(`${plural(otherBlanks, 'other blank character', 'other blank characters')} ${asSpaces(otherBlanks)}`);
    }
    if (collapsed > 0) what.push(`${plural(collapsed, 'run', 'runs')} of whitespace collapsed to one space`);
    if (first === 1 && parts[0] === '') what.push('whitespace removed from the start of the line');
    if (lastRun === last - 1 && parts[last] === '') what.push('whitespace removed from the end of the line');
    log.add(original, corrected, `Whitespace normalised: ${what.join('; ')}`);
  }
  return collapse(text);
}

// ---------------------------------------------------------------------------------------------------------------
// Rules 2 and 3: typographic characters, fixed word by word so that the log shows each word changed

interface CharacterRule {
  fix(word: string): string;
  reason(word: string, fixed: string): string;
}

const PRIME_AS_APOSTROPHE: CharacterRule = {
  // U+02B9 after a letter can only be an apostrophe ("peopleʹs"); elsewhere it is left alone.
  fix: (word) => word.replace(/(\p{L})\u02b9/gu, '$1\u2019'),
  reason: () =>
    'Modifier letter prime (U+02B9) used as an apostrophe written as the apostrophe (’, U+2019) the pages otherwise print',
};

const HYPHEN_U2010: CharacterRule = {
  fix: (word) => word.replace(/(\d)\u2010(?=\d)/g, '$1\u2013').replace(/(\p{L})\u2010(?=\p{L})/gu, '$1-'),
  reason: (word) => {
    const why: string[] = [];
    if (/\d\u2010\d/.test(word)) why.push('hyphen (U+2010) between numbers written as an en dash (–) for a range');
    if (/\p{L}\u2010\p{L}/u.test(word)) why.push('hyphen (U+2010) in a compound word written as an ASCII hyphen (-)');
    const text = why.join('; ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  },
};

function applyCharacterRule(text: string, rule: CharacterRule, log: CorrectionLog): string {
  return text.replace(/\S+/g, (word) => {
    const fixed = rule.fix(word);
    if (fixed !== word) log.add(word, fixed, rule.reason(word, fixed));
    return fixed;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Dates: the dateline, and a date repeated at the end of the title

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const month = (group: string): string => `(?<${group}>${MONTHS.join('|')})`;
const DASH = '[-\u2010\u2011\u2013\u2014]';

/**
 * The date forms the collection prints (English month names): "June 1, 1937", "July 15‐17, 1937",
 * "24 November 1938", and the machine-translated Russian order "1937 g on May 14." / "1937 g 25 on May.";
 * "June 1937" gives only the month.
 */
const DATE_FORMS = [
  `${month('month')}\\s+(?<day>\\d{1,2})(?:\\s*${DASH}\\s*(?:${month('monthTo')}\\s+)?(?<dayTo>\\d{1,2}))?,?\\s+(?<year>\\d{4})`,
  `(?<day>\\d{1,2})(?:\\s*${DASH}\\s*(?<dayTo>\\d{1,2}))?\\s+${month('month')},?\\s+(?<year>\\d{4})`,
  `(?<year>\\d{4})\\s+g\\.?\\s+on\\s+${month('month')}\\s+(?<day>\\d{1,2})\\.?`,
  `(?<year>\\d{4})\\s+g\\.?\\s+(?<day>\\d{1,2})\\s+on\\s+${month('month')}\\.?`,
  `${month('month')},?\\s+(?<year>\\d{4})`,
];

/** Markings printed with a date; only "secret" and "top secret" become the classification. */
const MARKING = '(?:top\\s+secret|secret|out\\s+of\\s+line|immediately|urgent)';

const DATELINES = DATE_FORMS.map(
  (form) => new RegExp(`^(?<before>(?:${MARKING}[.,]?\\s+)*)(?:${form})(?<after>(?:[.,]?\\s+${MARKING})*\\.?)$`, 'iu'),
);
const MARKING_LINE = new RegExp(`^(?:${MARKING}[.,]?\\s*)+$`, 'iu');
// The date must follow punctuation (". June 1, 1937") or repeat the dateline: "Treaty of March 16, 1921" keeps its date.
const TITLE_DATES = DATE_FORMS.map(
  (form) => new RegExp(`^(?<rest>.*?[^\\s.,;:])(?<separator>[.,;:]?\\s+)(?<date>(?:${form})\\.?)$`, 'iu'),
);

type Groups = Record<string, string | undefined>;

const iso = (year: string, monthName: string, day?: string): string => {
  const monthNumber = String(MONTHS.indexOf(monthName.toLowerCase()) + 1).padStart(2, '0');
  return day === undefined ? `${year}-${monthNumber}` : `${year}-${monthNumber}-${day.padStart(2, '0')}`;
};

function dateFromGroups(groups: Groups, printed: string): DateValue {
  const { year, month: monthName, day, dayTo, monthTo } = groups;
  if (year === undefined || monthName === undefined) throw new Error('date pattern without year or month');
  const from = iso(year, monthName, day);
  const to = dayTo === undefined ? undefined : iso(year, monthTo ?? monthName, dayTo);
  for (const value of [from, to]) {
    if (value !== undefined && !isIsoDate(value)) {
      throw new SourcePageError(`The date "${printed}" names a day that does not exist (${value}).`);
    }
  }
  if (to === undefined) return { when: from, basis: 'stated' };
  if (to < from) throw new SourcePageError(`The date range "${printed}" ends before it begins.`);
  return { from, to, basis: 'stated' };
}

interface Dateline {
  date: DateValue;
  markings: string;
}

function readDateline(text: string): Dateline | null {
  for (const pattern of DATELINES) {
    const m = pattern.exec(text);
    if (m?.groups) {
      return { date: dateFromGroups(m.groups, text), markings: `${m.groups.before ?? ''} ${m.groups.after ?? ''}` };
    }
  }
  return null;
}

interface TitleDate {
  /** The title without the date. */
  rest: string;
  /** The separator and the date as printed (". June 1, 1937"). */
  tail: string;
  printed: string;
  date: DateValue;
}

function readTitleDate(title: string, datelineDate: DateValue | null): TitleDate | null {
  for (const pattern of TITLE_DATES) {
    const m = pattern.exec(title);
    const { rest, separator, date: printed } = m?.groups ?? {};
    if (!m?.groups || rest === undefined || separator === undefined || printed === undefined) continue;
    const date = dateFromGroups(m.groups, printed);
    const repeatsDateline = JSON.stringify(date) === JSON.stringify(datelineDate);
    if (separator.trim() === '' && !repeatsDateline) return null;
    return { rest, tail: separator + printed, printed, date };
  }
  return null;
}

/** The dateline's date; when it gives only the month (or is missing), the title's day fills it in, with a note. */
function chooseDate(
  dateline: { printed: string; date: DateValue } | null,
  titleDate: TitleDate | null,
): DateValue | null {
  if (!dateline) {
    if (!titleDate) return null;
    return { ...titleDate.date, note: `From the title ("${titleDate.printed}"); the page prints no dateline.` };
  }
  const { date } = dateline;
  const monthOnly = 'when' in date && date.when.length === 7;
  if (monthOnly && titleDate && 'when' in titleDate.date && titleDate.date.when.startsWith(date.when)) {
    return {
      when: titleDate.date.when,
      basis: 'stated',
      note: `The day is from the title ("${titleDate.printed}"); the dateline gives only "${dateline.printed}".`,
    };
  }
  return date;
}

function classificationOf(markings: string): string | null {
  if (/top\s+secret/i.test(markings)) return 'top secret';
  if (/secret/i.test(markings)) return 'secret';
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Signature

/** "M. Karsky", "V. Potemkin", "A.V. Terentyev", "G. A. Astakhov": one to three initials and a surname. */
const SIGNATURE_NAME = /^(?:\p{L}\.\s?){1,3}\p{Lu}[\p{L}\u02b9\u2019'\u2010-]+$/u;

/** Words that name a diplomatic or state office; a signature's office line contains one. */
const OFFICE_WORD =
  /\b(?:plenipotentiary|representative|commissar|commissioner|ambassador|envoy|charg[eé]|attorney|consul|minister|secretary|chairman|deputy|counsell?or|attach[eé]|head|chief|director)\b/i;

/**
 * A short line naming an office, without final punctuation or figures, such as "Plenipotentiary of the USSR in
 * Turkey". The office word keeps a paragraph broken off before the signature from being taken for one.
 */
function looksLikeOffice(text: string): boolean {
  return (
    text.length <= 100 &&
    text.split(' ').length <= 12 &&
    /^\p{Lu}/u.test(text) &&
    !/[.!?…:;,]$/.test(text) &&
    !/\d/.test(text) &&
    OFFICE_WORD.test(text)
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Rule 4: paragraphs broken in mid-sentence

interface Paragraph {
  text: string;
  start: number;
  end: number;
}

const endsSentence = (text: string): boolean => /[.!?…:;][”"’»)\]]*$/.test(text);
const startsLowerCase = (text: string): boolean => /^\p{Ll}/u.test(text);
const CONTEXT_WORDS = 6;

function joinBrokenParagraphs(page: string, paragraphs: Paragraph[], log: CorrectionLog): string[] {
  const joined: Paragraph[] = [];
  for (const paragraph of paragraphs) {
    const previous = joined[joined.length - 1];
    if (previous && !endsSentence(previous.text) && startsLowerCase(paragraph.text)) {
      const before = previous.text.split(' ').slice(-CONTEXT_WORDS).join(' ');
      const after = paragraph.text.split(' ').slice(0, CONTEXT_WORDS).join(' ');
      // The original keeps the printed line breaks between the two parts.
      log.add(
        before + page.slice(previous.end, paragraph.start) + after,
        `${before} ${after}`,
        'Paragraph broken in mid-sentence: it ends without final punctuation and the next begins in lower case, ' +
          'so the two are joined with a space',
      );
      previous.text = `${previous.text} ${paragraph.text}`;
      previous.end = paragraph.end;
    } else {
      joined.push({ ...paragraph });
    }
  }
  return joined.map((p) => p.text);
}

// ---------------------------------------------------------------------------------------------------------------
// The archive citation

/** "avp rf, f…" (or its machine rendering "wua rf, f…"): an archive abbreviation, "rf", then the fond. */
const CITATION_START = /(?<!\p{L})(?<archive>\p{L}{2,4}\s*rf)(?!\p{L})\s*[,.]?\s*f(?!\p{L})/iu;
/** One field: its label, an optional period, and a number (with letters a machine may have read for digits). */
const CITATION_FIELD =
  /[\s,;]*(?<label>op|on|ll?|f|p|d)(?<dot>\.?)\s*(?<value>[\dOoIiLl]+(?:\s*[-\u2010\u2011\u2013]\s*[\dOoIiLl]+)?)/iy;

const KNOWN_ARCHIVES: Record<string, { name: string; reason: string }> = {
  'avp rf': {
    name: 'AVP RF',
    reason:
      'Archive abbreviation written in capitals (АВП РФ, the Archive of Foreign Policy of the Russian Federation)',
  },
  'wua rf': {
    name: 'AVP RF',
    reason:
      '"wua rf" is a machine rendering of the Cyrillic АВП РФ (the Archive of Foreign Policy of the Russian Federation)',
  },
};

type CitationField = 'fond' | 'opis' | 'papka' | 'delo' | 'folios';
const FIELD_OF_LABEL: Record<string, CitationField> = {
  f: 'fond',
  op: 'opis',
  on: 'opis',
  p: 'papka',
  d: 'delo',
  l: 'folios',
  ll: 'folios',
};

const DASH_NAMES: Record<string, string> = {
  '-': 'hyphen-minus (-)',
  '\u2010': 'hyphen (U+2010)',
  '\u2011': 'non-breaking hyphen (U+2011)',
};

/** A number as read: letters a machine put for digits ("oil" for 011) become the digits, and a range gets an en dash. */
function repairNumber(field: CitationField, printed: string, log: CorrectionLog): string {
  const why: string[] = [];
  let value = printed;
  if (/[OoIiLl]/.test(value)) {
    value = value.replace(/[Oo]/g, '0').replace(/[IiLl]/g, '1');
    why.push(`letters read as the digits they stand for in the ${field} number ("o" as 0, "i" and "l" as 1)`);
  }
  const dash = /\s*([-\u2010\u2011\u2013])\s*/.exec(value);
  if (dash && dash[0] !== '\u2013') {
    value = value.replace(dash[0], '\u2013');
    const printedDash = dash[1] as string;
    why.push(
      printedDash === '\u2013'
        ? 'spaces around the en dash of a range removed'
        : `range written with an en dash (–) instead of the printed ${DASH_NAMES[printedDash] ?? printedDash}`,
    );
  }
  const reason = why.join('; ');
  log.add(printed, value, reason.charAt(0).toUpperCase() + reason.slice(1));
  return value;
}

function findCitation(text: string): { start: number; archive: string } | null {
  const m = CITATION_START.exec(text);
  return m?.groups?.archive === undefined ? null : { start: m.index, archive: m.groups.archive };
}

function readCitation(raw: string, archive: string, log: CorrectionLog): ArchiveCitation {
  const rest = raw.slice(archive.length);
  const printed: Partial<Record<CitationField, { label: string; dot: string; value: string }>> = {};
  let position = 0;
  while (!/^[\s.,;]*$/.test(rest.slice(position))) {
    CITATION_FIELD.lastIndex = position;
    const m = CITATION_FIELD.exec(rest);
    const { label, dot, value } = m?.groups ?? {};
    const field = label === undefined ? undefined : FIELD_OF_LABEL[label.toLowerCase()];
    if (!m || label === undefined || dot === undefined || value === undefined || field === undefined) {
      const unread = rest
        .slice(position)
        .replace(/^[\s,;]+/, '')
        .trim();
      throw new SourcePageError(
        `The archive citation "${raw}" could not be read at "${unread}": ` +
          'expected fields such as "f. 011", "op. 4", "p. 24", "d. 7", "ll. 29–30".',
      );
    }
    if (printed[field]) throw new SourcePageError(`The archive citation "${raw}" gives the ${field} twice.`);
    printed[field] = { label, dot, value };
    position = CITATION_FIELD.lastIndex;
  }
  const missing = (['fond', 'opis', 'delo', 'folios'] as const).filter((field) => !printed[field]);
  if (missing.length > 0) {
    throw new SourcePageError(
      `The archive citation "${raw}" has no ${missing.join(', ')}: expected f., op., d. and l.`,
    );
  }

  const known = KNOWN_ARCHIVES[collapse(archive).toLowerCase()];
  const archiveName = known ? known.name : collapse(archive);
  if (known) log.add(archive, known.name, known.reason);
  const read = (field: CitationField): string | null => {
    const entry = printed[field];
    if (!entry) return null;
    if (field === 'opis' && entry.label.toLowerCase() === 'on') {
      const printedLabel = entry.label + entry.dot;
      log.add(
        printedLabel,
        `op${entry.dot}`,
        `"${printedLabel}" read as "op${entry.dot}" (opis): it is the Cyrillic "оп." rendered in Latin letters`,
      );
    }
    return repairNumber(field, entry.value, log);
  };
  // Read in printed order of the fields, so the log lists the repairs as a reader meets them. The four required
  // fields were checked above; the fallbacks only satisfy the type checker.
  const fond = read('fond') ?? '';
  const opis = read('opis') ?? '';
  const papka = read('papka');
  const delo = read('delo') ?? '';
  const folios = read('folios') ?? '';
  return { raw, archive: archiveName, fond, opis, papka, delo, folios };
}

// ---------------------------------------------------------------------------------------------------------------
// The page

/** Parses a page of the collection into its parts, normalising its text and logging every change made. */
export function parseSourcePage(text: string): ParsedSourcePage {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new SourcePageError(`The page is empty: expected a page of the collection "${COLLECTION_TITLE}".`);
  }
  const lines = linesAfterHeader(splitLines(text));
  const [titleLine, ...afterTitle] = lines;
  if (!titleLine) throw new SourcePageError('No document title: expected a line after the site header.');
  if (readDateline(collapse(titleLine.text))) {
    throw new SourcePageError(
      `No document title: expected a title line after the site header, found the dateline "${collapse(titleLine.text)}".`,
    );
  }

  // The dateline is the line after the title; a marking may stand on a line of its own just before or after it.
  const isMarkingLine = (line: PageLine | undefined): line is PageLine =>
    line !== undefined && MARKING_LINE.test(collapse(line.text)) && classificationOf(line.text) !== null;
  const markingLines: PageLine[] = [];
  let datelineLine: PageLine | undefined;
  let next = 0;
  if (isMarkingLine(afterTitle[0]) && afterTitle[1] && readDateline(collapse(afterTitle[1].text))) {
    markingLines.push(afterTitle[0]);
    datelineLine = afterTitle[1];
    next = 2;
  } else if (afterTitle[0] && readDateline(collapse(afterTitle[0].text))) {
    datelineLine = afterTitle[0];
    next = 1;
  }
  if (datelineLine && isMarkingLine(afterTitle[next])) markingLines.push(afterTitle[next++] as PageLine);
  const bodyLines = afterTitle.slice(next);

  // An archive reference stands at the end of the last line, alone or after the signature.
  let citationParts: { raw: string; archive: string } | null = null;
  const lastLine = bodyLines[bodyLines.length - 1];
  const found = lastLine ? findCitation(lastLine.text) : null;
  if (lastLine && found) {
    citationParts = { raw: lastLine.text.slice(found.start).trim(), archive: found.archive };
    const before = lastLine.text.slice(0, found.start).trimEnd();
    bodyLines.pop();
    if (before.trim() !== '')
      bodyLines.push({ text: before, start: lastLine.start, end: lastLine.start + before.length });
  }

  const log = new CorrectionLog();

  // Rule 1, in page order.
  const titleText = normaliseWhitespace(titleLine.text, log);
  const datelineText = datelineLine ? normaliseWhitespace(datelineLine.text, log) : null;
  const body = bodyLines.map((line) => ({ ...line, text: normaliseWhitespace(line.text, log) }));

  // Structure: the signature at the end, the paragraphs before it.
  let signature: { office: string | null; name: string } | null = null;
  const nameLine = body[body.length - 1];
  if (nameLine && SIGNATURE_NAME.test(nameLine.text)) {
    body.pop();
    const officeLine = body[body.length - 1];
    const office = officeLine && looksLikeOffice(officeLine.text) ? (body.pop() as Paragraph).text : null;
    signature = { office, name: nameLine.text };
  }
  if (body.length === 0) {
    throw new SourcePageError(`No text: expected at least one paragraph after the title "${titleText}".`);
  }

  const dateline = datelineText === null ? null : readDateline(datelineText);
  const titleDate = readTitleDate(titleText, dateline?.date ?? null);
  let title = titleDate ? titleDate.rest : titleText;

  // Rules 2 and 3 on all text but the dateline, which stays as printed.
  for (const rule of [PRIME_AS_APOSTROPHE, HYPHEN_U2010]) {
    title = applyCharacterRule(title, rule, log);
    for (const paragraph of body) paragraph.text = applyCharacterRule(paragraph.text, rule, log);
    if (signature) {
      const office = signature.office === null ? null : applyCharacterRule(signature.office, rule, log);
      signature = { office, name: applyCharacterRule(signature.name, rule, log) };
    }
  }

  // Rule 4.
  const paragraphs = joinBrokenParagraphs(text, body, log);

  // Rule 5: the title's date is logged with the title's last word, so the change reads in context.
  if (titleDate) {
    const lastWord = title.split(' ').pop() ?? '';
    log.add(
      lastWord + titleDate.tail,
      lastWord,
      'Date at the end of the title removed: the dateline gives the date (see "date")',
    );
  }

  const citation = citationParts ? readCitation(citationParts.raw, citationParts.archive, log) : null;
  const markings = [dateline?.markings ?? '', ...markingLines.map((line) => line.text)].join(' ');

  return {
    title: { text: title, basis: 'printed' },
    dateline: datelineText,
    date: chooseDate(
      dateline && datelineText !== null ? { printed: datelineText, date: dateline.date } : null,
      titleDate,
    ),
    classification: classificationOf(markings),
    text: { paragraphs, signature },
    citation,
    corrections: log.list(),
  };
}
