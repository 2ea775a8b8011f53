import { describeValue } from '../../shared/describe-value';
import { type MeasureText, memoizeMeasure } from '../../shared/measure-text';
import type { NormalizedTimelineOptions } from '../options';
import { type PlacedLabel, placeLabels } from './labels';
import { orderLanes } from './lanes';
import { type MarkX, placeMarkX, resolveDomain, type TimeScale, timeScale } from './mark-geometry';
import { packRows } from './pack';
import { type ResolvedRecords, resolveRecords } from './resolve-records';
import type { TimeInterval } from './time-interval';
import { latestEnds } from './visible-marks';

/**
 * One drawn mark: a record in one lane. Everything the renderer needs is here; only the x fields change, in place,
 * when `rescaleLayout` zooms.
 */
export interface Mark<T> extends MarkX {
  readonly record: T;
  /** The record's position in `data`. */
  readonly index: number;
  readonly id: string;
  /** Unique across marks (a record may have a mark in several lanes): the data-join key. */
  readonly key: string;
  readonly lane: string;
  readonly laneIndex: number;
  /** The sub-row inside the lane, from 0. */
  readonly row: number;
  readonly kind: string;
  readonly label: string;
  /** The date as drawn: times, shape, precision, basis and which bounds are unknown. Shared by a record's marks. */
  readonly interval: TimeInterval;
  /** The vertical centre of the mark's row. */
  readonly y: number;
  /** The mark's thickness: `markSize`, or less when a fixed height narrows the rows. */
  readonly height: number;
}

export interface LaneLayout {
  readonly key: string;
  readonly label: string;
  readonly index: number;
  /** The top of the lane. */
  readonly y: number;
  readonly height: number;
  /** Sub-rows (at least 1, so an empty lane still shows its label). */
  readonly rows: number;
  /** Marks in the lane. */
  readonly count: number;
}

/** A sub-row of a lane, its marks sorted by x and not overlapping (so a renderer can binary-search the visible ones). */
export interface RowLayout<T> {
  readonly lane: string;
  readonly laneIndex: number;
  readonly row: number;
  /** The vertical centre of the row. */
  readonly y: number;
  readonly marks: readonly Mark<T>[];
}

export interface TimelineLayout<T> {
  readonly width: number;
  readonly height: number;
  /** The plot area (inside the margins), in pixels. */
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  /** The time shown now: `baseDomain`, or a zoomed-in part of it after `rescaleLayout`. */
  domain: [Date, Date];
  /** The domain the rows were packed for; zooming may narrow it, never widen it. */
  readonly baseDomain: [Date, Date];
  /** The height of a row as drawn (`rowHeight`, or less when a fixed height narrows the rows). */
  readonly rowHeight: number;
  readonly markSize: number;
  readonly markGap: number;
  readonly lanes: readonly LaneLayout[];
  readonly rows: readonly RowLayout<T>[];
  /**
   * Every mark, in time order (start, then end, then data order, then lane). With the default domain every mark lies
   * inside `plot`; one partly outside an explicit `from`/`to` reaches past it, for the renderer to clip.
   */
  readonly marks: readonly Mark<T>[];
  /** Records drawn (a record with marks in several lanes counts once). */
  readonly recordCount: number;
  /** Labels with room, for marks in view. */
  labels: PlacedLabel<Mark<T>>[];
  /**
   * Per lane key, labels of marks in view with no room (every lane present); null when labels were not placed because
   * more than `labelMarkLimit` marks are in view.
   */
  hiddenLabels: Map<string, number> | null;
  /** Above this many marks in view, labels are not placed (the canvas that draws so many has none); null: no limit. */
  readonly labelMarkLimit: number | null;
  /** Records not drawn, and why: outside an explicit `from`/`to`, or with no lane. Nothing is dropped silently. */
  readonly excluded: readonly { readonly index: number; readonly id: string; readonly reason: string }[];
  /** The label measure (memoised), kept for `rescaleLayout`; null when labels are off. */
  readonly measure: MeasureText | null;
  /** The latest interval end of `marks[0..i]`, for each `i` (see `visibleMarks`). */
  readonly latestEnds: Float64Array;
}

/** A mark while the layout fills in its row and y. */
type MarkDraft<T> = { -readonly [K in keyof Mark<T>]: Mark<T>[K] };

type Excluded = TimelineLayout<unknown>['excluded'][number];

// The loops over records and marks are indexed: until V8 optimises a function, each step of a for…of allocates an
// iterator result, which was megabytes of garbage, and several collections, in a 10,000-record layout.

