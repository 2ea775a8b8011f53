import type { Contact, DateValue, DeepReadonly } from '../data/types';
import { describeValue } from '../shared/describe-value';
import {
  accessor,
  booleanOption,
  distinctStrings,
  invalidOption as invalid,
  marginOption,
  nonNegativeNumber,
  positiveNumber,
} from '../shared/option-checks';
import { type LaneKeys, laneAccessor } from './layout/lanes';
import { isoDateRange } from './layout/time-interval';

/**
 * How records are put into lanes: one lane per polity pair ("turkey–ussr"), per participant (a record appears in the
 * lane of each of its participants), or per kind.
 */
export type LaneMode = 'polity-pair' | 'person' | 'kind';

/** A date a record may give: a Date (its UTC day), an ISO string `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or a dataset date. */
export type TimelineDateInput = Date | string | DateValue;

/** The default record type: a contact of the dataset (the bundled one is deeply frozen; a mutable one fits too). */
export type ContactRecord = DeepReadonly<Contact>;

/** Functions reading what the timeline needs from a record. */
export interface TimelineAccessors<T> {
  /** A unique, stable id (marks are joined by it). */
  id: (d: T) => string;
  date: (d: T) => TimelineDateInput;
  /** One lane key, or several: the record is then drawn once in each lane. */
  lane: (d: T) => string | readonly string[];
  /**
   * The text drawn beside the mark (hidden, and counted, when there is no room). For contacts, `createTimeline`'s
   * default names who took part ("Litvinov – Apaydın", or "Litvinov → Karsky" for a message); without it, the
   * summary's text.
   */
  label: (d: T) => string;
  /** The kind of the record, which chooses the mark's shape and colour. */
  kind: (d: T) => string;
}

/** Space around the plot, in pixels. */
export interface TimelineMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The options of the timeline that decide its layout. For the default record type, contacts, every accessor has a
 * default; records of another type must bring `id`, `date`, `label`, `kind` and a `lane` function (or records with
 * `polities`/`participants` fields for the named lane modes).
 */
export interface TimelineOptions<T = ContactRecord> extends Partial<Omit<TimelineAccessors<T>, 'lane'>> {
  /**
   * The records to draw.
   * @default the bundled dataset's contacts (supplied by `createTimeline`; see `normalizeTimelineOptions`)
   */
  data?: readonly T[];
  /**
   * A lane mode, or a lane accessor returning one key or several.
   * @default 'polity-pair'
   */
  lane?: LaneMode | ((d: T) => string | readonly string[]);
  /**
   * Lanes to draw first, in this order, even when empty; the others follow, most records first, then by key.
   * @default []
   */
  laneOrder?: readonly string[];
  /**
   * The text of a lane's label.
   * @default `TimelineDefaults.laneLabel` when given (e.g. polity and person names for the bundled data), else the key
   */
  laneLabel?: (key: string) => string;
  /**
   * The start of the time shown: an ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`: from its first day) or a Date (that
   * instant).
   * @default the earliest date in the data, padded a little
   */
  from?: string | Date;
  /**
   * The end of the time shown: an ISO date (its last day included) or a Date (that instant).
   * @default the latest date in the data, padded a little
   */
  to?: string | Date;
  /**
   * The width of the chart in pixels, margins included.
   * @default 640
   */
  width?: number;
  /**
   * The height of the chart in pixels, margins included, or 'auto' to give every row `rowHeight`. A fixed height
   * narrows the rows when they do not fit.
   * @default 'auto'
   */
  height?: number | 'auto';
  /**
   * Space around the plot in pixels: one number for all sides, or any of the sides.
   * @default { top: 8, right: 16, bottom: 32, left: 128 }
   */
  margin?: number | Partial<TimelineMargin>;
  /**
   * The height of one row of a lane, in pixels (a lane has as many rows as its overlapping marks need).
   * @default 24
   */
  rowHeight?: number;
  /**
   * The size of a point mark, and the least width and the thickness of any mark, in pixels.
   * @default 10
   */
  markSize?: number;
  /**
   * The least space between two marks, or a mark and a label, in one row, in pixels.
   * @default 4
   */
  markGap?: number;
  /**
   * How far, in days, an unknown bound of an uncertain date is drawn from its known bound (drawn fading, never as an
   * edge).
   * @default 30
   */
  openBoundSpan?: number;
  /**
   * Whether to draw text labels beside the marks.
   * @default true
   */
  labels?: boolean;
}

