/**
 * An accessible, sortable data table: the text alternative every chart of the package offers for its data.
 * DOM only, CSP-safe (no inline styles; the classes live in theme.css), text from data always set as text.
 */
import { formatEnglishNumber } from './format-number';

export type CellValue = string | number | null;
export type SortDirection = 'ascending' | 'descending';

export interface DataTableColumn<T> {
  /** Unique among the columns; `sortBy` names a column by it. */
  id: string;
  header: string;
  /** The cell's text, and what the column sorts by. */
  value: (row: T) => CellValue;
  /** Optional: render links, e.g. a source URL; must create DOM nodes (never innerHTML). */
  cell?: (row: T, doc: Document) => Node;
  /** The row header column (th scope=row). At most one column. */
  rowHeader?: boolean;
  sortable?: boolean;
  /** Compare values as numbers and align the column to the end. */
  numeric?: boolean;
}

export interface DataTableOptions<T> {
  caption: string;
  /** A longer explanation shown under the caption, read as the table's description (not as part of its name). */
  description?: string;
  columns: DataTableColumn<T>[];
  rows: readonly T[];
  /** Visually hidden but read by screen readers; shown again while it holds keyboard focus. */
  hidden?: boolean;
  sortBy?: string;
  sortDirection?: SortDirection;
  /**
   * A sortable column whose ascending order the rows already come in (a timeline's rows, by date). While the table is
   * sorted that way it shows them as given, without reading every row's value to sort or check them.
   */
  orderedBy?: string;
  /** The text of the single row shown when there are no rows. */
  emptyText?: string;
  /** Extra class names for the table's container element. */
  className?: string;
  /** Identifies a row across updates so its `<tr>` is kept (default: the row's index). Must be unique. */
  key?: (row: T) => string;
  /**
   * Set when the caller has already made sure that `key` gives a different string for every row (the timeline's
   * record ids, which its layout checks): the table then does not check them again, which costs a set of every key.
   */
  keysAreUnique?: boolean;
  /** Called after a reader sorts by a header button (not when `update` sets the sort). */
  onSort?: (sortBy: string, sortDirection: SortDirection) => void;
  /**
   * The most rows shown at once: the sorted rows are split into pages of this many, with Previous and Next buttons
   * after the table. Undefined (the default) shows every row on one page.
   */
  pageSize?: number;
}

export interface DataTableHandle<T> {
  readonly table: HTMLTableElement;
  /** The element holding the table (and scrolling it when wide): what `hidden` and `className` apply to. */
  readonly element: HTMLElement;
  /** The current options, including a sort chosen by the reader. */
  readonly options: Readonly<DataTableOptions<T>>;
  /** The page shown, counted from 0 (always 0 without `pageSize`). */
  readonly page: number;
  /** How many pages the rows fill (at least 1). */
  readonly pageCount: number;
  /** Shows page `page` (0-based) of the sorted rows; throws unless 0 ≤ page < pageCount. */
  showPage(page: number): void;
  update(options: Partial<DataTableOptions<T>>): void;
  destroy(): void;
}

const defaultEmptyText = 'No rows to show.';
let tableCount = 0;

function fail(message: string): never {
  throw new Error(`createDataTable: ${message}`);
}

/** A value as an error message shows it: numbers as written (NaN stays NaN), anything else as JSON. */
function asWritten(value: unknown): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

