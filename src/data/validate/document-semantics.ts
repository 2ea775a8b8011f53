// The second-pass rules of a document: date order and known people and places.
import type { SourceDocument } from '../types';
import { checkDateOrder } from './date-order';
import { at, type Report } from './messages';
import { checkIdentifications, checkPeopleList, type Entry, type Indexes, resolve } from './references';

export function checkDocument(
  { record: document, path }: Entry<SourceDocument>,
  indexes: Indexes,
  report: Report,
): void {
  checkDateOrder(document.date, at(path, 'date'), report);
  if (document.author !== null) resolve(indexes.people, document.author, 'person', at(path, 'author'), report);
  checkPeopleList(document.recipients, at(path, 'recipients'), indexes, report);
  checkPeopleList(document.participants, at(path, 'participants'), indexes, report);
  checkIdentifications(document.identifications, path, indexes, report);
  if (document.place !== null) {
    resolve(indexes.places, document.place.place, 'place', at(at(path, 'place'), 'place'), report);
  }
}
