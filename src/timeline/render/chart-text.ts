import { formatEnglishNumber } from '../../shared/format-number';
import type { TimelineLayout } from '../layout/timeline-layout';
import type { NormalizedTimelineOptions } from '../options';
import { formatDateInput } from './format-date-input';
import type { ResolvedOptions } from './resolve-options';

const bundledTitle = 'Timeline of Soviet–Turkish diplomatic contacts, 1937–1939';

/** The chart's accessible name: the `title` option, or a default. */
export function chartTitle(
  options: Pick<ResolvedOptions<unknown>, 'bundled'> & { view: { title: string | null } },
): string {
  return options.view.title ?? (options.bundled ? bundledTitle : 'Timeline');
}

/** "1 record", "10,000 records": counts grouped as the tables' and the chord's are. */
const plural = (count: number, word: string) => `${formatEnglishNumber(count, 0)} ${word}${count === 1 ? '' : 's'}`;

/**
 * The days the records cover (", from 15 April 1937 to 28 December 1939"): the data's, not the padded axis'. A bound
 * no source gives is not a date of the data, so it does not count.
 */
function dataSpan(layout: TimelineLayout<unknown>, language: string): string {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  // Indexed, and assigning only a new extreme: until V8 optimises this, a for…of step and each number assigned are
  // objects for the collector (4 MB of an update of 100,000 records).
  const { marks } = layout;
  for (let i = 0; i < marks.length; i++) {
    const { interval } = marks[i] as (typeof marks)[number];
    if (!interval.openStart && interval.start < start) start = interval.start;
    if (!interval.openEnd && interval.end > end) end = interval.end;
  }
  if (!Number.isFinite(start) || !Number.isFinite(end)) return '';
  const day = (time: number) => formatDateInput(new Date(time), language);
  return `, from ${day(start)} to ${day(end - 1)}`;
}

/** The chart's accessible description: the `description` option, or what it shows and how to use the keyboard. */
export function chartDescription<T>(layout: TimelineLayout<T>, options: ResolvedOptions<T>): string {
  if (options.view.description) return options.view.description;
  const records = layout.recordCount;
  const excluded = layout.excluded.length;
  const summary =
    `${plural(records, 'record')} in ${plural(layout.lanes.length, 'lane')}${dataSpan(layout, options.language)}` +
    `${excluded > 0 ? `; ${excluded} outside the dates shown are not drawn` : ''}`;
  return [
    // A date may end in a full stop already ("1939 г."): never two.
    summary.endsWith('.') ? summary : `${summary}.`,
    'Tab moves to the marks; arrow keys move between them, left and right in time, up and down across lanes;',
    'Enter selects; Escape closes the details; plus, minus and 0 zoom in, out and back.',
    options.view.brush
      ? 'To select a span of time, zoom to it and press the Select button, or drag over the chart.'
      : '',
    options.view.table === false ? '' : 'A table of the same records follows the chart.',
  ]
    .filter(Boolean)
    .join(' ');
}

/** What the live region says after a zoom: "Showing 1 April 1939 to 31 May 1939." */
export function spanAnnouncement(domain: readonly [number, number], language: string): string {
  const [from, to] = domain.map((time) => formatDateInput(new Date(time), language));
  return `Showing ${from} to ${to}.`;
}

/** The table's header for the lane column. */
export function laneHeader(mode: NormalizedTimelineOptions<unknown>['laneMode']): string {
  return mode === 'polity-pair' ? 'Polities' : mode === 'person' ? 'Person' : 'Lane';
}

/** What the live region says after a selection: "Selected 1 April 1939 to 31 May 1939: 3 records." */
export function brushAnnouncement(span: readonly [number, number] | null, records: number, language: string): string {
  if (!span) return 'Selection cleared.';
  const from = formatDateInput(new Date(span[0]), language);
  const to = formatDateInput(new Date(span[1] - 1), language);
  return `Selected ${from} to ${to}: ${plural(records, 'record')}.`;
}
