import fc from 'fast-check';
import type { Contact } from '../../../src/data/types';
import { contactMaker } from '../../fixtures/contact';

/** Six people in four polities: enough for every shape of contact (inside one polity, two, several). */
export const polityOf: Readonly<Record<string, string>> = {
  ivan: 'ussr',
  olga: 'ussr',
  ahmet: 'turkey',
  ayse: 'turkey',
  jan: 'poland',
  ion: 'romania',
};
export const people = Object.entries(polityOf).map(([id, polity]) => ({ id, polity }));
const names = Object.keys(polityOf);

/** A contact as the dataset has it: polities derived from the participants, sorted. */
export const contact = contactMaker(polityOf);

/**
 * Random contacts: meetings of one to four people, and messages from one or two senders to the other participants
 * (so a message's participants are its senders and recipients, as in the dataset).
 */
export const contactsArb: fc.Arbitrary<Contact[]> = fc
  .array(
    fc.record({
      participants: fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 4 }),
      message: fc.boolean(),
      senders: fc.integer({ min: 1, max: 2 }),
    }),
    { maxLength: 40 },
  )
  .map((specs) =>
    specs.map(({ participants, message, senders }, i) => {
      const split = Math.min(senders, participants.length - 1);
      const direction =
        message && participants.length > 1
          ? { from: participants.slice(0, split), to: participants.slice(split) }
          : null;
      return contact(`c${i}`, participants, direction);
    }),
  );

/** Weights including zero and fractions, keyed by contact id so a property can recompute them. */
export const weightArb: fc.Arbitrary<(c: { id: string }) => number> = fc
  .array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 }), fc.double({ min: 0.1, max: 3, noNaN: true })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((weights) => (c: { id: string }) => weights[Number(c.id.slice(1)) % weights.length] as number);

/** A measure in Node: 7 px a character, like a 12 px sans-serif on average. */
export const measure = (text: string): number => text.length * 7;

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
