/**
 * The timeline's data table (shared/data-table): one row per record drawn, in time order, with the same details the
 * tooltip shows. Rows and columns keep their objects while unchanged, so the table keeps its DOM across updates.
 */
import { createDataTable, type DataTableColumn, type DataTableHandle } from '../../shared/data-table';
import type { TimelineLayout } from '../layout/timeline-layout';
import { type TimelineTableRow, tableColumns } from './table-columns';
import type { TableMode, TimelineRecordDetails } from './view-options';

export interface TimelineTableState<T> {
  layout: TimelineLayout<T>;
  details: (record: T) => TimelineRecordDetails;
  mode: TableMode;
  caption: string;
  laneHeader: string;
}

export interface TimelineTable<T> {
  sync(state: TimelineTableState<T>): void;
  destroy(): void;
}

const description = 'The records of the timeline, one row each, with their dates as the sources state them.';

const columnSignature = (columns: readonly { id: string; header: string }[]) =>
  columns.map((column) => `${column.id}|${column.header}`).join();

export function createTimelineTable<T>(parent: Element): TimelineTable<T> {
  let table: DataTableHandle<TimelineTableRow<T>> | null = null;
  let rows = new Map<T, TimelineTableRow<T>>();
  let columns: DataTableColumn<TimelineTableRow<T>>[] | null = null;

  function rowsOf({ layout, details }: TimelineTableState<T>): TimelineTableRow<T>[] {
    const lanesOf = new Map<T, string[]>();
    for (const mark of layout.marks) {
      const label = layout.lanes[mark.laneIndex]?.label ?? mark.lane;
      const lanes = lanesOf.get(mark.record);
      if (lanes) lanes.push(label);
      else lanesOf.set(mark.record, [label]);
    }
    const next = new Map<T, TimelineTableRow<T>>();
    for (const mark of layout.marks) {
      if (next.has(mark.record)) continue;
      const lanes = (lanesOf.get(mark.record) as string[]).join(', ');
      const previous = rows.get(mark.record);
      const recordDetails = details(mark.record);
      // An unchanged row keeps its object, so the table keeps its cells.
      const row =
        previous &&
        previous.lanes === lanes &&
        previous.details === recordDetails &&
        previous.time === mark.interval.start
          ? previous
          : { record: mark.record, id: mark.id, time: mark.interval.start, lanes, details: recordDetails };
      next.set(mark.record, row);
    }
    rows = next;
    return [...next.values()];
  }

  return {
    sync(state) {
      if (state.mode === false) {
        table?.destroy();
        table = null;
        rows = new Map();
        return;
      }
      const list = rowsOf(state);
      const nextColumns = tableColumns(list, state.laneHeader);
      // The same columns keep the same array, or the table would rebuild every row.
      if (!columns || columnSignature(columns) !== columnSignature(nextColumns)) columns = nextColumns;
      const hidden = state.mode === 'hidden';
      if (table) {
        table.update({ rows: list, columns, caption: state.caption, description, hidden });
      } else {
        table = createDataTable(parent, {
          caption: state.caption,
          description,
          columns,
          rows: list,
          key: (row) => row.id,
          hidden,
          sortBy: 'date',
          className: 'stc-timeline__table',
        });
      }
    },
    destroy() {
      table?.destroy();
      table = null;
    },
  };
}
