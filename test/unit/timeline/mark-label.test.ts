import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { datasetMarkLabel, indexDataset } from '../../../src/shared/contact-details';

const label = datasetMarkLabel(indexDataset(dataset));
const contact = (id: string) => {
  const found = dataset.contacts.find((c) => c.id === id);
  if (!found) throw new Error(`no contact ${id}`);
  return found;
};

describe('datasetMarkLabel', () => {
  it('names who took part by the last word of their names', () => {
    expect(label(contact('karsky-ataturk-1937-06-01'))).toBe('Karsky – Atatürk');
  });

  it('writes who wrote to whom for a message', () => {
    const message = dataset.contacts.find((c) => c.direction !== null);
    if (!message?.direction) throw new Error('the dataset has no message');
    const text = label(message);
    expect(text).toContain(' → ');
    expect(text.split(' → ')).toHaveLength(2);
  });

  it('names an office without the note in brackets, and keeps an id the dataset does not know as written', () => {
    const withOffice = dataset.contacts.find((c) => c.participants.includes('ussr-polrep-turkey'));
    if (!withOffice) throw new Error('no contact with the unnamed plenipotentiary');
    expect(label(withOffice)).toContain('USSR plenipotentiary in Turkey');
    expect(label(withOffice)).not.toContain('(not named)');
    expect(label({ ...contact('karsky-ataturk-1937-06-01'), participants: ['karsky', 'nobody'] })).toBe(
      'Karsky – nobody',
    );
  });

  it('gives every bundled contact a label shorter than its summary', () => {
    for (const c of dataset.contacts) {
      expect(label(c).length, c.id).toBeGreaterThan(0);
      expect(label(c).length, c.id).toBeLessThan(c.summary.text.length);
    }
  });

  it('falls back to the summary for a record that is not a contact', () => {
    expect(label({ summary: { text: 'A note' } })).toBe('A note');
  });
});
