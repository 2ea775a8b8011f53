import '../../src/shared/theme.css';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { createDataTable, type DataTableColumn } from '../../src/shared/data-table';
import {
  contactColumns,
  DatasetIndex,
  documentColumns,
  officeDates,
  personColumns,
} from '../../stories/support/dataset-columns';
import { documentCitation, sourcesSummary } from '../../stories/support/sources-summary';

// The tables of the "Dataset/Tables" stories, rendered with the real dataset and checked with axe-core in both
// colour schemes (the story tests check their content; this checks what assistive technology gets).
const index = new DatasetIndex(dataset);
const tables = [
  ['documents', documentColumns(index), dataset.documents],
  ['contacts', contactColumns(index), dataset.contacts],
  ['people', personColumns(index), dataset.people],
] as const;

const hosts: HTMLElement[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.remove();
});

function renderTable<T extends { id: string }>(
  caption: string,
  columns: DataTableColumn<T>[],
  rows: readonly T[],
  theme: string,
) {
  const host = document.createElement('div');
  host.dataset.theme = theme;
  document.body.append(host);
  hosts.push(host);
  createDataTable(host, {
    caption,
    columns,
    rows,
    key: (row) => row.id,
    sortBy: columns[0]?.sortable ? columns[0].id : undefined,
  });
  return host;
}

describe.each(['light', 'dark'])('dataset tables, %s theme', (theme) => {
  it.each(tables)('the %s table has no axe violations', async (name, columns, rows) => {
    const host = renderTable(name, columns as DataTableColumn<{ id: string }>[], rows, theme);
    expect(host.querySelectorAll('tbody tr')).toHaveLength(rows.length);
    const results = await axe.run(host);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('story helpers', () => {
  it('formats office dates with their precision and doubt', () => {
    const source = { from: 'facts', ref: 'people#x' } as const;
    expect(officeDates({ title: 't', polity: 'p', from: '1925-03-04', to: '1938-11-11', source })).toBe(
      '4 March 1925 – 11 November 1938',
    );
    expect(officeDates({ title: 't', polity: 'p', from: '1937', to: '1940', source })).toBe('1937–1940');
    expect(officeDates({ title: 't', polity: 'p', from: '1939-05-03', source })).toBe('from 3 May 1939');
    expect(officeDates({ title: 't', polity: 'p', to: '1939-05-03', certainty: 'uncertain', source })).toBe(
      'until 3 May 1939 (uncertain)',
    );
    expect(officeDates({ title: 't', polity: 'p', source })).toBe('dates not stated in the sources');
  });

  it('summarises the sources from the data: counts, corrections and a citation', () => {
    const summary = sourcesSummary(dataset);
    expect(summary.counts.documents).toBe(dataset.documents.length);
    expect(summary.counts.fullText + summary.counts.metadataOnly).toBe(dataset.documents.length);
    const recorded = dataset.documents.reduce((n, d) => n + (d.text ? d.corrections.length : 0), 0);
    expect(summary.corrections).toHaveLength(recorded);
    expect(summary.fullText.every((d) => d.paragraphs > 0)).toBe(true);
    const example = dataset.documents.find((d) => d.text !== null);
    expect(example).toBeDefined();
    if (example) {
      const citation = documentCitation(example, index);
      expect(citation).toContain(example.source.url);
      expect(citation).toContain(example.title.text);
    }
    // Every form of date the data uses gets an example row.
    expect(summary.dateExamples.map((e) => e.label)).toContain('uncertain: only an upper bound, inferred');
  });
});