function quoteList(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function validate<T>(options: DataTableOptions<T>): void {
  if (typeof options.caption !== 'string' || options.caption.trim() === '') {
    fail(`missing caption (expected a non-empty string naming the table, got ${JSON.stringify(options.caption)})`);
  }
  if (!Array.isArray(options.columns) || options.columns.length === 0) {
    fail('invalid columns (expected a non-empty array of { id, header, value })');
  }
  const ids = new Set<string>();
  let rowHeaders = 0;
  for (const [index, column] of options.columns.entries()) {
    if (typeof column?.id !== 'string' || column.id === '') fail(`columns[${index}]: missing id (expected a string)`);
    if (ids.has(column.id)) fail(`columns[${index}]: duplicate column id ${JSON.stringify(column.id)}`);
    ids.add(column.id);
    if (typeof column.header !== 'string') fail(`columns[${index}] (${column.id}): missing header (expected a string)`);
    if (typeof column.value !== 'function')
      fail(`columns[${index}] (${column.id}): value must be a function of the row`);
    if (column.rowHeader) rowHeaders += 1;
  }
  if (rowHeaders > 1) fail(`at most one column may be the row header (found ${rowHeaders})`);
  if (!Array.isArray(options.rows)) fail('invalid rows (expected an array)');
  const sortable = options.columns.filter((column) => column.sortable).map((column) => column.id);
  for (const name of ['sortBy', 'orderedBy'] as const) {
    const value = options[name];
    if (value !== undefined && !sortable.includes(value)) {
      fail(
        `invalid ${name}: ${JSON.stringify(value)} (expected one of ${quoteList(sortable) || 'no sortable column'})`,
      );
    }
  }
  if (
    options.sortDirection !== undefined &&
    options.sortDirection !== 'ascending' &&
    options.sortDirection !== 'descending'
  ) {
    fail(`invalid sortDirection: ${JSON.stringify(options.sortDirection)} (expected "ascending" or "descending")`);
  }
  const { pageSize } = options;
  if (pageSize !== undefined && !(Number.isInteger(pageSize) && pageSize > 0)) {
    fail(`invalid pageSize: ${asWritten(pageSize)} (expected a positive integer)`);
  }
}

let collator: Intl.Collator | null = null;

/**
 * The collator text columns sort by, made on the first text comparison: the first collator of a page costs about
 * 20 ms (ICU loads its data), which a table sorted by dates or numbers never needs.
 */
function textCollator(): Intl.Collator {
  collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return collator;
}

/** Orders two values ascending; empty values (null, '') are handled by the caller. */
function compareValues(a: string | number, b: string | number, numeric: boolean): number {
  if (numeric || (typeof a === 'number' && typeof b === 'number')) {
    const x = Number(a);
    const y = Number(b);
    if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  }
  return textCollator().compare(String(a), String(b));
}

function isEmptyValue(value: CellValue): value is null | '' {
  return value === null || value === '';
}

/**
 * The indices of the rows in display order. Stable: equal values keep the input order in both directions, and empty
 * values (null, '') always come last, so that reversing the sort does not bury the rows that have data.
 */
export function sortOrder<T>(
  rows: readonly T[],
  column: Pick<DataTableColumn<T>, 'value' | 'numeric'> | undefined,
  direction: SortDirection,
): number[] {
  const indices = inputOrder(rows.length);
  if (!column) return indices;
  const sign = direction === 'descending' ? -1 : 1;
  const values = rows.map((row) => column.value(row));
  const compare = (a: number, b: number) => {
    const x = values[a] ?? null;
    const y = values[b] ?? null;
    const xEmpty = isEmptyValue(x);
    const yEmpty = isEmptyValue(y);
    if (xEmpty || yEmpty) return xEmpty === yEmpty ? a - b : xEmpty ? 1 : -1;
    return sign * compareValues(x, y, column.numeric === true) || a - b;
  };
  // Rows often come in the order asked for (a timeline's, by date): one pass to see it beats sorting them.
  let inOrder = true;
  for (let i = 1; i < indices.length && inOrder; i++) inOrder = compare(i - 1, i) < 0;
  return inOrder ? indices : indices.sort(compare);
}

/** 0, 1, … `count` − 1. */
function inputOrder(count: number): number[] {
  const order = new Array<number>(count);
  for (let i = 0; i < count; i++) order[i] = i;
  return order;
}

/**
 * The key of every row, in input order; throws on a key that is not a string, or not unique (unless the caller says
 * they are: `keysAreUnique`).
 */
function rowKeys<T>(options: DataTableOptions<T>): string[] {
  const { key, rows } = options;
  const keys = new Array<string>(rows.length);
  const seen = key && options.keysAreUnique !== true ? new Set<string>() : null;
  for (let index = 0; index < rows.length; index++) {
    const value = key ? key(rows[index] as T) : String(index);
    if (typeof value !== 'string') fail(`key must return a string (got ${typeof value} for rows[${index}])`);
    if (seen?.has(value)) {
      fail(
        `duplicate row key ${JSON.stringify(value)} (rows[${keys.indexOf(value)}] and rows[${index}]); key must be unique per row`,
      );
    }
    seen?.add(value);
    keys[index] = value;
  }
  return keys;
}

interface RenderedRow<T> {
  readonly tr: HTMLTableRowElement;
  /** The data the cells were filled from: a new object for the same key refills them. */
  row: T;
}

// The pager's words are English like the rest of the component's text, so its numbers are formatted as English too.
const rowNumber = (count: number) => formatEnglishNumber(count, 0);
const rowsText = (count: number) => `${rowNumber(count)} ${count === 1 ? 'row' : 'rows'}`;

interface PagerView {
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  caption: string;
}

interface Pager {
  readonly element: HTMLElement;
  render(view: PagerView): void;
  destroy(): void;
}

function pagerButton(doc: Document, className: string): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = `stc-table__page-button ${className}`;
  return button;
}

