import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { contactsBetween, contactsInSpan, contactsOfPerson, contactsOfPolity } from '../../../src/data/filter';

const ids = (contacts: readonly { id: string }[]) => contacts.map((c) => c.id);

describe('contactsInSpan', () => {
  it('overlaps: keeps a contact whose unknown start may fall in the span', () => {
    // Aras's visit is known only to be on or before 25 May 1937.
    expect(ids(contactsInSpan(dataset.contacts, { from: '1937-05-20', to: '1937-05-31' }))).toContain(
      'litvinov-aras-geneva-1937-05',
    );
  });

  it('within: drops a contact whose bounds are not both known to lie inside', () => {
    const within = ids(contactsInSpan(dataset.contacts, { from: '1937-05-01', to: '1937-05-31' }, 'within'));
    expect(within).not.toContain('litvinov-aras-geneva-1937-05');
    expect(within).toContain('litvinov-inonu-london-1937-05');
    expect(within).toContain('charge-saracoglu-1937-05-17');
  });

  it('month and year precision: a contact dated 1939-10 lies within October 1939', () => {
    expect(ids(contactsInSpan(dataset.contacts, { from: '1939-10', to: '1939-10' }, 'within'))).toContain(
      'stalin-molotov-saracoglu-1939-10',
    );
    expect(contactsInSpan(dataset.contacts, { from: '1937', to: '1939' }, 'within').length).toBeGreaterThan(10);
  });

  it('rejects bad spans and modes', () => {
    expect(() => contactsInSpan(dataset.contacts, { from: '1938-13-01', to: '1939' })).toThrow(
      'invalid from: "1938-13-01"',
    );
    expect(() => contactsInSpan(dataset.contacts, { from: '1939', to: '1938' })).toThrow('invalid span');
    expect(() => contactsInSpan(dataset.contacts, { from: '1938', to: '1939' }, 'near' as 'within')).toThrow(
      'invalid mode',
    );
  });
});

describe('contactsOfPerson, contactsOfPolity, contactsBetween', () => {
  it('finds the contacts of a person', () => {
    const apaydin = ids(contactsOfPerson(dataset.contacts, 'apaydin'));
    expect(apaydin).toContain('potemkin-apaydin-1939-05-13');
    expect(apaydin.every((id) => dataset.contacts.find((c) => c.id === id)?.participants.includes('apaydin'))).toBe(
      true,
    );
  });

  it('finds the contacts of a polity', () => {
    expect(ids(contactsOfPolity(dataset.contacts, 'poland'))).toEqual(['potemkin-polish-statesmen-1939-05']);
  });

  it('between two polities, and inside one', () => {
    expect(ids(contactsBetween(dataset.contacts, 'ussr', 'romania'))).toEqual([
      'potemkin-gafencu-bucharest-1939-05-08',
      'astakhov-dinner-1939-07-07',
    ]);
    expect(ids(contactsBetween(dataset.contacts, 'ussr', 'ussr'))).toEqual(['litvinov-karsky-telegram-1937']);
    expect(ids(contactsBetween(dataset.contacts, 'litvinov', 'karsky', 'person'))).toEqual([
      'litvinov-karsky-telegram-1937',
    ]);
  });
});
