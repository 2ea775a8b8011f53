/**
 * The timeline's data table (shared/data-table): one row per record drawn, in time order, with the same details the
 * tooltip shows, a page of rows at a time. Rows and columns keep their objects while unchanged, so the table keeps
 * its DOM across updates.
 */
import { createDataTable, type DataTableColumn, type DataTableHandle } from '../../shared/data-table';
import type { TimeInterval } from '../layout/time-interval';
import type { Mark, TimelineLayout } from '../layout/timeline-layout';
import {
  foundEveryOptionalColumn,
  type OptionalColumnRows,
  optionalColumnNames,
  scanOptionalColumns,
  type TimelineTableRow,
  tableColumns,
} from './table-columns';
import type { TableMode, TimelineRecordDetails } from './view-options';

export interface TimelineTableState<T> {
  layout: TimelineLayout<T>;
  details: (record: T) => TimelineRecordDetails;
  mode: TableMode;
  caption: string;
  laneHeader: string;
  /** Rows per page of the table (the `tablePageSize` option, resolved with its default). */
  pageSize: number;
  /**
   * Whether `details` can give participants, places or sources at all. False for details made from the accessors
   * alone, which never do: the rows are then not scanned for those columns (at 10,000 records that scan formatted
   * every record's details for nothing).
   */
  optionalColumns?: boolean | undefined;
}

export interface TimelineTable<T> {
  sync(state: TimelineTableState<T>): void;
  destroy(): void;
}

/**
 * How many rows are scanned for the optional columns (participants, place, sources) before the table is built. Any
 * dataset of that size gets its final columns at once; beyond it the rest is scanned while the page is idle, and a
 * column found late is added then (reading the details of 10,000 records would cost more than building the table).
 */
export const rowsScannedAtOnce = 1000;

/** Rows scanned per step of the idle scan, which keeps stepping while the browser says it has time. */
const idleScanSlice = 250;

/** Runs `step` when the page is idle (soon, where requestIdleCallback is missing); returns a cancel function. */
function whenIdle(view: Window | null, step: (timeLeft: () => number) => void): () => void {
  if (view && typeof view.requestIdleCallback === 'function') {
    // The timeout makes sure the scan ends even on a page that is never idle.
    const id = view.requestIdleCallback((deadline) => step(() => deadline.timeRemaining()), { timeout: 500 });
    return () => view.cancelIdleCallback(id);
  }
  const id = setTimeout(() => {
    const end = performance.now() + 8;
    step(() => end - performance.now());
  }, 0);
  return () => clearTimeout(id);
}

const description = 'The records of the timeline, one row each, with their dates as the sources state them.';

const columnSignature = (columns: readonly { id: string; header: string }[]) =>
  columns.map((column) => `${column.id}|${column.header}`).join();

/**
 * A row whose details are computed on first read: with a paged table sorted by time, only the rows shown (and the
 * column choice) need them, not all 10,000.
 */
class LazyTableRow<T> implements TimelineTableRow<T> {
  private computed: TimelineRecordDetails | undefined;

  constructor(
    readonly record: T,
    readonly id: string,
    // The record's interval, shared with its marks, rather than its start: a time is a number the engine would keep
    // as one more heap object per row.
    private readonly interval: TimeInterval,
    readonly lanes: string,
    private readonly detailsOf: (record: T) => TimelineRecordDetails,
  ) {}

  get time(): number {
    return this.interval.start;
  }

  get details(): TimelineRecordDetails {
    this.computed ??= this.detailsOf(this.record);
    return this.computed;
  }

  /** Whether this row can stand for the record under `details`, so its table row keeps its cells. */
  isCurrent(lanes: string, time: number, details: (record: T) => TimelineRecordDetails): boolean {
    if (this.lanes !== lanes || this.time !== time || this.detailsOf !== details) return false;
    // Details never read were never shown; read ones must be the same object to keep the cells built from them.
    return this.computed === undefined || details(this.record) === this.computed;
  }
}

