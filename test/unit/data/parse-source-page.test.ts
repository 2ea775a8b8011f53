import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ParsedSourcePage, parseSourcePage, SourcePageError } from '../../../src/data/ingest';
import type { ArchiveCitation, Correction, SourceDocument } from '../../../src/data/types';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoSeeds = path.resolve(here, '../../../data/sources/seeds');
const texts = path.resolve(here, '../../../data/texts');

const SEEDS = [
  { file: '000_58effdc8031b3ce2.txt', document: '1937-06-01-karsky-ataturk.json' },
  { file: '002_1dfe860944655ee1.txt', document: '1939-05-13-potemkin-apaydin.json' },
];

const readSeed = (file: string): string => readFileSync(path.join(repoSeeds, file), 'utf8');
const readDocument = (file: string): SourceDocument =>
  JSON.parse(readFileSync(path.join(texts, file), 'utf8')) as SourceDocument;

const withoutNote = ({ note: _note, ...citation }: ArchiveCitation): ArchiveCitation => citation;

/** The reference in the usual form, to show where the citation repairs end up. */
const formatCitation = (c: ArchiveCitation): string =>
  [
    c.archive,
    `f. ${c.fond}`,
    `op. ${c.opis}`,
    ...(c.papka === null ? [] : [`p. ${c.papka}`]),
    `d. ${c.delo}`,
    `${c.folios.includes('–') ? 'll.' : 'l.'} ${c.folios}`,
  ].join(', ');

/** Everything the parser outputs as text. */
const outputText = (parsed: ParsedSourcePage): string =>
  [
    parsed.title.text,
    parsed.dateline ?? '',
    ...parsed.text.paragraphs,
    parsed.text.signature?.office ?? '',
    parsed.text.signature?.name ?? '',
    parsed.citation ? formatCitation(parsed.citation) : '',
  ]
    .filter((part) => part !== '')
    .join('\n');

const citationRepairs = (parsed: ParsedSourcePage): Correction[] =>
  parsed.corrections.filter((c) => parsed.citation?.raw.includes(c.original));

/** Applies the corrections in order, each to every place its original text occurs, checking each is there to fix. */
function replay(text: string, corrections: Correction[]): string {
  return corrections.reduce((current, correction) => {
    expect(current, `original of correction ${JSON.stringify(correction)}`).toContain(correction.original);
    return current.replaceAll(correction.original, correction.corrected);
  }, text);
}

