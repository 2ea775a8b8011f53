import { describeValue } from '../../shared/describe-value';
import type { NormalizedTimelineOptions } from '../options';
import type { LaneKeys } from './lanes';
import { type TimeInterval, toInterval } from './time-interval';

/** What the accessors return for each record, checked, in flat arrays indexed like `data`. */
export interface ResolvedRecords {
  ids: string[];
  intervals: TimeInterval[];
  /** Lane keys without duplicates; empty when the record has no lane. */
  laneKeys: (readonly string[])[];
  labels: string[];
  kinds: string[];
}

function recordError(index: number, id: string | undefined, message: string): TypeError {
  return new TypeError(`data[${index}]${id === undefined ? '' : ` (${JSON.stringify(id)})`}: ${message}`);
}

function checkString(value: unknown, name: string, index: number, id?: string): string {
  if (typeof value === 'string') return value;
  throw recordError(
    index,
    id,
    `invalid ${name}: ${describeValue(value)} (expected a string from the ${name} accessor)`,
  );
}

/**
 * One lane key or several, as a list without duplicates. A single key's list is shared by every record in that lane
 * (`single` keeps them), so that 10,000 records do not make 10,000 one-item arrays.
 */
function laneList(
  value: LaneKeys | undefined,
  mode: string,
  index: number,
  id: string,
  single: Map<string, readonly string[]>,
): readonly string[] {
  if (typeof value === 'string') {
    let list = single.get(value);
    if (!list) {
      list = [value];
      single.set(value, list);
    }
    return list;
  }
  if (Array.isArray(value)) {
    let strings = true;
    for (const key of value) strings &&= typeof key === 'string';
    if (strings) return value.length < 2 ? value : [...new Set<string>(value)];
  }
  const field = mode === 'person' ? 'participants' : mode === 'kind' ? 'kind' : 'polities';
  const hint =
    mode === 'custom' ? '' : `; lane "${mode}" reads each record's ${field}: pass a lane function for other records`;
  throw recordError(
    index,
    id,
    `invalid lane: ${describeValue(value)} (expected a string or an array of strings${hint})`,
  );
}

/**
 * Reads every record once through the accessors and checks what they return, so the layout works on trusted values.
 *
 * @throws TypeError naming the record (`data[3] ("id"): …`): a non-string id, label or kind, a duplicate id, an invalid
 *   date, or lane keys that are not strings.
 */
export function resolveRecords<T>(options: NormalizedTimelineOptions<T>): ResolvedRecords {
  const { data, openBoundSpan } = options;
  const n = data.length;
  const resolved: ResolvedRecords = {
    ids: new Array(n),
    intervals: new Array(n),
    laneKeys: new Array(n),
    labels: new Array(n),
    kinds: new Array(n),
  };
  const seen = new Set<string>();
  const singleLanes = new Map<string, readonly string[]>();
  // Records share dates (10,000 records over three years fall on about 1,100 days), and an interval is an object with
  // two times the engine stores as separate numbers: one interval per distinct Date time or ISO string, shared by its
  // records, leaves less memory for the garbage collector to copy. The dataset's date values ({ when }, …) are objects
  // and are read each time.
  const sharedIntervals = new Map<number | string, TimeInterval>();
  for (let index = 0; index < n; index++) {
    const record = data[index] as T;
    const id = checkString(options.id(record), 'id', index);
    seen.add(id);
    if (seen.size === index) {
      // One hash lookup per record; the earlier position is searched for only to report it.
      throw recordError(index, id, `duplicate id (also data[${resolved.ids.indexOf(id)}])`);
    }
    const date = options.date(record);
    const shareKey = date instanceof Date ? date.getTime() : typeof date === 'string' ? date : null;
    let interval = shareKey === null ? undefined : sharedIntervals.get(shareKey);
    if (interval === undefined) {
      try {
        interval = toInterval(date, openBoundSpan);
      } catch (error) {
        throw recordError(index, id, (error as Error).message);
      }
      if (shareKey !== null) sharedIntervals.set(shareKey, interval);
    }
    resolved.ids[index] = id;
    resolved.intervals[index] = interval;
    resolved.laneKeys[index] = laneList(options.lane(record), options.laneMode, index, id, singleLanes);
    resolved.labels[index] = checkString(options.label(record), 'label', index, id);
    resolved.kinds[index] = checkString(options.kind(record), 'kind', index, id);
  }
  return resolved;
}
