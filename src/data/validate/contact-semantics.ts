// The second-pass rules of a contact: direction, derived polities, references, evidence and date order.
import { dateBounds } from '../dates';
import type { Contact } from '../types';
import { checkDateOrder } from './date-order';
import { checkEvidence } from './evidence-semantics';
import { at, quoted, type Report } from './messages';
import { checkIdentifications, checkPeopleList, type Entry, type Indexes, resolve } from './references';

const directedKinds: ReadonlySet<string> = new Set(['telegram', 'letter', 'message']);

function checkDirection(contact: Contact, path: string, report: Report): void {
  const directionPath = at(path, 'direction');
  const { direction, kind } = contact;
  if (direction === null) {
    if (directedKinds.has(kind)) {
      report(directionPath, `missing for a ${kind} (expected { from, to } naming sender and recipients)`);
    }
    return;
  }
  if (!directedKinds.has(kind)) {
    report(directionPath, `expected null for a ${kind} (only a telegram, letter or message has a direction)`);
  }
  const participants = new Set(contact.participants);
  const senders = new Set(direction.from);
  for (const side of ['from', 'to'] as const) {
    direction[side].forEach((id, index) => {
      const memberPath = at(at(directionPath, side), index);
      if (!participants.has(id)) report(memberPath, `${quoted(id)} is not a participant of the contact`);
      else if (side === 'to' && senders.has(id)) report(memberPath, `${quoted(id)} is both sender and recipient`);
    });
  }
}

/** `polities` must be exactly the sorted, de-duplicated polities of the participants. */
function checkDerivedPolities(contact: Contact, path: string, indexes: Indexes, report: Report): void {
  const polities = new Set<string>();
  for (const id of contact.participants) {
    const person = indexes.people.byId.get(id);
    // An unknown or malformed participant, or one of an unknown polity, is reported on its own.
    if (person === undefined || (indexes.polities.usable && !indexes.polities.byId.has(person.polity))) return;
    polities.add(person.polity);
  }
  const expected = [...polities].sort();
  if (expected.join('\n') !== contact.polities.join('\n')) {
    report(
      at(path, 'polities'),
      `expected ${JSON.stringify(expected)} (the sorted polities of the participants), got ${JSON.stringify(contact.polities)}`,
    );
  }
}

export function checkContact({ record: contact, path }: Entry<Contact>, indexes: Indexes, report: Report): void {
  checkDateOrder(contact.date, at(path, 'date'), report);
  checkPeopleList(contact.participants, at(path, 'participants'), indexes, report);
  checkIdentifications(contact.identifications, path, indexes, report);
  checkDerivedPolities(contact, path, indexes, report);
  checkDirection(contact, path, report);
  if (contact.place !== null) {
    resolve(indexes.places, contact.place.place, 'place', at(at(path, 'place'), 'place'), report);
  }
  checkEvidence(contact, path, indexes, report);

  const evidenced = new Set(
    contact.evidence.flatMap((evidence) => ('document' in evidence ? [evidence.document] : [])),
  );
  const contactStart = dateBounds(contact.date).start;
  contact.documents.forEach((id, index) => {
    const documentPath = at(at(path, 'documents'), index);
    const document = resolve(indexes.documents, id, 'document', documentPath, report);
    if (!evidenced.has(id)) report(documentPath, `no evidence item names document ${quoted(id)}`);
    const documentEnd = document === undefined ? null : dateBounds(document.date).end;
    if (contactStart !== null && documentEnd !== null && contactStart > documentEnd) {
      report(
        at(path, 'date'),
        `the contact starts ${contactStart}, after document ${quoted(id)} that records it ends (${documentEnd})`,
      );
    }
  });
}
