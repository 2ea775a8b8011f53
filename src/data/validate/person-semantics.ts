// The second-pass rules of a person: known polities and people, and offices that end after they start.
import { firstDay, lastDay } from '../dates';
import type { Person } from '../types';
import { at, type Report } from './messages';
import { type Entry, type Indexes, resolve } from './references';

export function checkPerson({ record: person, path }: Entry<Person>, indexes: Indexes, report: Report): void {
  resolve(indexes.polities, person.polity, 'polity', at(path, 'polity'), report);
  person.offices.forEach((office, index) => {
    const officePath = at(at(path, 'offices'), index);
    resolve(indexes.polities, office.polity, 'polity', at(officePath, 'polity'), report);
    if (office.from !== undefined && office.to !== undefined && firstDay(office.from) > lastDay(office.to)) {
      report(officePath, `office ends before it starts (from "${office.from}", to "${office.to}")`);
    }
  });
  person.possibly?.forEach((possible, index) => {
    resolve(indexes.people, possible.person, 'person', at(at(at(path, 'possibly'), index), 'person'), report);
  });
}
