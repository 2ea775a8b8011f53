import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { citationsToCSL, contactsToCSV, documentsToCSV } from '../../../src/data/export';

/** A strict RFC 4180 reader, to prove the CSV round-trips. */
function parseCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('contactsToCSV', () => {
  const rows = parseCSV(contactsToCSV(dataset));
  const header = rows[0] as string[];
  const col = (name: string) => header.indexOf(name);

  it('has a header and one row per contact, every row as wide as the header', () => {
    expect(header.slice(0, 3)).toEqual(['id', 'kind', 'date_form']);
    expect(rows).toHaveLength(dataset.contacts.length + 1);
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it('round-trips names, open date bounds, editorial summaries and quotes', () => {
    const aras = rows.find((r) => r[0] === 'litvinov-aras-geneva-1937-05') as string[];
    expect(aras[col('date_form')]).toBe('uncertain');
    expect(aras[col('date_start')]).toBe('');
    expect(aras[col('date_end')]).toBe('1937-05-25');
    expect(aras[col('participants')]).toBe('Maxim Litvinov; Tevfik Rüştü Aras');
    const karsky = rows.find((r) => r[0] === 'karsky-ataturk-1937-06-01') as string[];
    expect(karsky[col('summary_editorial')]).toBe(dataset.contacts.find((c) => c.id === karsky[0])?.summary.text);
    expect(karsky[col('evidence')]).toContain('1937-06-01-karsky-ataturk ¶0: “when I said that');
  });
});

describe('documentsToCSV', () => {
  it('gives the archive reference as read and as printed', () => {
    const rows = parseCSV(documentsToCSV(dataset));
    const header = rows[0] as string[];
    const potemkin = rows.find((r) => r[0] === '1939-05-13-potemkin-apaydin') as string[];
    expect(potemkin[header.indexOf('archive_reference')]).toBe('AVP RF, f. 011, op. 4, p. 24, d. 7, ll. 29–30');
    expect(potemkin[header.indexOf('archive_reference_as_printed')]).toBe('wua rf, f oil, on. 4, p 24, d.7, l. 29‐30.');
    expect(rows).toHaveLength(dataset.documents.length + 1);
  });
});

describe('citationsToCSL', () => {
  const items = citationsToCSL(dataset);

  it('one item per document, each with a title, a date and an address', () => {
    expect(items).toHaveLength(dataset.documents.length);
    for (const item of items) {
      expect(item.title.length).toBeGreaterThan(0);
      expect(item.URL).toMatch(/^https?:\/\//);
      expect(item.issued).toBeDefined();
    }
  });

  it('an archival document is a manuscript with its archive location', () => {
    expect(items.find((i) => i.id === '1939-05-13-potemkin-apaydin')).toMatchObject({
      type: 'manuscript',
      archive: 'AVP RF',
      archive_location: 'f. 011, op. 4, p. 24, d. 7, ll. 29–30',
      issued: { 'date-parts': [[1939, 5, 13]] },
      author: [{ literal: 'Vladimir Potemkin' }],
    });
  });

  it('says when a title is editorial, and gives spans and month dates', () => {
    const diary = items.find((i) => i.id === '1939-08-20-diary-efchen');
    expect(diary?.note).toContain('editorial');
    expect(diary?.issued).toEqual({
      'date-parts': [
        [1939, 8, 20],
        [1939, 8, 26],
      ],
    });
    expect(items.find((i) => i.id === '1939-10-stalin-molotov-saracoglu')?.issued).toEqual({
      'date-parts': [[1939, 10]],
    });
    expect(items.find((i) => i.id === '1937-06-01-karsky-ataturk')?.note).toContain(
      'Dokumenty vneshnei politiki SSSR, vol. 20',
    );
  });
});
