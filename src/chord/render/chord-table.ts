/**
 * The chord's data table (shared/data-table): the matrix drawn, a row and a numeric column per group and a total,
 * the chart's text alternative. Directed, rows are senders and columns recipients, and the caption says so. Rows are
 * keyed by group, so a kept group keeps its `<tr>` across updates.
 */
import {
  createDataTable,
  type DataTableColumn,
  type DataTableHandle,
  type DataTableOptions,
} from '../../shared/data-table';
import type { ChordLayout } from '../layout/chord-layout';
import type { ChordGroupMode } from '../options';
import { groupNoun } from './chart-text';

export interface ChordTableState {
  layout: ChordLayout;
  /** Each matrix row's label, by index. */
  labels: readonly string[];
  title: string;
  hidden: boolean;
  weighted: boolean;
  byMode: ChordGroupMode | 'custom';
}

export interface ChordTable {
  readonly element: HTMLElement | null;
  sync(state: ChordTableState): void;
  destroy(): void;
}

interface MatrixRow {
  readonly key: string;
  readonly label: string;
  readonly values: readonly number[];
  readonly total: number;
}

/** Two decimals at most: weights may be fractions, and sums of them carry floating-point noise. */
const tidy = (value: number) => Math.round(value * 100) / 100;

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function columnsOf(state: ChordTableState): DataTableColumn<MatrixRow>[] {
  const { layout, labels, byMode } = state;
  const directed = layout.directed;
  const noun = capitalised(groupNoun(byMode, 1));
  return [
    {
      id: 'group',
      header: directed ? `${noun} (sender)` : noun,
      value: (row) => row.label,
      rowHeader: true,
      sortable: true,
    },
    ...layout.matrix.keys.map(
      (key, index): DataTableColumn<MatrixRow> => ({
        id: `group:${key}`,
        header: directed ? `To ${labels[index]}` : (labels[index] as string),
        value: (row) => tidy(row.values[index] ?? 0),
        numeric: true,
        sortable: true,
      }),
    ),
    {
      id: 'total',
      header: directed ? 'Total sent' : 'Total',
      value: (row) => tidy(row.total),
      numeric: true,
      sortable: true,
    },
  ];
}

function captionOf(state: ChordTableState): string {
  const many = groupNoun(state.byMode, 2);
  const one = groupNoun(state.byMode, 1);
  return state.layout.directed
    ? `${state.title}: messages from each ${one} (rows, senders) to each ${one} (columns, recipients)`
    : `${state.title}: contacts between ${many}`;
}

function descriptionOf(state: ChordTableState): string {
  const amount = state.weighted ? 'sums the weights of the' : 'counts the';
  const merged = state.layout.matrix.other ? ' The last row and column gather the small groups merged into one.' : '';
  return state.layout.directed
    ? `Each cell ${amount} messages sent from the row's group to the column's. A message with senders or recipients in several groups counts in each pair.${merged}`
    : `Each cell ${amount} contacts between the row's group and the column's; the diagonal, those within one group. A contact among three or more groups counts in each pair, so a row's total may exceed its number of contacts.${merged}`;
}

const sameValues = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/** The rows of the matrix; a row whose label and numbers are unchanged keeps its object, so the table its cells. */
function rowsOf(state: ChordTableState, previous: ReadonlyMap<string, MatrixRow>): MatrixRow[] {
  const { keys, matrix } = state.layout.matrix;
  return keys.map((key, index) => {
    const values = matrix[index] ?? [];
    const label = state.labels[index] ?? key;
    const kept = previous.get(key);
    if (kept && kept.label === label && sameValues(kept.values, values)) return kept;
    return { key, label, values, total: values.reduce((sum, value) => sum + value, 0) };
  });
}

/** The columns' identity: the table rebuilds its header only when this changes. */
const signatureOf = (columns: readonly DataTableColumn<MatrixRow>[]) =>
  JSON.stringify(columns.map((column) => [column.id, column.header]));

/**
 * Whether the table would show the same as it does: then it is not updated at all, since even an update that keeps
 * every row moves them, and the browser lays a table of 36 × 38 cells out again in ~40 ms (a resize or a new pad angle
 * changes the ring, not the matrix).
 */
function unchanged(
  current: Readonly<DataTableOptions<MatrixRow>>,
  next: Pick<DataTableOptions<MatrixRow>, 'caption' | 'description' | 'columns' | 'rows' | 'hidden'>,
  previousRows: ReadonlyMap<string, MatrixRow>,
): boolean {
  return (
    current.columns === next.columns &&
    current.caption === next.caption &&
    current.description === next.description &&
    current.hidden === next.hidden &&
    next.rows.length === previousRows.size &&
    next.rows.every((row) => previousRows.get(row.key) === row)
  );
}

export function createChordTable(parent: Element): ChordTable {
  let table: DataTableHandle<MatrixRow> | null = null;
  let columns: DataTableColumn<MatrixRow>[] = [];
  let signature = '';
  let rows = new Map<string, MatrixRow>();

  return {
    get element() {
      return table?.element ?? null;
    },
    sync(state) {
      const next = columnsOf(state);
      const nextSignature = signatureOf(next);
      // The same columns keep their array, so the table keeps its header (and a reader's sort).
      if (nextSignature !== signature) {
        columns = next;
        signature = nextSignature;
      }
      const list = rowsOf(state, rows);
      const options = {
        caption: captionOf(state),
        description: descriptionOf(state),
        columns,
        rows: list,
        hidden: state.hidden,
        emptyText: 'No contacts to count.',
      };
      if (table && unchanged(table.options, options, rows)) return;
      rows = new Map(list.map((row) => [row.key, row]));
      if (table) table.update(options);
      else table = createDataTable(parent, { ...options, key: (row) => row.key, className: 'stc-chord__table' });
    },
    destroy() {
      table?.destroy();
      table = null;
      rows = new Map();
    },
  };
}
