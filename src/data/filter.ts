import { dateBounds, firstDay, isIsoDate, lastDay } from './dates';
import type { Contact, DeepReadonly, IsoDate } from './types';

type ReadonlyContact = DeepReadonly<Contact>;

/**
 * `overlaps` (default): keep contacts that may fall in the span (an unknown bound counts as possibly inside).
 * `within`: keep only contacts known to lie wholly inside it (an unknown bound is not known to be inside).
 */
export type SpanMode = 'overlaps' | 'within';

function checkedDay(value: IsoDate, name: string, edge: 'first' | 'last'): string {
  if (!isIsoDate(value))
    throw new RangeError(`invalid ${name}: ${JSON.stringify(value)} (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  return edge === 'first' ? firstDay(value) : lastDay(value);
}

/** Contacts in a span of dates (both ends included; `1938` means the whole year). */
export function contactsInSpan<T extends ReadonlyContact>(
  contacts: readonly T[],
  span: { from: IsoDate; to: IsoDate },
  mode: SpanMode = 'overlaps',
): T[] {
  const from = checkedDay(span.from, 'from', 'first');
  const to = checkedDay(span.to, 'to', 'last');
  if (from > to) throw new RangeError(`invalid span: from ${span.from} is after to ${span.to}`);
  if (mode !== 'overlaps' && mode !== 'within') {
    throw new TypeError(`invalid mode: ${JSON.stringify(mode)} (expected "overlaps" or "within")`);
  }
  return contacts.filter((contact) => {
    const { start, end } = dateBounds(contact.date);
    if (mode === 'within') return start !== null && end !== null && start >= from && end <= to;
    return (start === null || start <= to) && (end === null || end >= from);
  });
}

/** Contacts a person (or office, or group) took part in. */
export function contactsOfPerson<T extends ReadonlyContact>(contacts: readonly T[], person: string): T[] {
  return contacts.filter((contact) => contact.participants.includes(person));
}

/** Contacts involving a polity. */
export function contactsOfPolity<T extends ReadonlyContact>(contacts: readonly T[], polity: string): T[] {
  return contacts.filter((contact) => contact.polities.includes(polity));
}

/** Contacts involving both `a` and `b`: two polities (default) or two person ids. */
export function contactsBetween<T extends ReadonlyContact>(
  contacts: readonly T[],
  a: string,
  b: string,
  by: 'polity' | 'person' = 'polity',
): T[] {
  const keysOf = (contact: T): readonly string[] => (by === 'person' ? contact.participants : contact.polities);
  return contacts.filter((contact) => {
    const keys = keysOf(contact);
    return a === b ? keys.length === 1 && keys[0] === a : keys.includes(a) && keys.includes(b);
  });
}
