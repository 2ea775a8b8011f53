import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { dateBounds, dateSortKey } from '../../../src/data/dates';
import { collectionBase, factsDocumentRows, factsPeopleNames, factsText, seedFiles, seedTexts } from './sources';

const documents = new Map(dataset.documents.map((document) => [document.id, document]));
const people = new Map(dataset.people.map((person) => [person.id, person]));
const rows = factsDocumentRows();
const collapse = (text: string) => text.replaceAll('\u00a0', ' ').replace(/\s+/g, ' ');

describe('dataset', () => {
  it('has the collections and counts the README reports', () => {
    expect(dataset.polities.map((p) => p.id)).toEqual([
      'ussr',
      'turkey',
      'bulgaria',
      'romania',
      'poland',
      'france',
      'greece',
    ]);
    expect(dataset.documents).toHaveLength(31);
    expect(dataset.documents.filter((d) => d.text !== null).map((d) => d.id)).toEqual([
      '1937-06-01-karsky-ataturk',
      '1939-05-13-potemkin-apaydin',
    ]);
    expect(dataset.contacts).toHaveLength(42);
    expect(dataset.people.filter((p) => p.kind === 'person')).toHaveLength(24);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(dataset)).toBe(true);
    expect(Object.isFrozen(dataset.contacts[0]?.participants)).toBe(true);
    expect(() => (dataset.contacts as unknown as unknown[]).push({})).toThrow(TypeError);
  });

  it('keeps documents and contacts in date order', () => {
    for (const records of [dataset.documents, dataset.contacts]) {
      const keys = records.map((record) => dateSortKey(record.date));
      expect(keys).toEqual([...keys].sort());
    }
  });

  it('has unique ids within each collection', () => {
    for (const records of [dataset.polities, dataset.people, dataset.places, dataset.documents, dataset.contacts]) {
      const ids = records.map((record) => record.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('evidence', () => {
  const quotes = dataset.contacts.flatMap((contact) =>
    contact.evidence.flatMap((item) => (item.kind === 'quote' ? [{ contact: contact.id, ...item }] : [])),
  );

  it('quotes come from both full-text documents', () => {
    expect(new Set(quotes.map((q) => q.document))).toEqual(
      new Set(['1937-06-01-karsky-ataturk', '1939-05-13-potemkin-apaydin']),
    );
  });

  it.each(quotes)('$contact: quote occurs verbatim in paragraph $paragraph of $document', (item) => {
    const paragraph = documents.get(item.document)?.text?.paragraphs[item.paragraph];
    expect(paragraph).toBeTypeOf('string');
    expect(paragraph).toContain(item.quote);
  });

  it.each(quotes)('$contact: quote also occurs in the raw seed page, whitespace aside', (item) => {
    const document = documents.get(item.document);
    const seed = document?.provenance.find((p) => p.from === 'seed');
    const raw = seed?.from === 'seed' ? seedTexts.get(seed.file) : undefined;
    expect(raw).toBeTypeOf('string');
    expect(collapse(raw as string)).toContain(item.quote);
  });

  it('every contact drawn from a full-text document carries a quote from it', () => {
    for (const contact of dataset.contacts) {
      for (const id of contact.documents) {
        if (documents.get(id)?.text === null) continue;
        expect(
          contact.evidence.some((item) => item.kind === 'quote' && item.document === id),
          `${contact.id} quotes ${id}`,
        ).toBe(true);
      }
    }
  });

  it('every contact starts no later than the last day of each document that records it', () => {
    for (const contact of dataset.contacts) {
      const start = dateBounds(contact.date).start ?? dateBounds(contact.date).end;
      for (const id of contact.documents) {
        const end = dateBounds(documents.get(id)?.date ?? { when: '0000', basis: 'stated' }).end as string;
        expect(start, `${contact.id} in ${id}`).not.toBeNull();
        expect((start as string) <= end, `${contact.id} (${start}) vs ${id} (${end})`).toBe(true);
      }
    }
  });
});

describe('fidelity to facts.md', () => {
  it('reads the documents table (31 rows)', () => {
    expect(rows).toHaveLength(31);
  });

  const trueRows = rows.filter((row) => row.sovietTurkish.startsWith('TRUE'));
  it.each(trueRows.map((row) => [row.row, row] as const))(
    'row %i, Soviet–Turkish, is a document as facts.md gives it',
    (_, row) => {
      const document = dataset.documents.find((d) =>
        d.provenance.some((p) => p.from === 'facts' && p.ref === `documents#${row.row}`),
      );
      expect(document, `a document rests on documents#${row.row}`).toBeDefined();
      if (!document) return;
      expect(document.id).toBe(row.id);
      const base = row.http ? collectionBase.replace('https:', 'http:') : collectionBase;
      if (document.text === null) expect(document.source.url).toBe(base + row.file);
      const iso = row.iso.split(' ')[0] as string;
      const [from, to] = iso.split('/');
      const { start, end } = dateBounds(document.date);
      expect(start).toBe(from);
      expect(end).toBe(to ?? from);
      const marking = /^(none|n\/a|—)/.test(row.marking) ? null : row.marking.toLowerCase();
      expect(document.classification).toBe(marking);
      expect(dataset.contacts.some((c) => c.documents.includes(document.id))).toBe(true);
    },
  );

  it('rows marked FALSE or NOT ASSESSED are not in the dataset', () => {
    const excluded = rows.filter((row) => !row.sovietTurkish.startsWith('TRUE'));
    expect(excluded.map((row) => row.row)).toEqual([12, 15, 19, 27, 28, 29]);
    for (const row of excluded) {
      expect(documents.has(row.id)).toBe(false);
      const refs = dataset.documents.flatMap((d) => d.provenance.map((p) => (p.from === 'facts' ? p.ref : '')));
      expect(refs).not.toContain(`documents#${row.row}`);
    }
  });

  it('the pages outside the collection and the additions are documents', () => {
    const refs = new Set(dataset.documents.flatMap((d) => d.provenance.map((p) => (p.from === 'facts' ? p.ref : ''))));
    for (const ref of [
      'outside#O1',
      'outside#O2',
      'outside#O3',
      'additions#kalinin-apaydin',
      'additions#karakhan-inonu',
      'additions#potemkin-in-ankara',
    ]) {
      expect(refs).toContain(ref);
    }
  });

  it('every metadata-only document contributes at least one contact', () => {
    for (const document of dataset.documents) {
      expect(
        dataset.contacts.some((c) => c.documents.includes(document.id)),
        document.id,
      ).toBe(true);
    }
  });

  it('every web address in data/ is one facts.md gives', () => {
    const json = ['meta', 'polities', 'people', 'places', 'documents', 'contacts']
      .map((name) => readFileSync(new URL(`../../../data/${name}.json`, import.meta.url), 'utf8'))
      .join('\n');
    const urls = new Set(json.match(/https?:\/\/[^"\s)]+/g) ?? []);
    expect(urls.size).toBeGreaterThan(20);
    for (const url of urls) {
      const inCollection = url.replace(/^http:/, 'https:').startsWith(collectionBase);
      const file = inCollection ? url.replace(/^https?:\/\/[^/]+\/Soviet%20Archives\/Foreign%20Policy\//, '') : '';
      expect(inCollection ? file === '' || factsText.includes(`\`${file}\``) : factsText.includes(url), url).toBe(true);
    }
  });

  it('every facts.md reference in a provenance resolves', () => {
    const names = factsPeopleNames();
    const refs = new Set<string>();
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (record.from === 'facts' && typeof record.ref === 'string') refs.add(record.ref);
        if (record.kind !== undefined && typeof record.facts === 'string') refs.add(record.facts);
        Object.values(record).forEach(visit);
      }
    };
    visit(dataset);
    for (const ref of refs) {
      const [part, key = ''] = ref.split('#');
      if (part === 'documents')
        expect(
          rows.map((r) => r.row),
          ref,
        ).toContain(Number(key));
      else if (part === 'people')
        expect(
          names.some((name) => name.startsWith(key)),
          ref,
        ).toBe(true);
      else if (part === 'context') expect(factsText, ref).toContain(`${key}. **`);
      else if (part === 'outside') expect(factsText, ref).toContain(`- ${key} `);
      else if (part === 'additions') expect(factsText, ref).toContain('## Additions and corrections');
      else expect(ref).toBe('collection');
    }
  });

  it('every alias is a spelling printed in a seed page or facts.md', () => {
    const sources = [...seedTexts.values(), factsText].map(collapse).join('\n');
    for (const person of dataset.people) {
      for (const alias of person.aliases) expect(sources, `${person.id}: ${alias}`).toContain(alias);
    }
  });

  it("every named person's display name is written so in facts.md or a seed", () => {
    for (const person of dataset.people.filter((p) => p.kind === 'person')) {
      expect(
        [...seedTexts.values(), factsText].some((text) => text.includes(person.name)),
        person.name,
      ).toBe(true);
    }
  });

  it('a person identified from an unnamed office is identified with a reason', () => {
    for (const record of [...dataset.documents, ...dataset.contacts]) {
      for (const identification of record.identifications ?? []) {
        expect(people.has(identification.person)).toBe(true);
        expect(identification.reason).toMatch(/facts\.md/);
      }
    }
  });
});

describe('the contacts the seeds record', () => {
  const find = (id: string) => {
    const contact = dataset.contacts.find((c) => c.id === id);
    if (!contact) throw new Error(`no contact ${id}`);
    return contact;
  };

  it('seed 1: Karsky–Atatürk, the London talks it refers to, Litvinov’s telegram to Karsky, the Soviet view made known', () => {
    expect(find('soviet-view-to-turkish-government-1937')).toMatchObject({
      date: { notAfter: '1937-06-01', basis: 'inferred' },
      direction: { from: ['soviet-government'], to: ['turkish-government'] },
    });
    expect(find('soviet-view-to-turkish-government-1937').date).not.toHaveProperty('notBefore');
    expect(find('karsky-ataturk-1937-06-01')).toMatchObject({
      participants: ['karsky', 'ataturk'],
      date: { when: '1937-06-01' },
    });
    expect(find('litvinov-inonu-london-1937-05')).toMatchObject({
      kind: 'talks',
      date: { from: '1937-05-13', to: '1937-05-14', basis: 'inferred' },
      place: { place: 'london' },
    });
    expect(find('litvinov-karsky-telegram-1937')).toMatchObject({
      kind: 'telegram',
      polities: ['ussr'],
      direction: { from: ['litvinov'], to: ['karsky'] },
    });
  });

  it('seed 2: the conversation, the telegram, Ankara, the Bulgarian message, Sofia, Bucharest, Warsaw, the pact', () => {
    expect(find('potemkin-apaydin-1939-05-13').date).toEqual({ when: '1939-05-13', basis: 'stated' });
    expect(find('saracoglu-apaydin-telegram-1939-05')).toMatchObject({
      polities: ['turkey'],
      direction: { from: ['saracoglu'] },
    });
    // The Ankara negotiations, dated by facts.md: two meetings, with different people.
    expect(find('potemkin-saracoglu-ankara-1939-04-29')).toMatchObject({
      participants: ['potemkin', 'saracoglu'],
      date: { when: '1939-04-29', basis: 'inferred' },
      place: { place: 'ankara' },
    });
    expect(find('potemkin-inonu-ankara-1939-04-30')).toMatchObject({
      participants: ['potemkin', 'inonu', 'saracoglu'],
      date: { when: '1939-04-30', basis: 'stated' },
    });
    expect(find('potemkin-inonu-request-bulgaria-1939-05')).toMatchObject({
      kind: 'message',
      polities: ['bulgaria', 'ussr'],
    });
    expect(find('potemkin-bulgarian-statesmen-1939-05').place).toMatchObject({ place: 'sofia', basis: 'inferred' });
    expect(find('potemkin-gafencu-bucharest-1939-05-08').polities).toEqual(['romania', 'ussr']);
    expect(find('potemkin-polish-statesmen-1939-05').place?.place).toBe('warsaw');
    expect(find('apaydin-pact-proposal-1939-05-13').direction).toEqual({ from: ['apaydin'], to: ['potemkin'] });
  });
});

describe('sources', () => {
  it('keeps the two seed pages', () => {
    expect(seedFiles).toEqual(['000_58effdc8031b3ce2.txt', '002_1dfe860944655ee1.txt']);
  });

  const shared = new URL('../../../../shared/', import.meta.url);
  it.skipIf(!existsSync(shared))(
    'data/sources are byte-for-byte the shared seeds and facts.md (skipped where no ../shared is beside the checkout)',
    () => {
      for (const name of seedFiles) {
        expect(
          readFileSync(new URL(`seeds/${name}`, shared)).equals(
            readFileSync(new URL(`../../../data/sources/seeds/${name}`, import.meta.url)),
          ),
        ).toBe(true);
      }
      expect(readFileSync(new URL('facts.md', shared), 'utf8')).toBe(factsText);
    },
  );
});
