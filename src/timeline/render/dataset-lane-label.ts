import type { DatasetIndex } from '../../shared/contact-details';
import { polityJoiner } from '../layout/lanes';

/**
 * Lane labels in words: a polity pair from the polities' names ("Turkey–USSR"), a person by name, a contact kind
 * capitalised; any other key as it is.
 */
export function datasetLaneLabel(index: DatasetIndex): (key: string) => string {
  const kinds = new Set(['meeting', 'talks', 'telegram', 'letter', 'message']);
  return (key) => {
    const person = index.people.get(key);
    if (person) return person.name;
    if (kinds.has(key)) return key.charAt(0).toUpperCase() + key.slice(1);
    const polities = key.split(polityJoiner);
    if (polities.every((id) => index.polities.has(id))) {
      return polities.map((id) => index.polities.get(id) as string).join(polityJoiner);
    }
    return key;
  };
}