/** The earliest start and latest end of all records, or null for none. */
function timeExtent(intervals: readonly TimeInterval[]): [number, number] | null {
  let extent: [number, number] | null = null;
  for (let i = 0; i < intervals.length; i++) {
    const { start, end } = intervals[i] as TimeInterval;
    if (extent === null) extent = [start, end];
    else {
      if (start < extent[0]) extent[0] = start;
      if (end > extent[1]) extent[1] = end;
    }
  }
  return extent;
}

/** The records to draw (in the domain, with a lane), the ones left out and why, and the marks per lane key. */
function selectRecords(resolved: ResolvedRecords, domain: readonly [number, number]) {
  const excluded: Excluded[] = [];
  const included: number[] = [];
  const counts = new Map<string, number>();
  resolved.intervals.forEach((interval, index) => {
    const keys = resolved.laneKeys[index] as readonly string[];
    const id = resolved.ids[index] as string;
    if (interval.end <= domain[0] || interval.start >= domain[1]) {
      excluded.push({ index, id, reason: 'outside the domain (from/to)' });
    } else if (keys.length === 0) {
      excluded.push({ index, id, reason: 'no lane (the lane accessor returned no key)' });
    } else {
      included.push(index);
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k] as string;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  });
  return { included, excluded, counts };
}

/** Record indices in time order: start, then end, then data order. */
function inTimeOrder(included: readonly number[], intervals: readonly TimeInterval[]): Uint32Array {
  // Sorted through flat arrays of times: a comparator reading typed arrays is several times faster than one reading
  // interval objects, and this is the layout's largest sort.
  const starts = new Float64Array(intervals.length);
  const ends = new Float64Array(intervals.length);
  intervals.forEach((interval, i) => {
    starts[i] = interval.start;
    ends[i] = interval.end;
  });
  // The comparator answers -1, 0 or 1, never a difference of times: a fraction would be a heap number each call.
  return Uint32Array.from(included).sort((a, b) => {
    const startA = starts[a] as number;
    const startB = starts[b] as number;
    if (startA !== startB) return startA < startB ? -1 : 1;
    const endA = ends[a] as number;
    const endB = ends[b] as number;
    if (endA !== endB) return endA < endB ? -1 : 1;
    return a - b;
  });
}

/** One mark per record and lane, in time order, with x at the base domain; row and y are filled in by `stackLanes`. */
function buildMarks<T>(
  data: readonly T[],
  resolved: ResolvedRecords,
  order: Uint32Array,
  laneKeys: readonly string[],
  x: TimeScale,
  markSize: number,
): { marks: MarkDraft<T>[]; byLane: MarkDraft<T>[][] } {
  const laneIndex = new Map(laneKeys.map((key, i) => [key, i]));
  const marks: MarkDraft<T>[] = [];
  const byLane: MarkDraft<T>[][] = laneKeys.map(() => []);
  for (let o = 0; o < order.length; o++) {
    const index = order[o] as number;
    const keys = resolved.laneKeys[index] as readonly string[];
    const lanes = keys.length < 2 ? keys : [...keys].sort((a, b) => (laneIndex.get(a) ?? 0) - (laneIndex.get(b) ?? 0));
    const id = resolved.ids[index] as string;
    for (let l = 0; l < lanes.length; l++) {
      const lane = lanes[l] as string;
      const li = laneIndex.get(lane) as number;
      const mark: MarkDraft<T> = {
        record: data[index] as T,
        index,
        id,
        key: `${lane}\u0000${id}`,
        lane,
        laneIndex: li,
        row: 0,
        kind: resolved.kinds[index] as string,
        label: resolved.labels[index] as string,
        interval: resolved.intervals[index] as TimeInterval,
        // Coordinates start as NaN, not 0, so the engine stores them as floats from the first mark: an integer field
        // that later takes a fraction makes it rebuild every mark already made (it was a tenth of a 10,000-mark render).
        xStart: Number.NaN,
        xEnd: Number.NaN,
        x0: Number.NaN,
        x1: Number.NaN,
        y: Number.NaN,
        height: Number.NaN,
      };
      placeMarkX(mark, x, markSize);
      marks.push(mark);
      (byLane[li] as MarkDraft<T>[]).push(mark);
    }
  }
  return { marks, byLane };
}

/**
 * Packs each lane into rows and stacks the lanes from the top margin, setting each mark's row, y and height. A fixed
 * height narrows the rows to fit; 'auto' keeps `rowHeight`.
 */
