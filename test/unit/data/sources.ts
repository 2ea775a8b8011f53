// Reads the project's sources (data/sources: the seed pages and facts.md, byte-for-byte copies) for the fidelity tests.
import { readdirSync, readFileSync } from 'node:fs';

const sourcesDir = new URL('../../../data/sources/', import.meta.url);

export const factsText = readFileSync(new URL('facts.md', sourcesDir), 'utf8');

export const seedFiles = readdirSync(new URL('seeds/', sourcesDir)).filter((name) => name.endsWith('.txt'));
export const seedTexts = new Map(
  seedFiles.map((name) => [name, readFileSync(new URL(`seeds/${name}`, sourcesDir), 'utf8')]),
);

export const collectionBase = 'https://marxistleninists.org/Soviet%20Archives/Foreign%20Policy/';

export interface FactsDocumentRow {
  row: number;
  id: string;
  iso: string;
  marking: string;
  sovietTurkish: string;
  file: string | null;
  http: boolean;
}

/** The rows of facts.md's documents table. */
export function factsDocumentRows(): FactsDocumentRow[] {
  const rows: FactsDocumentRow[] = [];
  let previousFile: string | null = null;
  for (const line of factsText.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 12 || !/^\d+$/.test(cells[1] ?? '')) continue;
    const fileCell = cells[10] ?? '';
    // "same file (item 2)": several documents printed on one page.
    const file: string | null = fileCell.startsWith('same file')
      ? previousFile
      : (/`([^`]+)`/.exec(fileCell)?.[1] ?? null);
    previousFile = file;
    rows.push({
      row: Number(cells[1]),
      id: (cells[2] ?? '').replace(/ \(seed \d\)$/, ''),
      iso: cells[4] ?? '',
      marking: cells[8] ?? '',
      sovietTurkish: cells[9] ?? '',
      file,
      http: fileCell.startsWith('(http)'),
    });
  }
  return rows;
}

/** The display names of facts.md's people table. */
export function factsPeopleNames(): string[] {
  const start = factsText.indexOf('## People');
  const end = factsText.indexOf('## Context facts');
  return factsText
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| display name') && !line.startsWith('|---'))
    .map((line) => (line.split('|')[1] ?? '').trim().replace(/^"/, ''));
}