describe.each(SEEDS)('seed $file', ({ file, document }) => {
  const raw = readSeed(file);
  const parsed = parseSourcePage(raw);
  const stored = readDocument(document);

  it(`reproduces data/texts/${document}`, () => {
    expect({
      title: parsed.title,
      dateline: parsed.dateline,
      date: parsed.date,
      classification: parsed.classification,
      text: parsed.text,
      citation: parsed.citation,
      corrections: parsed.corrections,
    }).toEqual({
      title: stored.title,
      dateline: stored.dateline,
      date: stored.date,
      classification: stored.classification,
      text: stored.text,
      // The reading's `note` is the dataset's own remark on its sources, not something parsed from the page.
      citation: stored.source.citation && withoutNote(stored.source.citation),
      corrections: stored.corrections,
    });
  });

  it('records corrections whose original is printed on the page and whose corrected text is in the output', () => {
    expect(parsed.corrections.length).toBeGreaterThan(0);
    const output = outputText(parsed);
    for (const correction of parsed.corrections) {
      expect(raw).toContain(correction.original);
      expect(output).toContain(correction.corrected);
      expect(correction.reason).not.toBe('');
    }
  });

  it('explains every difference: replaying the corrections on the printed page gives the parsed text', () => {
    const body = raw.slice(raw.indexOf(parsed.title.text.slice(0, 30)));
    const repairs = citationRepairs(parsed);
    const textCorrections = parsed.corrections.filter((c) => !repairs.includes(c));
    const lines = replay(body, textCorrections)
      .split('\n')
      .filter((line) => line.trim() !== '');
    const signature = parsed.text.signature;
    const lastLine = [signature?.name, parsed.citation?.raw].filter((part) => part !== undefined).join(' ');
    expect(lines).toEqual([
      parsed.title.text,
      parsed.dateline,
      ...parsed.text.paragraphs,
      ...(signature?.office ? [signature.office] : []),
      ...(lastLine === '' ? [] : [lastLine]),
    ]);
  });

  it('yields the same paragraphs as collapsing whitespace and mapping the characters independently', () => {
    const flat = raw
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line !== '')
      .join(' ')
      .replace(/(\p{L})\u02b9/gu, '$1\u2019')
      .replace(/(\d)\u2010(?=\d)/g, '$1\u2013')
      .replace(/(\p{L})\u2010(?=\p{L})/gu, '$1-');
    for (const paragraph of parsed.text.paragraphs) expect(flat).toContain(paragraph);
    expect(outputText(parsed)).not.toMatch(/[\u00a0\u02b9]|\s\s/);
    expect(parsed.text.paragraphs.join('\n')).not.toMatch(/\u2010/);
  });

  // Only pages that print an archive reference have repairs to replay (seed 2; seed 1 prints none).
  if (parsed.citation !== null) {
    it('records the citation repairs so that the repaired reference reads cleanly', () => {
      const citation = parsed.citation as ArchiveCitation;
      const repaired = replay(citation.raw, citationRepairs(parsed));
      const reparsed = parseSourcePage(page('Record of a conversation', 'May 13, 1939', 'Text.', repaired));
      expect(reparsed.citation).toEqual({ ...citation, raw: repaired });
      expect(reparsed.corrections).toEqual([]);
    });
  }
});

describe('the two seeds', () => {
  it('parse to the documented fields', () => {
    const first = parseSourcePage(readSeed('000_58effdc8031b3ce2.txt'));
    expect(first.title.text).toBe(
      'Recording of the conversation between the USSR plenipotentiary representative in Turkey and Turkish president Ataturk',
    );
    expect(first.date).toEqual({ when: '1937-06-01', basis: 'stated' });
    expect(first.text.signature).toEqual({ office: 'Plenipotentiary of the USSR in Turkey', name: 'M. Karsky' });
    expect(first.text.paragraphs).toHaveLength(8);
    expect(first.text.paragraphs[3]).toMatch(
      /then I can say that we know the head of the Turkish state and believe him\.$/,
    );

    const second = parseSourcePage(readSeed('002_1dfe860944655ee1.txt'));
    expect(second.classification).toBe('secret');
    expect(second.text.signature).toEqual({ office: null, name: 'V. Potemkin' });
    expect(second.citation).toEqual({
      raw: 'wua rf, f oil, on. 4, p 24, d.7, l. 29\u201030.',
      archive: 'AVP RF',
      fond: '011',
      opis: '4',
      papka: '24',
      delo: '7',
      folios: '29–30',
    });
    expect(formatCitation(second.citation as ArchiveCitation)).toBe('AVP RF, f. 011, op. 4, p. 24, d. 7, ll. 29–30');
    // Spellings are kept as printed.
    expect(second.text.paragraphs[1]).toContain('ismet Inonu’s request');
    expect(second.text.paragraphs[1]).toContain('the black sea');
  });
});

const HEADER = [
  'Selected Secret Documents from Soviet Foreign Policy Documents Archives - 1919 to 1941',
  '',
  'Marx-Engels |\u00a0 Lenin \u00a0| Stalin |\u00a0 Home Page',
  '',
  '\u00a0 Selected Secret Documents from Soviet Foreign Policy Documents Archives - 1919 to 1941',
  'Concentrated on 1st and\u00a0 2nd WW Correspondence and Meetings related to Turkey, Balkans and Iran, with some additions from Afghanistan and India.',
  '',
  'Download PDF',
  '\u00a0',
  '',
];