/** Every option resolved: validated, defaulted, and in the form the layout uses. */
export interface NormalizedTimelineOptions<T> extends Omit<TimelineAccessors<T>, 'lane'> {
  data: readonly T[];
  /**
   * The lane accessor (a mode resolved to its function). Undefined means the record lacks the field a lane mode
   * reads; the layout reports it with the record's position.
   */
  lane: (d: T) => LaneKeys | undefined;
  /** The lane mode, or 'custom' for a lane function. */
  laneMode: LaneMode | 'custom';
  laneOrder: readonly string[];
  laneLabel: (key: string) => string;
  /** The first instant shown (ms since the epoch), or null for the padded start of the data. */
  from: number | null;
  /** The instant after the last one shown (exclusive, ms), or null for the padded end of the data. */
  to: number | null;
  width: number;
  height: number | 'auto';
  margin: TimelineMargin;
  rowHeight: number;
  markSize: number;
  markGap: number;
  openBoundSpan: number;
  labels: boolean;
}

/**
 * Defaults that cannot live in this module. The bundled dataset is not imported here so that custom data never pulls
 * it in: `createTimeline` passes it as `data` (and names for lane labels) when its caller gives none.
 */
export interface TimelineDefaults<T> {
  data?: readonly T[];
  laneLabel?: (key: string) => string;
  /** The label accessor when none is given (for contacts: who took part). */
  label?: (d: T) => string;
}

const laneModes: readonly LaneMode[] = ['polity-pair', 'person', 'kind'];
const defaultMargin: TimelineMargin = { top: 8, right: 16, bottom: 32, left: 128 };

/** An instant from an ISO date or a Date; `edge` picks the first instant of the date or the one after its last. */
function instant(name: string, value: unknown, edge: 'start' | 'end'): number {
  if (value instanceof Date && Number.isFinite(value.getTime())) return value.getTime();
  const range = typeof value === 'string' ? isoDateRange(value) : null;
  if (range) return range[edge];
  throw invalid(name, value, 'expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD, or a Date');
}

/** Default accessors for contacts. They read fields structurally, so a record lacking one yields undefined, which the
 * layout reports with the record's position and a hint to pass an accessor. */
function contactAccessors<T>(): Omit<TimelineAccessors<T>, 'lane'> {
  type Loose = { id?: string; date?: TimelineDateInput; kind?: string; summary?: { text?: string } };
  return {
    id: (d) => (d as Loose).id as string,
    date: (d) => (d as Loose).date as TimelineDateInput,
    label: (d) => (d as Loose).summary?.text as string,
    kind: (d) => (d as Loose).kind as string,
  };
}

const optionNames = new Set<string>([
  'data',
  'id',
  'date',
  'lane',
  'label',
  'kind',
  'laneOrder',
  'laneLabel',
  'from',
  'to',
  'width',
  'height',
  'margin',
  'rowHeight',
  'markSize',
  'markGap',
  'openBoundSpan',
  'labels',
]);

/**
 * Validates and defaults timeline options: the one place this happens, so the layout and the renderer can trust every
 * field. Unknown option names are rejected, and every error names the option, the value and what was expected. An
 * option set to `undefined` counts as absent.
 *
 * @param defaults what this module cannot import (the bundled data, names for lane labels); without `defaults.data`,
 *   `options.data` is required.
 * @throws TypeError (or RangeError for a range that contradicts itself) naming the option.
 */
