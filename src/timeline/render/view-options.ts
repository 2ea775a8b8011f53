import type { RecordDetails } from '../../shared/contact-details';
import { checkLocale, type LocaleInput } from '../../shared/locale';
import {
  accessor,
  booleanOption,
  invalidOption as invalid,
  positiveInteger,
  positiveNumber,
  textOption as text,
} from '../../shared/option-checks';

/** Where the data table of the timeline's records goes: read by screen readers only, shown, or not made. */
export type TableMode = 'hidden' | 'visible' | false;

/** What the tooltip, the mark's spoken label and the table say about a record (shared with the chord). */
export type TimelineRecordDetails = RecordDetails;

/** The options of the timeline that decide how it is shown, beside the ones that decide its layout. */
export interface TimelineViewOptions<T> {
  /**
   * The language of the axis (month and day names) and of the dates in tooltips, labels and the table: `'en'`,
   * `'ru'`, `'tr'`, or a d3-time-format locale definition (with an optional Intl `language`).
   * @default 'en'
   */
  locale?: LocaleInput;
  /**
   * The chart's accessible name.
   * @default "Timeline of Soviet–Turkish diplomatic contacts, 1937–1939" for the bundled data, else "Timeline"
   */
  title?: string;
  /**
   * The chart's accessible description.
   * @default a summary: how many records, lanes and dates, and how to use the keyboard
   */
  description?: string;
  /**
   * A table of the same records: `'hidden'` (read by screen readers, shown while it has keyboard focus),
   * `'visible'`, or `false` for none.
   * @default 'hidden'
   */
  table?: TableMode;
  /**
   * Rows per page of the table (Previous and Next buttons move between pages); sorting orders all rows. Each row is
   * several nodes, so a page is kept short.
   * @default 50
   */
  tablePageSize?: number;
  /**
   * Whether to show a legend of the kinds and of how dates are drawn.
   * @default true
   */
  legend?: boolean;
  /**
   * What the tooltip, the spoken label and the table say about a record.
   * @default for contacts: participants with offices, place, summary, a quote and the documents from the bundled
   *   dataset; for other records: the date, kind and label
   */
  details?: (record: T) => TimelineRecordDetails;
  /**
   * The most marks drawn as SVG elements at once. When more are in view they are drawn on a canvas (without labels,
   * which few of so many marks have room for); the keyboard and the table still reach every record. Each SVG mark is
   * several nodes that every zoom frame moves, so the limit is set where a frame still fits in 16 ms.
   * @default 500
   */
  svgMarkLimit?: number;
  /**
   * The shortest span, in days, that zooming in may show.
   * @default 7
   */
  minZoomSpanDays?: number;
  /**
   * Whether a span of time can be selected: by dragging over the plot's background (whole days), or from the
   * keyboard with the "Select" button, which selects the time shown. Each selection is a `brush` event. While the brush
   * is on, dragging the background selects rather than pans; the wheel, pinch, buttons and keys still zoom and pan.
   * @default false
   */
  brush?: boolean;
}

export interface NormalizedViewOptions<T> {
  locale: LocaleInput;
  title: string | null;
  description: string | null;
  table: TableMode;
  tablePageSize: number;
  legend: boolean;
  details: ((record: T) => TimelineRecordDetails) | null;
  svgMarkLimit: number;
  minZoomSpanDays: number;
  brush: boolean;
}

/** The names of the view options, so that `createTimeline` can tell them from layout options. */
export const viewOptionNames: readonly string[] = Object.freeze([
  'locale',
  'title',
  'description',
  'table',
  'tablePageSize',
  'legend',
  'details',
  'svgMarkLimit',
  'minZoomSpanDays',
  'brush',
]);

/**
 * Validates and defaults the view options. Every error names the option, the value and what was expected.
 * @throws TypeError (or RangeError for a locale definition with a bad language tag)
 */
export function normalizeViewOptions<T>(options: TimelineViewOptions<T>): NormalizedViewOptions<T> {
  const table = options.table ?? 'hidden';
  if (table !== 'hidden' && table !== 'visible' && table !== false) {
    throw invalid('table', table, 'expected "hidden", "visible" or false');
  }
  const given = (name: keyof TimelineViewOptions<T>) => options[name] !== undefined;
  const tablePageSize = given('tablePageSize') ? positiveInteger('tablePageSize', options.tablePageSize) : 50;
  const legend = given('legend') ? booleanOption('legend', options.legend) : true;
  const details = given('details') ? accessor<(record: T) => TimelineRecordDetails>('details', options.details) : null;
  const svgMarkLimit = given('svgMarkLimit') ? positiveInteger('svgMarkLimit', options.svgMarkLimit) : 500;
  const minZoomSpanDays = given('minZoomSpanDays') ? positiveNumber('minZoomSpanDays', options.minZoomSpanDays) : 7;
  const brush = given('brush') ? booleanOption('brush', options.brush) : false;
  // checkLocale's errors already name the option: 'invalid locale: …' or 'invalid locale definition: …'.
  const locale = checkLocale(options.locale ?? 'en');
  return {
    locale,
    title: text('title', options.title),
    description: text('description', options.description),
    table,
    tablePageSize,
    legend,
    details,
    svgMarkLimit,
    minZoomSpanDays,
    brush,
  };
}
