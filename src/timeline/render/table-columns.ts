import type { DataTableColumn } from '../../shared/data-table';
import { participantText } from './tooltip-content';
import type { TimelineRecordDetails } from './view-options';

/** A row of the timeline's table: one record, its details, and a time to sort the date column by. */
export interface TimelineTableRow<T> {
  readonly record: T;
  readonly id: string;
  readonly time: number;
  readonly lanes: string;
  readonly details: TimelineRecordDetails;
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

/** The table's columns: only those some row has a value for, so custom records get a short table. */
export function tableColumns<T>(
  rows: readonly TimelineTableRow<T>[],
  laneHeader: string,
): DataTableColumn<TimelineTableRow<T>>[] {
  const some = (has: (details: TimelineRecordDetails) => boolean) => rows.some((row) => has(row.details));
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
  if (some((d) => Boolean(d.participants?.length))) {
    columns.push({
      id: 'participants',
      header: 'Participants',
      value: (row) => row.details.direction ?? (row.details.participants ?? []).map(participantText).join('; '),
    });
  }
  if (some((d) => d.place !== undefined)) {
    columns.push({ id: 'place', header: 'Place', sortable: true, value: (row) => row.details.place ?? null });
  }
  if (some((d) => Boolean(d.sources?.length))) {
    columns.push({
      id: 'sources',
      header: 'Sources',
      value: (row) => (row.details.sources ?? []).map((s) => s.text).join('; '),
      cell: (row, doc) => sourcesCell(row.details, doc),
    });
  }
  return columns;
}