/** A synthetic page of the collection: the site header, then the given lines as paragraphs. */
function page(...lines: string[]): string {
  return [...HEADER, ...lines.flatMap((line) => [line, ''])].join('\n');
}

describe('synthetic pages', () => {
  it('reads an undamaged citation after the signature and records only the real repairs', () => {
    const parsed = parseSourcePage(
      page(
        'Record of conversation',
        'April 16, 1939 top secret',
        'We spoke.',
        'A.V. Terentyev avp rf, f.059, op.1, p.322, d.2216, l.161\u2010162',
      ),
    );
    expect(parsed.classification).toBe('top secret');
    expect(parsed.text.signature).toEqual({ office: null, name: 'A.V. Terentyev' });
    expect(parsed.citation).toEqual({
      raw: 'avp rf, f.059, op.1, p.322, d.2216, l.161\u2010162',
      archive: 'AVP RF',
      fond: '059',
      opis: '1',
      papka: '322',
      delo: '2216',
      folios: '161–162',
    });
    expect(parsed.corrections.map(({ original, corrected }) => ({ original, corrected }))).toEqual([
      { original: 'avp rf', corrected: 'AVP RF' },
      { original: '161\u2010162', corrected: '161–162' },
    ]);
  });

  it('reads a citation on a line of its own, without a papka', () => {
    const parsed = parseSourcePage(page('Letter', 'June 2, 1937', 'Text.', 'AVP RF, f. 06, op. 1, d. 5, ll. 3-4'));
    expect(parsed.citation).toEqual({
      raw: 'AVP RF, f. 06, op. 1, d. 5, ll. 3-4',
      archive: 'AVP RF',
      fond: '06',
      opis: '1',
      papka: null,
      delo: '5',
      folios: '3–4',
    });
    expect(parsed.text.paragraphs).toEqual(['Text.']);
    expect(parsed.corrections).toEqual([
      {
        original: '3-4',
        corrected: '3–4',
        reason: 'Range written with an en dash (–) instead of the printed hyphen-minus (-)',
      },
    ]);
  });

  it('reads a day range in the dateline and keeps the dateline as printed', () => {
    const parsed = parseSourcePage(page('From the diary', 'August 20\u201026, 1939 secret', 'Text.'));
    expect(parsed.dateline).toBe('August 20\u201026, 1939 secret');
    expect(parsed.date).toEqual({ from: '1939-08-20', to: '1939-08-26', basis: 'stated' });
    expect(parsed.classification).toBe('secret');
    expect(parsed.corrections).toEqual([]);
  });

  it.each([
    ['July 15\u201017, 1937', { from: '1937-07-15', to: '1937-07-17', basis: 'stated' }, null],
    ['June 1, 1937', { when: '1937-06-01', basis: 'stated' }, null],
    ['April 29, 1939 Top Secret', { when: '1939-04-29', basis: 'stated' }, 'top secret'],
    ['September 5, 1939 out of line. Top secret', { when: '1939-09-05', basis: 'stated' }, 'top secret'],
    ['December 7, 1939, Top Secret', { when: '1939-12-07', basis: 'stated' }, 'top secret'],
    ['December 25, 1939 immediately. Top secret', { when: '1939-12-25', basis: 'stated' }, 'top secret'],
    ['Out of line 24 November 1938', { when: '1938-11-24', basis: 'stated' }, null],
    ['1937 g on May 14.', { when: '1937-05-14', basis: 'stated' }, null],
    ['1937 g 25 on May.', { when: '1937-05-25', basis: 'stated' }, null],
    ['June 1937', { when: '1937-06', basis: 'stated' }, null],
  ])('reads the dateline "%s"', (dateline, date, classification) => {
    const parsed = parseSourcePage(page('Telegram', dateline, 'Text.'));
    expect(parsed.dateline).toBe(dateline);
    expect(parsed.date).toEqual(date);
    expect(parsed.classification).toBe(classification);
    expect(parsed.text.paragraphs).toEqual(['Text.']);
  });

  it('normalises whitespace in the dateline only, and records it', () => {
    const parsed = parseSourcePage(page('Telegram', 'May 9,\u00a0 1939  secret', 'Text.'));
    expect(parsed.dateline).toBe('May 9, 1939 secret');
    expect(parsed.corrections).toHaveLength(1);
    expect(parsed.corrections[0]).toMatchObject({ original: '9,\u00a0 1939  secret', corrected: '9, 1939 secret' });
  });

  it('takes a marking printed on the line after the dateline as the classification', () => {
    const parsed = parseSourcePage(page('Letter', 'November 6, 1939', 'Top secret', 'Text.'));
    expect(parsed.dateline).toBe('November 6, 1939');
    expect(parsed.classification).toBe('top secret');
    expect(parsed.text.paragraphs).toEqual(['Text.']);
  });

  it('takes a marking printed on the line before the dateline as the classification', () => {
    const parsed = parseSourcePage(page('Letter', 'Secret', 'November 6, 1939', 'Text.'));
    expect(parsed.dateline).toBe('November 6, 1939');
    expect(parsed.classification).toBe('secret');
    expect(parsed.text.paragraphs).toEqual(['Text.']);
  });

  it("takes the title's date when the page prints no dateline, saying so", () => {
    const parsed = parseSourcePage(page('Telegram. June 2, 1937', 'Text.'));
    expect(parsed.title.text).toBe('Telegram');
    expect(parsed.dateline).toBeNull();
    expect(parsed.date).toEqual({
      when: '1937-06-02',
      basis: 'stated',
      note: 'From the title ("June 2, 1937"); the page prints no dateline.',
    });
  });

  it("fills in a month-only dateline with the title's day, saying so", () => {
    const parsed = parseSourcePage(page('Record of conversation. June 11, 1937', 'June 1937', 'Text.'));
    expect(parsed.title.text).toBe('Record of conversation');
    expect(parsed.date).toEqual({
      when: '1937-06-11',
      basis: 'stated',
      note: 'The day is from the title ("June 11, 1937"); the dateline gives only "June 1937".',
    });
    expect(parsed.corrections.map((c) => c.original)).toEqual(['conversation. June 11, 1937']);
  });

  it('keeps a date that is part of the title', () => {
    const parsed = parseSourcePage(page('On the treaty of March 16, 1921', 'May 1, 1937', 'Text.'));
    expect(parsed.title.text).toBe('On the treaty of March 16, 1921');
    expect(parsed.corrections).toEqual([]);
  });

  it('takes a line before the name as the office only when it names an office', () => {
    const withOffice = parseSourcePage(
      page('Letter', 'May 1, 1939', 'Text.', 'Deputy People’s Commissar', 'V. Potemkin'),
    );
    expect(withOffice.text).toEqual({
      paragraphs: ['Text.'],
      signature: { office: 'Deputy People’s Commissar', name: 'V. Potemkin' },
    });
  });

  it('parses a page with no citation and no dateline', () => {
    const parsed = parseSourcePage(page('Report', 'First paragraph.', 'Second paragraph', 'V. Molotov'));
    expect(parsed.citation).toBeNull();
    expect(parsed.dateline).toBeNull();
    expect(parsed.date).toBeNull();
    expect(parsed.classification).toBeNull();
    expect(parsed.text).toEqual({
      paragraphs: ['First paragraph.', 'Second paragraph'],
      signature: { office: null, name: 'V. Molotov' },
    });
  });

  it('joins only a paragraph that breaks mid-sentence, and groups identical corrections', () => {
    const parsed = parseSourcePage(
      page(
        'Record',
        'May 1, 1939',
        'On Soviet\u2010Turkish relations he said that',
        'the Soviet\u2010Turkish pact',
        'Is near.',
        'Another paragraph without a stop',
        'That starts with a capital.',
      ),
    );
    expect(parsed.text.paragraphs).toEqual([
      'On Soviet-Turkish relations he said that the Soviet-Turkish pact',
      'Is near.',
      'Another paragraph without a stop',
      'That starts with a capital.',
    ]);
    expect(parsed.corrections).toEqual([
      {
        original: 'Soviet\u2010Turkish',
        corrected: 'Soviet-Turkish',
        reason: 'Hyphen (U+2010) in a compound word written as an ASCII hyphen (-) (2 occurrences)',
      },
      expect.objectContaining({
        original: 'On Soviet-Turkish relations he said that\n\nthe Soviet-Turkish pact',
        corrected: 'On Soviet-Turkish relations he said that the Soviet-Turkish pact',
      }),
    ]);
  });

  it('writes the prime used as an apostrophe and U+2010 in a range as the page otherwise would', () => {
    const parsed = parseSourcePage(page('The commissarʹs note', 'May 1, 1939', 'See pages 12\u201014.'));
    expect(parsed.title.text).toBe('The commissar’s note');
    expect(parsed.text.paragraphs).toEqual(['See pages 12–14.']);
    expect(parsed.corrections.map(({ original, corrected }) => [original, corrected])).toEqual([
      ['commissarʹs', 'commissar’s'],
      ['12\u201014.', '12–14.'],
    ]);
  });

  it('trims and collapses tabs and trailing blanks, recording the stretch', () => {
    const parsed = parseSourcePage(page('Record', 'May 1, 1939', 'One\ttwo   three.\u00a0 '));
    expect(parsed.text.paragraphs).toEqual(['One two three.']);
    expect(parsed.corrections).toEqual([
      {
        original: 'One\ttwo   three.\u00a0 ',
        corrected: 'One two three.',
        reason:
          'Whitespace normalised: 1 non-breaking space (U+00A0) read as a space; 1 other blank character read as a space; ' +
          '1 run of whitespace collapsed to one space; whitespace removed from the end of the line',
      },
    ]);
  });
});

