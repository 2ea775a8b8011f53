import type { DataTableColumn } from '../../shared/data-table';
import { participantText } from './tooltip-content';
import type { TimelineRecordDetails } from './view-options';

/**
 * A row of the timeline's table: one record, its details, and a time to sort the date column by. `details` may be
 * computed on first read (see timeline-table): read it only for what is shown or sorted by.
 */
export interface TimelineTableRow<T> {
  readonly record: T;
  readonly id: string;
  readonly time: number;
  readonly lanes: string;
  readonly details: TimelineRecordDetails;
}

/** The columns only some records have a value for: each is shown when any row has one. */
export type OptionalColumn = 'participants' | 'place' | 'sources';

export const optionalColumnNames: readonly OptionalColumn[] = ['participants', 'place', 'sources'];

/** For each optional column, the first row found with a value for it; a column with a row is shown. */
export type OptionalColumnRows<T> = Partial<Record<OptionalColumn, TimelineTableRow<T>>>;

const hasValue: Record<OptionalColumn, (details: TimelineRecordDetails) => boolean> = {
  participants: (details) => Boolean(details.participants?.length),
  place: (details) => details.place !== undefined,
  sources: (details) => Boolean(details.sources?.length),
};

export const foundEveryOptionalColumn = <T>(found: OptionalColumnRows<T>) =>
  optionalColumnNames.every((column) => found[column] !== undefined);

/**
 * Records in `found` the optional columns that rows[from, to) have a value for, and returns where it stopped: `to`, or
 * earlier once every column is found. Reads each row's details, which may be costly (formatting the dates of 10,000
 * records takes about 100 ms), so a caller can scan in slices; when a column is empty for every row, only a scan of
 * every row can tell.
 */
export function scanOptionalColumns<T>(
  rows: readonly TimelineTableRow<T>[],
  found: OptionalColumnRows<T>,
  from = 0,
  to = rows.length,
): number {
  for (let index = from; index < to; index++) {
    if (foundEveryOptionalColumn(found)) return index;
    const row = rows[index] as TimelineTableRow<T>;
    for (const column of optionalColumnNames) {
      if (found[column] === undefined && hasValue[column](row.details)) found[column] = row;
    }
  }
  return to;
}

function scanned<T>(rows: readonly TimelineTableRow<T>[]): OptionalColumnRows<T> {
  const found: OptionalColumnRows<T> = {};
  scanOptionalColumns(rows, found);
  return found;
}

function sourcesCell(details: TimelineRecordDetails, doc: Document): Node {
  const fragment = doc.createDocumentFragment();
  (details.sources ?? []).forEach((source, i) => {
    if (i > 0) fragment.append('; ');
    if (source.url) {
      const a = doc.createElement('a');
      a.href = source.url;
      a.textContent = source.text;
      fragment.append(a);
    } else {
      fragment.append(source.text);
    }
  });
  return fragment;
}

/**
 * The table's columns: only those some row has a value for, so custom records get a short table. `has` says which
 * optional columns to show; by default every row is scanned for them.
 */
export function tableColumns<T>(
  rows: readonly TimelineTableRow<T>[],
  laneHeader: string,
  has: OptionalColumnRows<T> = scanned(rows),
): DataTableColumn<TimelineTableRow<T>>[] {
  const columns: DataTableColumn<TimelineTableRow<T>>[] = [
    {
      id: 'date',
      header: 'Date',
      sortable: true,
      numeric: false,
      value: (row) => row.time,
      cell: (row, doc) => doc.createTextNode(row.details.date),
    },
    { id: 'kind', header: 'Kind', sortable: true, value: (row) => row.details.kind },
    {
      id: 'summary',
      header: 'Summary',
      rowHeader: true,
      value: (row) => row.details.summary?.text ?? row.id,
      cell: (row, doc) => {
        const fragment = doc.createDocumentFragment();
        fragment.append(row.details.summary?.text ?? row.id);
        if (row.details.summary?.editorial) {
          const note = doc.createElement('span');
          note.className = 'stc-note';
          note.textContent = ' (editorial)';
          fragment.append(note);
        }
        return fragment;
      },
    },
    { id: 'lane', header: laneHeader, sortable: true, value: (row) => row.lanes },
  ];
  if (has.participants) {
    columns.push({
      id: 'participants',
      header: 'Participants',
      value: (row) => row.details.direction ?? (row.details.participants ?? []).map(participantText).join('; '),
    });
  }
  if (has.place) {
    columns.push({ id: 'place', header: 'Place', sortable: true, value: (row) => row.details.place ?? null });
  }
  if (has.sources) {
    columns.push({
      id: 'sources',
      header: 'Sources',
      value: (row) => (row.details.sources ?? []).map((s) => s.text).join('; '),
      cell: (row, doc) => sourcesCell(row.details, doc),
    });
  }
  return columns;
}