/** The Previous and Next buttons of a paged table, with a status line that is announced when the page changes. */
function createPager(doc: Document, onStep: (step: -1 | 1) => void): Pager {
  const nav = doc.createElement('nav');
  nav.className = 'stc-table__pager';
  const previous = pagerButton(doc, 'stc-table__page-button--previous');
  const next = pagerButton(doc, 'stc-table__page-button--next');
  // role=status is a polite live region: after a page change a screen reader reads the new range of rows.
  const status = doc.createElement('p');
  status.className = 'stc-table__page-status';
  status.setAttribute('role', 'status');
  nav.append(previous, status, next);

  function onClick(event: Event): void {
    const button = (event.target as Element | null)?.closest?.('button');
    if (button === previous) onStep(-1);
    else if (button === next) onStep(1);
  }
  nav.addEventListener('click', onClick);

  /** Enables and disables the buttons; focus on a button about to be disabled moves to the other one. */
  function setEnabled(states: readonly (readonly [HTMLButtonElement, boolean])[]): void {
    for (const [button, enabled] of states) if (enabled) button.disabled = false;
    const fallback = states.find(([, enabled]) => enabled)?.[0];
    for (const [button, enabled] of states) {
      if (enabled) continue;
      // A disabled button drops focus to the page's body; keep the reader in the pager instead.
      if (button.matches(':focus')) fallback?.focus();
      button.disabled = true;
    }
  }

  return {
    element: nav,
    render({ page, pageCount, pageSize, total, caption }) {
      nav.setAttribute('aria-label', `${caption}: pages`);
      const first = page * pageSize;
      const last = Math.min(total, first + pageSize);
      const text = `Rows ${rowNumber(first + 1)}–${rowNumber(last)} of ${rowNumber(total)}`;
      // A live region speaks whenever its text is set: only a change is news.
      if (status.textContent !== text) status.textContent = text;
      previous.textContent = `Previous ${rowsText(pageSize)}`;
      // The last page may be short: the button says how many rows it shows.
      next.textContent = `Next ${rowsText(Math.min(pageSize, total - last) || pageSize)}`;
      setEnabled([
        [previous, page > 0],
        [next, page < pageCount - 1],
      ]);
    },
    destroy() {
      nav.removeEventListener('click', onClick);
      nav.remove();
    },
  };
}

