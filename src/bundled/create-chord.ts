/**
 * `createChord` of the main entry: the chord diagram with the bundled dataset as its `dataset` option (the default
 * data, polity order and the names of polities, people and documents). `soviet-turkish-contacts/chord` has the same
 * function without it, for pages that bring their own data and should not load the dataset.
 */
import { type ChordHandle, type ChordOptions, createChord as createChordWith } from '../chord/create-chord';
import { dataset } from '../data/dataset';

/**
 * Draws a chord diagram into `el`: the bundled contacts without options, or any contacts through `data`.
 * @throws TypeError or RangeError naming the option or the value that cannot be drawn; the host is then left as it
 *   was.
 */
export function createChord(el: Element, options: ChordOptions = {}): ChordHandle {
  const given = typeof options === 'object' && options !== null && !Array.isArray(options) ? options : null;
  return createChordWith(el, given ? { dataset, ...given } : options);
}
