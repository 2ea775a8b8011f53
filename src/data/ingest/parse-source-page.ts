// parseSourcePage: the entry point that reads a page of the collection into its parts, and its result type.
/**
 * Ingestion of one page of the collection "Selected Secret Documents from Soviet Foreign Policy Documents Archives -
 * 1919 to 1941" (marxistleninists.org), saved as plain text: the site header, the document's title line, a dateline
 * (a date with optional markings such as "secret"), the paragraphs, a signature and sometimes an archive reference.
 *
 * The page's text is kept as printed except for a fixed set of normalisations (whitespace, two typographic
 * characters, paragraphs broken in mid-sentence, a date repeated at the end of the title, repairs of the archive
 * reference). Each one is logged as a `Correction`, in the order applied, so that the printed text can be recovered.
 */
import type { ArchiveCitation, Correction, DateValue, DocumentText, LabelledText } from '../types';
import { applyCharacterRule, HYPHEN_U2010, PRIME_AS_APOSTROPHE } from './character-rules';
import { findCitation, readCitation } from './citation';
import { CorrectionLog } from './corrections';
import { chooseDate, classificationOf, MARKING_LINE, readDateline, readTitleDate } from './dateline';
import { COLLECTION_TITLE, linesAfterHeader, type PageLine, splitLines } from './page-header';
import { joinBrokenParagraphs, type Paragraph } from './paragraphs';
import { looksLikeOffice, SIGNATURE_NAME } from './signature';
import { SourcePageError } from './source-page-error';
import { collapse, normaliseWhitespace } from './whitespace';

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