export function createDataTable<T>(el: Element, options: DataTableOptions<T>): DataTableHandle<T> {
  // nodeType rather than instanceof, so an element of another frame is accepted too.
  if (!el || typeof el !== 'object' || el.nodeType !== 1)
    fail('the first argument must be a DOM Element to render into');
  if (options === null || typeof options !== 'object') fail('missing options (expected { caption, columns, rows })');
  validate(options);
  // Computed (and checked) once per set of options; page changes reuse them.
  let keys = rowKeys(options);

  const doc = el.ownerDocument;
  const idBase = `stc-table-${++tableCount}`;
  let current: DataTableOptions<T> = { ...options };

  const container = doc.createElement('div');
  const table = doc.createElement('table');
  table.className = 'stc-table';
  // The caption holds the title and the description; aria-labelledby keeps the description out of the table's name.
  const caption = doc.createElement('caption');
  const title = doc.createElement('span');
  title.id = `${idBase}-title`;
  title.className = 'stc-table__title';
  const description = doc.createElement('span');
  description.id = `${idBase}-description`;
  description.className = 'stc-table__description';
  caption.append(title);
  table.setAttribute('aria-labelledby', title.id);
  const thead = doc.createElement('thead');
  const headRow = doc.createElement('tr');
  const tbody = doc.createElement('tbody');
  thead.append(headRow);
  table.append(caption, thead, tbody);
  container.append(table);

  let headerCells = new Map<string, HTMLTableCellElement>();
  let renderedColumns: DataTableColumn<T>[] | null = null;
  // Every row built so far by key, shown or not: paging back and forth reuses the same <tr>.
  let built = new Map<string, RenderedRow<T>>();
  let shown: HTMLTableRowElement[] = [];
  let emptyRow: HTMLTableRowElement | null = null;
  let sorted: { column: DataTableColumn<T> | undefined; direction: SortDirection; order: number[] } | null = null;
  let page = 0;
  let pageCount = 1;
  let pager: Pager | null = null;

  function renderFrame(): void {
    container.className = [
      'stc-table-container',
      current.hidden ? 'stc-visually-hidden-focusable' : '',
      current.className ?? '',
    ]
      .filter(Boolean)
      .join(' ');
    title.textContent = current.caption;
    if (current.description) {
      description.textContent = current.description;
      caption.append(description);
      table.setAttribute('aria-describedby', description.id);
    } else {
      description.remove();
      table.removeAttribute('aria-describedby');
    }
    // A wide table scrolls inside its container, which keyboard users must be able to focus to scroll. A hidden
    // table must not add an invisible stop to the tab order, so it gets neither role nor tabindex.
    if (current.hidden) {
      container.removeAttribute('role');
      container.removeAttribute('aria-labelledby');
      container.removeAttribute('tabindex');
    } else {
      container.setAttribute('role', 'region');
      container.setAttribute('aria-labelledby', title.id);
      container.tabIndex = 0;
    }
  }

  function renderHeader(): void {
    if (renderedColumns === current.columns) return;
    renderedColumns = current.columns;
    headerCells = new Map();
    headRow.replaceChildren();
    for (const column of current.columns) {
      const th = doc.createElement('th');
      th.scope = 'col';
      if (column.numeric) th.classList.add('stc-table__cell--numeric');
      if (column.sortable) {
        const button = doc.createElement('button');
        button.type = 'button';
        button.className = 'stc-table__sort';
        button.dataset.column = column.id;
        // The arrow is drawn by CSS inside an aria-hidden span, so it never becomes part of the button's name:
        // aria-sort on the th is what announces the sort.
        const icon = doc.createElement('span');
        icon.className = 'stc-table__sort-icon';
        icon.setAttribute('aria-hidden', 'true');
        button.append(column.header, icon);
        th.append(button);
      } else {
        th.textContent = column.header;
      }
      headerCells.set(column.id, th);
      headRow.append(th);
    }
    // Cells are built from the columns, so a new column list rebuilds every row.
    for (const entry of built.values()) entry.tr.remove();
    built = new Map();
    shown = [];
  }

  function renderSortState(): void {
    for (const [id, th] of headerCells) {
      if (id === current.sortBy) th.setAttribute('aria-sort', current.sortDirection ?? 'ascending');
      else th.removeAttribute('aria-sort');
    }
  }

  function fillRow(tr: HTMLTableRowElement, row: T): void {
    const cells = current.columns.map((column) => {
      const cell = doc.createElement(column.rowHeader ? 'th' : 'td');
      if (column.rowHeader) (cell as HTMLTableCellElement).scope = 'row';
      if (column.numeric) cell.classList.add('stc-table__cell--numeric');
      if (column.cell) {
        cell.append(column.cell(row, doc));
      } else {
        const value = column.value(row);
        cell.textContent = value === null ? '' : String(value);
      }
      return cell;
    });
    tr.replaceChildren(...cells);
  }

  /** The display order of all rows, kept while only the page changes (sorting 10,000 rows is not free). */
  function displayOrder(): number[] {
    const column = current.columns.find((candidate) => candidate.id === current.sortBy);
    const direction = current.sortDirection ?? 'ascending';
    if (sorted && sorted.column === column && sorted.direction === direction) return sorted.order;
    const order =
      column !== undefined && column.id === current.orderedBy && direction === 'ascending'
        ? inputOrder(current.rows.length)
        : sortOrder(current.rows, column, direction);
    sorted = { column, direction, order };
    return order;
  }

  /** Drops the built rows whose key is gone from the rows. */
  function forgetRemovedRows(): void {
    if (built.size === 0) return;
    const live = new Set(keys);
    for (const [key, entry] of built) {
      if (live.has(key)) continue;
      entry.tr.remove();
      built.delete(key);
    }
  }

  function rowElement(index: number): HTMLTableRowElement {
    const row = current.rows[index] as T;
    const key = keys[index] as string;
    const entry = built.get(key);
    if (!entry) {
      const tr = doc.createElement('tr');
      tr.dataset.key = key;
      fillRow(tr, row);
      built.set(key, { tr, row });
      return tr;
    }
    // A kept row whose data object is unchanged keeps its cells too.
    if (entry.row !== row) {
      fillRow(entry.tr, row);
      entry.row = row;
    }
    return entry.tr;
  }

  function renderBody(): void {
    const order = displayOrder();
    const total = order.length;
    const pageSize = current.pageSize ?? Math.max(total, 1);
    pageCount = Math.max(1, Math.ceil(total / pageSize));
    page = Math.min(page, pageCount - 1);
    const start = page * pageSize;
    const trs = order.slice(start, start + pageSize).map(rowElement);

    const next = new Set(trs);
    for (const tr of shown) if (!next.has(tr)) tr.remove();
    shown = trs;

    if (trs.length === 0) {
      emptyRow ??= doc.createElement('tr');
      emptyRow.className = 'stc-table__empty';
      const td = doc.createElement('td');
      td.colSpan = current.columns.length;
      td.textContent = current.emptyText ?? defaultEmptyText;
      emptyRow.replaceChildren(td);
      tbody.replaceChildren(emptyRow);
    } else {
      emptyRow?.remove();
      emptyRow = null;
      // append moves kept rows into their new place without recreating them.
      tbody.append(...trs);
    }
    renderPager(total, pageSize);
  }

  function renderPager(total: number, pageSize: number): void {
    if (pageCount === 1) {
      if (!pager) return;
      const hadFocus = pager.element.matches(':focus-within');
      pager.destroy();
      pager = null;
      // Rows went away under the reader's focus: keep it in the table rather than lose it to the page's body.
      if (hadFocus) (current.hidden ? thead.querySelector('button') : container)?.focus();
      return;
    }
    pager ??= createPager(doc, (step) => showPage(page + step));
    if (pager.element.parentNode !== container) container.append(pager.element);
    pager.render({ page, pageCount, pageSize, total, caption: current.caption });
  }

  function showPage(target: number): void {
    page = target;
    renderBody();
  }

  function render(): void {
    renderFrame();
    renderHeader();
    renderSortState();
    renderBody();
  }

  function onHeaderClick(event: Event): void {
    const target = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button.stc-table__sort');
    if (!target || !headRow.contains(target)) return;
    const id = target.dataset.column;
    if (id === undefined) return;
    const direction: SortDirection =
      current.sortBy === id && (current.sortDirection ?? 'ascending') === 'ascending' ? 'descending' : 'ascending';
    current = { ...current, sortBy: id, sortDirection: direction };
    // A new order makes the old page meaningless: start again from the first rows.
    page = 0;
    renderSortState();
    renderBody();
    current.onSort?.(id, direction);
  }

  // One delegated listener: header buttons come and go with the columns, the listener stays until destroy().
  thead.addEventListener('click', onHeaderClick);
  render();
  el.append(container);

  let destroyed = false;
  return {
    table,
    element: container,
    get options() {
      return current;
    },
    get page() {
      return page;
    },
    get pageCount() {
      return pageCount;
    },
    showPage(target) {
      if (destroyed) fail('showPage() called after destroy()');
      if (!Number.isInteger(target) || target < 0 || target >= pageCount) {
        fail(`showPage: invalid page ${asWritten(target)} (expected an integer from 0 to ${pageCount - 1})`);
      }
      showPage(target);
    },
    update(partial) {
      if (destroyed) fail('update() called after destroy()');
      const merged: DataTableOptions<T> = { ...current, ...partial };
      // A sort left over from the old columns would name a column that no longer exists.
      if (partial.columns) {
        const sortable = (id: string | undefined) => partial.columns?.some((c) => c.id === id && c.sortable);
        if (partial.sortBy === undefined && !sortable(merged.sortBy)) merged.sortBy = undefined;
        if (partial.orderedBy === undefined && !sortable(merged.orderedBy)) merged.orderedBy = undefined;
      }
      validate(merged);
      const nextKeys = rowKeys(merged);
      const sortChanged =
        merged.sortBy !== current.sortBy ||
        (merged.sortDirection ?? 'ascending') !== (current.sortDirection ?? 'ascending');
      if (sortChanged) {
        page = 0;
      } else if (merged.pageSize !== current.pageSize) {
        // A new page size keeps the first row shown in view.
        page = merged.pageSize === undefined ? 0 : Math.floor((page * (current.pageSize ?? 0)) / merged.pageSize);
      }
      // New rows keep their page when it still exists: renderBody clamps it to the last page.
      current = merged;
      keys = nextKeys;
      // The rows may be new (or the same array changed in place): sort again.
      sorted = null;
      forgetRemovedRows();
      render();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      thead.removeEventListener('click', onHeaderClick);
      pager?.destroy();
      pager = null;
      container.remove();
      built = new Map();
      shown = [];
      headerCells = new Map();
    },
  };
}