export function createTimelineTable<T>(parent: Element): TimelineTable<T> {
  let table: DataTableHandle<TimelineTableRow<T>> | null = null;
  // The rows of the last sync, in time order (a record's row is looked up by record only when the data changes).
  let rows: LazyTableRow<T>[] = [];
  let columns: DataTableColumn<TimelineTableRow<T>>[] | null = null;
  let found: OptionalColumnRows<T> = {};
  let cancelScan: (() => void) | null = null;

  function stopScan(): void {
    cancelScan?.();
    cancelScan = null;
  }

  /** Keeps the columns array while the columns are the same, or the table would rebuild every row. */
  function chooseColumns(
    list: readonly TimelineTableRow<T>[],
    laneHeader: string,
  ): DataTableColumn<TimelineTableRow<T>>[] {
    const next = tableColumns(list, laneHeader, found);
    if (!columns || columnSignature(columns) !== columnSignature(next)) columns = next;
    return columns;
  }

  /** Scans rows[from…] for optional columns in idle time, then adds the columns it found to the table. */
  function scanLater(list: readonly TimelineTableRow<T>[], from: number, laneHeader: string): void {
    let index = from;
    const step = (timeLeft: () => number) => {
      do {
        index = scanOptionalColumns(list, found, index, Math.min(list.length, index + idleScanSlice));
      } while (index < list.length && !foundEveryOptionalColumn(found) && timeLeft() > 1);
      if (index < list.length && !foundEveryOptionalColumn(found)) {
        cancelScan = whenIdle(parent.ownerDocument.defaultView, step);
        return;
      }
      cancelScan = null;
      const before = columns;
      const after = chooseColumns(list, laneHeader);
      if (after !== before) table?.update({ columns: after });
    };
    cancelScan = whenIdle(parent.ownerDocument.defaultView, step);
  }

  function rowsOf({ layout, details }: TimelineTableState<T>): LazyTableRow<T>[] {
    // Rows to keep by record: empty on a first render, which so builds no map of every record.
    const previous = new Map<T, LazyTableRow<T>>();
    for (const row of rows) previous.set(row.record, row);
    const next: LazyTableRow<T>[] = [];
    const { marks } = layout;
    const laneLabel = (mark: Mark<T>) => layout.lanes[mark.laneIndex]?.label ?? mark.lane;
    // A record's marks (one per lane) are next to each other: the layout orders marks by time, then record, then lane.
    for (let first = 0; first < marks.length; ) {
      const mark = marks[first] as Mark<T>;
      let end = first + 1;
      while (end < marks.length && (marks[end] as Mark<T>).record === mark.record) end++;
      const lanes = end - first === 1 ? laneLabel(mark) : marks.slice(first, end).map(laneLabel).join(', ');
      const kept = previous.get(mark.record);
      // An unchanged row keeps its object, so the table keeps its cells.
      next.push(
        kept?.isCurrent(lanes, mark.interval.start, details) === true
          ? kept
          : new LazyTableRow(mark.record, mark.id, mark.interval, lanes, details),
      );
      first = end;
    }
    rows = next;
    return next;
  }

  return {
    sync(state) {
      stopScan();
      if (state.mode === false) {
        table?.destroy();
        table = null;
        rows = [];
        found = {};
        return;
      }
      const list: readonly TimelineTableRow<T>[] = rowsOf(state);
      // A column stays found while the row that showed it is unchanged (rowsOf keeps its object).
      const kept: OptionalColumnRows<T> = {};
      for (const column of optionalColumnNames) {
        const row = found[column];
        if (row && list.includes(row)) kept[column] = row;
      }
      found = state.optionalColumns === false ? {} : kept;
      const scanned =
        state.optionalColumns === false
          ? list.length
          : scanOptionalColumns(list, found, 0, Math.min(list.length, rowsScannedAtOnce));
      const shownColumns = chooseColumns(list, state.laneHeader);
      if (scanned < list.length && !foundEveryOptionalColumn(found)) scanLater(list, scanned, state.laneHeader);
      const hidden = state.mode === 'hidden';
      const { pageSize } = state;
      if (table) {
        table.update({ rows: list, columns: shownColumns, caption: state.caption, description, hidden, pageSize });
      } else {
        table = createDataTable(parent, {
          caption: state.caption,
          description,
          columns: shownColumns,
          rows: list,
          key: (row) => row.id,
          keysAreUnique: true, // ids: the layout throws on a duplicate
          hidden,
          sortBy: 'date',
          // rowsOf lists the records in the layout's time order.
          orderedBy: 'date',
          className: 'stc-timeline__table',
          pageSize,
        });
      }
    },
    destroy() {
      stopScan();
      table?.destroy();
      table = null;
    },
  };
}