export function normalizeTimelineOptions<T = ContactRecord>(
  options: TimelineOptions<T> = {},
  defaults: TimelineDefaults<T> = {},
): NormalizedTimelineOptions<T> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalid('options', options, 'expected an object');
  }
  const given: Record<string, unknown> = { ...options };
  for (const key of Object.keys(given)) {
    if (!optionNames.has(key)) throw new TypeError(`unknown option: ${JSON.stringify(key)}`);
  }
  const has = (key: string) => given[key] !== undefined;

  const data = has('data') ? given.data : defaults.data;
  if (data === undefined) {
    throw new TypeError(
      'missing option: data (expected an array of records; or pass dataset, e.g. the bundled one: ' +
        "import { dataset } from 'soviet-turkish-contacts/data')",
    );
  }
  if (!Array.isArray(data)) throw invalid('data', data, 'expected an array of records');

  const contact = contactAccessors<T>();
  const id = has('id') ? accessor<TimelineAccessors<T>['id']>('id', given.id) : contact.id;
  const date = has('date') ? accessor<TimelineAccessors<T>['date']>('date', given.date) : contact.date;
  const label = has('label')
    ? accessor<TimelineAccessors<T>['label']>('label', given.label)
    : (defaults.label ?? contact.label);
  const kind = has('kind') ? accessor<TimelineAccessors<T>['kind']>('kind', given.kind) : contact.kind;

  const laneOption = has('lane') ? given.lane : 'polity-pair';
  let lane: (d: T) => LaneKeys | undefined;
  let laneMode: LaneMode | 'custom';
  if (typeof laneOption === 'function') {
    lane = laneOption as (d: T) => LaneKeys;
    laneMode = 'custom';
  } else if (laneModes.includes(laneOption as LaneMode)) {
    laneMode = laneOption as LaneMode;
    lane = laneAccessor<T>(laneMode, kind);
  } else {
    throw invalid('lane', laneOption, 'expected "polity-pair", "person", "kind" or a function');
  }

  const from = has('from') ? instant('from', given.from, 'start') : null;
  const to = has('to') ? instant('to', given.to, 'end') : null;
  if (from !== null && to !== null && to <= from) {
    throw new RangeError(
      `invalid to: ${describeValue(given.to)} (expected a date after from ${describeValue(given.from)})`,
    );
  }

  const resolvedMargin = has('margin') ? marginOption(given.margin, defaultMargin) : { ...defaultMargin };
  const width = has('width') ? positiveNumber('width', given.width) : 640;
  const horizontal = resolvedMargin.left + resolvedMargin.right;
  if (width <= horizontal) {
    throw new RangeError(`invalid width: ${width} (expected more than margin.left + margin.right = ${horizontal})`);
  }
  let height: number | 'auto' = 'auto';
  if (has('height') && given.height !== 'auto') {
    if (!(typeof given.height === 'number' && given.height > 0 && Number.isFinite(given.height))) {
      throw invalid('height', given.height, 'expected a positive number or "auto"');
    }
    height = given.height;
    const vertical = resolvedMargin.top + resolvedMargin.bottom;
    if (height <= vertical) {
      throw new RangeError(`invalid height: ${height} (expected more than margin.top + margin.bottom = ${vertical})`);
    }
  }

  return {
    data: data as readonly T[],
    id,
    date,
    lane,
    label,
    kind,
    laneMode,
    laneOrder: has('laneOrder') ? distinctStrings('laneOrder', given.laneOrder) : [],
    laneLabel: has('laneLabel')
      ? accessor<(key: string) => string>('laneLabel', given.laneLabel)
      : (defaults.laneLabel ?? ((key) => key)),
    from,
    to,
    width,
    height,
    margin: resolvedMargin,
    rowHeight: has('rowHeight') ? positiveNumber('rowHeight', given.rowHeight) : 24,
    markSize: has('markSize') ? positiveNumber('markSize', given.markSize) : 10,
    markGap: has('markGap') ? nonNegativeNumber('markGap', given.markGap) : 4,
    openBoundSpan: has('openBoundSpan') ? positiveNumber('openBoundSpan', given.openBoundSpan) : 30,
    labels: has('labels') ? booleanOption('labels', given.labels) : true,
  };
}