describe('pages that are not pages of the collection', () => {
  const expectError = (text: string, message: RegExp): void => {
    expect(() => parseSourcePage(text)).toThrow(SourcePageError);
    expect(() => parseSourcePage(text)).toThrow(message);
  };

  it('rejects an empty string and a page of blanks', () => {
    expectError('', /The page is empty: expected a page of the collection/);
    expectError(' \n\u00a0\n', /The page is empty/);
  });

  it('rejects a page without the site header', () => {
    expectError(
      'Record of conversation\n\nJune 1, 1937\n\nText.',
      /Not a page of the collection: expected its site header/,
    );
  });

  it('rejects a page with the header but no title', () => {
    expectError(page(), /No document title: expected a line after the site header/);
    expectError(page('June 1, 1937', 'Text.'), /No document title: .*found the dateline "June 1, 1937"/);
  });

  it('rejects a page with a title but no text', () => {
    expectError(page('Record', 'June 1, 1937'), /No text: expected at least one paragraph/);
  });

  it('rejects a date that does not exist and a range that runs backwards', () => {
    expectError(page('Record', 'February 30, 1939', 'Text.'), /"February 30, 1939" names a day that does not exist/);
    expectError(page('Record', 'July 17\u201015, 1937', 'Text.'), /ends before it begins/);
  });

  it('rejects an archive citation it cannot read, naming what is missing', () => {
    expectError(page('Record', 'June 1, 1937', 'Text.', 'avp rf, f. 5, op. 2'), /has no delo, folios/);
    expectError(page('Record', 'June 1, 1937', 'Text.', 'avp rf, f. 5, op. 2, x. 9'), /could not be read at "x\. 9"/);
  });
});
