// The archive citation: found at the end of the page, its fields read, and machine-reading errors repaired.
import type { ArchiveCitation } from '../types';
import type { CorrectionLog } from './corrections';
import { SourcePageError } from './source-page-error';
import { collapse } from './whitespace';

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

export function findCitation(text: string): { start: number; archive: string } | null {
  const m = CITATION_START.exec(text);
  return m?.groups?.archive === undefined ? null : { start: m.index, archive: m.groups.archive };
}

export function readCitation(raw: string, archive: string, log: CorrectionLog): ArchiveCitation {
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
