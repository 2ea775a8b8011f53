/**
 * `createTimeline` of the main entry: the timeline with the bundled dataset as its `dataset` option (the default data,
 * and the names of people, places and documents). `soviet-turkish-contacts/timeline` has the same function without
 * it, for pages that bring their own data and should not load the dataset.
 */
import { dataset } from '../data/dataset';
import {
  createTimeline as createTimelineWith,
  type TimelineHandle,
  type TimelineOptions,
} from '../timeline/create-timeline';
import type { ContactRecord } from '../timeline/options';

/**
 * Draws a timeline into `el`: the bundled contacts without options, or any records through `data` and accessors.
 * @throws TypeError or RangeError naming the option or the record (`data[3] ("id"): …`) that cannot be drawn; the
 *   host is then left as it was.
 */
export function createTimeline<T = ContactRecord>(el: Element, options: TimelineOptions<T> = {}): TimelineHandle<T> {
  // The caller's own dataset wins; a non-object is left for createTimeline to reject with its own message.
  const given = typeof options === 'object' && options !== null && !Array.isArray(options) ? options : null;
  return createTimelineWith<T>(el, given ? { dataset, ...given } : options);
}
