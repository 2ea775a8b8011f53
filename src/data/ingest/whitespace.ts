// Rule 1: whitespace, normalised line by line and logged with the words around each change.
import type { CorrectionLog } from './corrections';

/** `trim` and `\s` include the non-breaking space, which the pages use as a blank. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * Reads non-breaking and other spaces as spaces, collapses runs to one space and trims the line. Each stretch of
 * irregular whitespace is logged with the words around it; runs a few words apart are logged as one stretch, so that a
 * reader sees the passage ("will   be perfect frankness   and") rather than a list of bare blanks.
 */
export function normaliseWhitespace(text: string, log: CorrectionLog): string {
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