function stackLanes<T>(options: NormalizedTimelineOptions<T>, laneKeys: readonly string[], byLane: MarkDraft<T>[][]) {
  const { margin, markSize, markGap } = options;
  const packings = byLane.map((laneMarks) => packRows(laneMarks, markGap));
  const totalRows = packings.reduce((sum, packing) => sum + Math.max(1, packing.rowCount), 0);
  const rowHeight =
    options.height === 'auto' || totalRows === 0
      ? options.rowHeight
      : Math.min(options.rowHeight, (options.height - margin.top - margin.bottom) / totalRows);
  const markHeight = Math.min(markSize, rowHeight);

  const lanes: LaneLayout[] = [];
  const rows: RowLayout<T>[] = [];
  let laneTop = margin.top;
  laneKeys.forEach((key, li) => {
    const packing = packings[li] as ReturnType<typeof packRows>;
    const laneMarks = byLane[li] as MarkDraft<T>[];
    const laneRows = Math.max(1, packing.rowCount);
    const label = options.laneLabel(key);
    if (typeof label !== 'string') {
      throw new TypeError(
        `laneLabel(${JSON.stringify(key)}): invalid label ${describeValue(label)} (expected a string)`,
      );
    }
    lanes.push({
      key,
      label,
      index: li,
      y: laneTop,
      height: laneRows * rowHeight,
      rows: laneRows,
      count: laneMarks.length,
    });
    const rowMarks: MarkDraft<T>[][] = Array.from({ length: packing.rowCount }, () => []);
    for (let o = 0; o < packing.order.length; o++) {
      const i = packing.order[o] as number;
      const mark = laneMarks[i] as MarkDraft<T>;
      mark.row = packing.rows[i] as number;
      mark.y = laneTop + (mark.row + 0.5) * rowHeight;
      mark.height = markHeight;
      (rowMarks[mark.row] as MarkDraft<T>[]).push(mark);
    }
    rowMarks.forEach((marks, row) => {
      rows.push({ lane: key, laneIndex: li, row, y: laneTop + (row + 0.5) * rowHeight, marks });
    });
    laneTop += laneRows * rowHeight;
  });
  return { lanes, rows, rowHeight, bottom: laneTop };
}

/**
 * Lays out a timeline: lanes, marks packed into rows so none overlap, and labels where they fit. Pure: no DOM, and
 * the same options give the same layout. O(n log n) in the number of marks.
 *
 * Zooming does not need a new layout: rows are packed for the widest domain, and a packing stays valid when zooming in
 * (see `placeMarkX`), so `rescaleLayout` only moves marks and re-places labels.
 *
 * @param measure the width of a label's text in pixels (canvas or SVG in the browser; an approximation in Node).
 * @throws TypeError naming the record (`data[3] ("id"): …`) when an accessor returns something unusable.
 */
export function timelineLayout<T>(
  options: NormalizedTimelineOptions<T>,
  measure: MeasureText,
  { labelMarkLimit = null }: { labelMarkLimit?: number | null } = {},
): TimelineLayout<T> {
  const { margin, markSize, markGap, width } = options;
  const left = margin.left;
  const right = width - margin.right;
  const resolved = resolveRecords(options);
  const domain = resolveDomain(options.from, options.to, timeExtent(resolved.intervals), right - left, markSize);
  const { included, excluded, counts } = selectRecords(resolved, domain);
  const laneKeys = orderLanes(counts, options.laneOrder);
  const order = inTimeOrder(included, resolved.intervals);
  const x = timeScale(domain, left, right);
  const { marks, byLane } = buildMarks(options.data, resolved, order, laneKeys, x, markSize);
  const { lanes, rows, rowHeight, bottom } = stackLanes(options, laneKeys, byLane);

  const height = options.height === 'auto' ? bottom + margin.bottom : options.height;
  const plot = { left, top: margin.top, right, bottom: height - margin.bottom };
  const memo = options.labels ? memoizeMeasure(measure) : null;
  const placement = memo
    ? placeLabels(
        rows.map((row) => row.marks),
        plot,
        markGap,
        memo,
        laneKeys,
        labelMarkLimit ?? Number.POSITIVE_INFINITY,
      )
    : { labels: [], hidden: new Map(laneKeys.map((key) => [key, 0])) };
  const dates: [Date, Date] = [new Date(domain[0]), new Date(domain[1])];
  return {
    width,
    height,
    plot,
    domain: dates,
    baseDomain: [dates[0], dates[1]],
    rowHeight,
    markSize,
    markGap,
    lanes,
    rows,
    marks,
    recordCount: included.length,
    labels: placement?.labels ?? [],
    hiddenLabels: placement?.hidden ?? null,
    labelMarkLimit,
    excluded,
    measure: memo,
    latestEnds: latestEnds(marks),
  };
}
