// The page's lines, and the site header that comes before the document.
import { SourcePageError } from './source-page-error';
import { collapse } from './whitespace';

export const COLLECTION_TITLE =
  'Selected Secret Documents from Soviet Foreign Policy Documents Archives - 1919 to 1941';

/** A line of the page with its position, so that the exact printed text between two lines can be quoted. */
export interface PageLine {
  text: string;
  start: number;
  end: number;
}

export function splitLines(page: string): PageLine[] {
  const lines: PageLine[] = [];
  let start = 0;
  for (const m of page.matchAll(/\r\n|\r|\n/g)) {
    lines.push({ text: page.slice(start, m.index), start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ text: page.slice(start), start, end: page.length });
  return lines;
}

const isBlank = (line: PageLine): boolean => line.text.trim() === '';

const COLLECTION_TITLE_LINE = /^Selected Secret Documents from Soviet Foreign Policy Documents Archives\b/i;
const OTHER_HEADER_LINES = [/^Marx-Engels\b.*\|.*\bHome Page$/i, /^Concentrated on\b/i, /^Download PDF$/i];

/** The non-blank lines after the site header (collection title, menu, repeated title, description, PDF link). */
export function linesAfterHeader(lines: PageLine[]): PageLine[] {
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
