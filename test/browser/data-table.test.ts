import '../../src/shared/theme.css';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  createDataTable,
  type DataTableColumn,
  type DataTableHandle,
  type DataTableOptions,
} from '../../src/shared/data-table';

interface Meeting {
  id: string;
  name: string;
  city: string | null;
  count: number;
  url: string;
}

const meetings: Meeting[] = [
  { id: 'a', name: 'Aras', city: 'Geneva', count: 9, url: 'https://example.org/a' },
  { id: 'b', name: 'Saracoğlu', city: null, count: 100, url: 'https://example.org/b' },
  { id: 'c', name: 'Apaydın', city: 'Moscow', count: 10, url: 'https://example.org/c' },
  { id: 'd', name: 'İnönü', city: 'London', count: 10, url: 'https://example.org/d' },
];

const columns: DataTableColumn<Meeting>[] = [
  { id: 'name', header: 'Name', value: (m) => m.name, rowHeader: true, sortable: true },
  { id: 'city', header: 'City', value: (m) => m.city, sortable: true },
  { id: 'count', header: 'Meetings', value: (m) => m.count, sortable: true, numeric: true },
  {
    id: 'source',
    header: 'Source',
    value: (m) => m.url,
    cell: (m, doc) => {
      const a = doc.createElement('a');
      a.href = m.url;
      a.textContent = `Source for ${m.name}`;
      return a;
    },
  },
];

let host: HTMLDivElement;
const hosts: HTMLElement[] = [];
const handles: DataTableHandle<unknown>[] = [];

function render<T>(options: DataTableOptions<T>): DataTableHandle<T> {
  host = document.createElement('div');
  host.dataset.testid = 'host';
  document.body.append(host);
  hosts.push(host);
  const handle = createDataTable(host, options);
  handles.push(handle as DataTableHandle<unknown>);
  return handle;
}

function renderMeetings(extra: Partial<DataTableOptions<Meeting>> = {}): DataTableHandle<Meeting> {
  return render({ caption: 'Meetings by person', columns, rows: meetings, ...extra });
}

/** The text of one column, top to bottom. */
function columnText(table: HTMLTableElement, index: number): string[] {
  return Array.from(table.tBodies[0]?.rows ?? [], (tr) => tr.cells[index]?.textContent ?? '');
}

function headerOf(table: HTMLTableElement, text: string): HTMLTableCellElement {
  const th = Array.from(table.tHead?.rows[0]?.cells ?? []).find((cell) => cell.textContent === text);
  if (!th) throw new Error(`no header "${text}"`);
  return th;
}

function sortButton(table: HTMLTableElement, text: string): HTMLButtonElement {
  const button = headerOf(table, text).querySelector('button');
  if (!button) throw new Error(`header "${text}" has no sort button`);
  return button;
}

afterEach(() => {
  for (const handle of handles.splice(0)) handle.destroy();
  for (const element of hosts.splice(0)) element.remove();
  document.documentElement.removeAttribute('data-theme');
});

describe('structure', () => {
  it('renders a captioned table with column headers, row headers and cells', () => {
    const { table } = renderMeetings({ description: 'Counts are illustrative.' });
    expect(table.caption?.textContent).toBe('Meetings by personCounts are illustrative.');
    expect(document.getElementById(table.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(
      'Meetings by person',
    );
    const heads = Array.from(table.tHead?.rows[0]?.cells ?? []);
    expect(heads.map((th) => [th.tagName, th.scope, th.textContent])).toEqual([
      ['TH', 'col', 'Name'],
      ['TH', 'col', 'City'],
      ['TH', 'col', 'Meetings'],
      ['TH', 'col', 'Source'],
    ]);
    const firstRow = table.tBodies[0]?.rows[0];
    expect(firstRow?.cells[0]?.tagName).toBe('TH');
    expect(firstRow?.cells[0]?.getAttribute('scope')).toBe('row');
    expect(firstRow?.cells[1]?.tagName).toBe('TD');
    expect(columnText(table, 0)).toEqual(['Aras', 'Saracoğlu', 'Apaydın', 'İnönü']);
    expect(columnText(table, 1)).toEqual(['Geneva', '', 'Moscow', 'London']);
    const description = document.getElementById(table.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('Counts are illustrative.');
  });

  it('is exposed to assistive technology by its caption, the description apart', async () => {
    const { element } = renderMeetings({ description: 'Counts are illustrative.' });
    await expect.element(page.getByRole('table', { name: 'Meetings by person', exact: true })).toBeVisible();
    await expect
      .element(page.getByRole('table', { name: 'Meetings by person' }))
      .toHaveAccessibleDescription('Counts are illustrative.');
    // The container scrolls a wide table: a named region keyboard users can focus.
    await expect.element(page.getByRole('region', { name: 'Meetings by person', exact: true })).toBeVisible();
    expect(element.tabIndex).toBe(0);
    await expect.element(page.getByRole('columnheader', { name: 'City' })).toBeVisible();
    await expect.element(page.getByRole('rowheader', { name: 'Apaydın' })).toBeVisible();
  });

  it('renders links built by a column cell function', () => {
    const { table } = renderMeetings();
    const links = Array.from(table.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(meetings.map((m) => m.url));
    expect(links[2]?.textContent).toBe('Source for Apaydın');
  });

  it('shows an empty-state row spanning every column, and drops it when rows arrive', () => {
    const handle = renderMeetings({ rows: [], emptyText: 'No meetings recorded.' });
    const body = handle.table.tBodies[0];
    expect(body?.rows).toHaveLength(1);
    expect(body?.rows[0]?.cells[0]?.colSpan).toBe(4);
    expect(body?.textContent).toBe('No meetings recorded.');
    handle.update({ rows: meetings });
    expect(body?.rows).toHaveLength(4);
    expect(body?.textContent).not.toContain('No meetings recorded.');
  });
});

describe('text from data is text', () => {
  it('never parses data, caption or headers as HTML', async () => {
    const payload = '<img src=x onerror="window.__stcInjected = true">';
    const onerror = vi.fn();
    window.addEventListener('error', onerror, true);
    const { table } = render({
      caption: payload,
      description: payload,
      columns: [{ id: 'v', header: payload, value: (row: { v: string }) => row.v }],
      rows: [{ v: payload }],
    });
    // Give a parsed <img> time to fail loading.
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.removeEventListener('error', onerror, true);
    expect(host.querySelector('img')).toBeNull();
    expect(table.caption?.textContent).toBe(payload + payload);
    expect(table.tHead?.textContent).toBe(payload);
    expect(table.tBodies[0]?.rows[0]?.cells[0]?.textContent).toBe(payload);
    expect((window as { __stcInjected?: boolean }).__stcInjected).toBeUndefined();
    expect(onerror).not.toHaveBeenCalled();
  });

  it('writes no style attribute and no <style> element', () => {
    renderMeetings({ hidden: true, sortBy: 'name' });
    expect(host.querySelector('[style], style')).toBeNull();
  });
});

describe('sorting', () => {
  it('toggles aria-sort and the order when a header button is clicked', async () => {
    const onSort = vi.fn();
    const { table } = renderMeetings({ onSort });
    const name = headerOf(table, 'Name');
    expect(name.hasAttribute('aria-sort')).toBe(false);

    await userEvent.click(sortButton(table, 'Name'));
    expect(name.getAttribute('aria-sort')).toBe('ascending');
    expect(columnText(table, 0)).toEqual(['Apaydın', 'Aras', 'İnönü', 'Saracoğlu']);
    expect(onSort).toHaveBeenLastCalledWith('name', 'ascending');

    await userEvent.click(sortButton(table, 'Name'));
    expect(name.getAttribute('aria-sort')).toBe('descending');
    expect(columnText(table, 0)).toEqual(['Saracoğlu', 'İnönü', 'Aras', 'Apaydın']);

    // Only the sorted column carries aria-sort.
    await userEvent.click(sortButton(table, 'City'));
    expect(name.hasAttribute('aria-sort')).toBe(false);
    expect(headerOf(table, 'City').getAttribute('aria-sort')).toBe('ascending');
  });

  it('is operable from the keyboard with Enter and Space, keeping focus on the button', async () => {
    const { table } = renderMeetings();
    const button = sortButton(table, 'Meetings');
    const th = headerOf(table, 'Meetings');
    // Tab from the page: the scroll region first, then the first header button.
    document.body.focus();
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toBe(sortButton(table, 'Name'));
    button.focus();

    await userEvent.keyboard('{Enter}');
    expect(th.getAttribute('aria-sort')).toBe('ascending');
    expect(columnText(table, 0)).toEqual(['Aras', 'Apaydın', 'İnönü', 'Saracoğlu']);

    await userEvent.keyboard(' ');
    expect(th.getAttribute('aria-sort')).toBe('descending');
    expect(columnText(table, 0)).toEqual(['Saracoğlu', 'Apaydın', 'İnönü', 'Aras']);
    expect(document.activeElement).toBe(button);
  });

  it('sorts numeric columns as numbers, and text with numbers in natural order', () => {
    const { table } = renderMeetings({ sortBy: 'count' });
    expect(columnText(table, 2)).toEqual(['9', '10', '10', '100']);
    const labels = render({
      caption: 'Folios',
      columns: [{ id: 'f', header: 'Folio', value: (row: string) => row, sortable: true }],
      rows: ['l. 10', 'l. 9', 'l. 100'],
      sortBy: 'f',
    });
    expect(columnText(labels.table, 0)).toEqual(['l. 9', 'l. 10', 'l. 100']);
  });

  it('is stable in both directions and keeps empty values last', () => {
    const { table } = renderMeetings({ sortBy: 'count', sortDirection: 'descending' });
    // Apaydın and İnönü share 10 and keep their input order either way.
    expect(columnText(table, 0)).toEqual(['Saracoğlu', 'Apaydın', 'İnönü', 'Aras']);
    const byCity = renderMeetings({ sortBy: 'city', sortDirection: 'descending' });
    expect(columnText(byCity.table, 1)).toEqual(['Moscow', 'London', 'Geneva', '']);
    byCity.update({ sortDirection: 'ascending' });
    expect(columnText(byCity.table, 1)).toEqual(['Geneva', 'London', 'Moscow', '']);
  });

  it('orderedBy: shows rows as given while sorted by that column ascending, and sorts them for any other order', async () => {
    const byCount = [...meetings].sort((a, b) => a.count - b.count);
    const read = vi.fn((m: Meeting) => m.count);
    const counted = columns.map((c) => (c.id === 'count' ? { ...c, value: read } : c));
    const { table } = render({ caption: 'T', columns: counted, rows: byCount, sortBy: 'count', orderedBy: 'count' });
    expect(columnText(table, 0)).toEqual(['Aras', 'Apaydın', 'İnönü', 'Saracoğlu']);
    expect(read).toHaveBeenCalledTimes(meetings.length); // once per cell: the rows are neither sorted nor checked
    await userEvent.click(sortButton(table, 'Meetings'));
    expect(columnText(table, 0)).toEqual(['Saracoğlu', 'Apaydın', 'İnönü', 'Aras']);
    await userEvent.click(sortButton(table, 'Name'));
    expect(columnText(table, 0)).toEqual(['Apaydın', 'Aras', 'İnönü', 'Saracoğlu']);
  });

  it('keeps row nodes while sorting', async () => {
    const { table } = renderMeetings();
    const before = new Set(Array.from(table.tBodies[0]?.rows ?? []));
    await userEvent.click(sortButton(table, 'Name'));
    const after = Array.from(table.tBodies[0]?.rows ?? []);
    expect(after.every((tr) => before.has(tr))).toBe(true);
  });
});

describe('hidden mode', () => {
  it('is visually hidden yet in the accessibility tree', async () => {
    const handle = renderMeetings({ hidden: true });
    const box = handle.element.getBoundingClientRect();
    expect(box.width).toBe(1);
    expect(box.height).toBe(1);
    expect(getComputedStyle(handle.element).display).not.toBe('none');
    expect(getComputedStyle(handle.element).visibility).toBe('visible');
    await expect.element(page.getByRole('table', { name: 'Meetings by person' })).toBeInTheDocument();
    await expect.element(page.getByRole('rowheader', { name: 'İnönü' })).toBeInTheDocument();
    // No invisible scroll region in the tab order.
    expect(handle.element.hasAttribute('tabindex')).toBe(false);
    expect(handle.element.querySelector('[tabindex]')).toBeNull();
  });

  it('shows itself while a header button holds keyboard focus', () => {
    const handle = renderMeetings({ hidden: true });
    sortButton(handle.table, 'Name').focus();
    expect(handle.element.getBoundingClientRect().width).toBeGreaterThan(100);
    sortButton(handle.table, 'Name').blur();
    expect(handle.element.getBoundingClientRect().width).toBe(1);
  });

  it('can be switched on and off with update', () => {
    const handle = renderMeetings();
    expect(handle.element.getBoundingClientRect().width).toBeGreaterThan(100);
    handle.update({ hidden: true });
    expect(handle.element.getBoundingClientRect().width).toBe(1);
    handle.update({ hidden: false, className: 'my-table' });
    expect(handle.element.getBoundingClientRect().width).toBeGreaterThan(100);
    expect(handle.element.classList.contains('my-table')).toBe(true);
  });
});

describe('update', () => {
  it('keeps the row node of each key, updating its text, removing and adding rows', () => {
    const handle = renderMeetings({ key: (m) => m.id });
    const rowOf = (key: string) => handle.table.querySelector(`tbody tr[data-key="${key}"]`);
    const trA = rowOf('a');
    const trC = rowOf('c');
    const trB = rowOf('b');
    expect(trA).not.toBeNull();

    const [a, b, c] = meetings as [Meeting, Meeting, Meeting, Meeting];
    handle.update({
      rows: [
        { ...c, count: 11 },
        { ...a, name: 'Tevfik Rüştü Aras' },
        { ...b },
        { id: 'e', name: 'Aktay', city: null, count: 1, url: 'https://example.org/e' },
      ],
    });
    expect(rowOf('a')).toBe(trA);
    expect(rowOf('c')).toBe(trC);
    expect(rowOf('b')).toBe(trB);
    expect(rowOf('d')).toBeNull();
    expect(trA?.textContent).toContain('Tevfik Rüştü Aras');
    expect(columnText(handle.table, 0)).toEqual(['Apaydın', 'Tevfik Rüştü Aras', 'Saracoğlu', 'Aktay']);
    expect(columnText(handle.table, 2)).toEqual(['11', '9', '100', '1']);
  });

  it('rebuilds header and cells when the columns change, dropping a sort by a removed column', () => {
    const handle = renderMeetings({ sortBy: 'count' });
    handle.update({ columns: columns.slice(0, 2), caption: 'Where' });
    expect(handle.table.caption?.textContent).toBe('Where');
    expect(handle.table.tHead?.rows[0]?.cells).toHaveLength(2);
    expect(handle.table.tBodies[0]?.rows[0]?.cells).toHaveLength(2);
    expect(handle.options.sortBy).toBeUndefined();
    expect(handle.table.querySelector('[aria-sort]')).toBeNull();
  });

  it('drops an orderedBy naming a column that new columns no longer have', () => {
    const handle = renderMeetings({ orderedBy: 'count' });
    handle.update({ columns: columns.filter((c) => c.id !== 'count') });
    expect(handle.options.orderedBy).toBeUndefined();
  });

  it('rejects invalid updates with a clear error and keeps the last good state', () => {
    const handle = renderMeetings();
    expect(() => handle.update({ sortBy: 'x' })).toThrow(
      'createDataTable: invalid sortBy: "x" (expected one of "name", "city", "count")',
    );
    expect(handle.options.sortBy).toBeUndefined();
    expect(() =>
      handle.update({ caption: 'Changed', key: (m) => m.city ?? 'none', rows: [...meetings, ...meetings] }),
    ).toThrow(/duplicate row key "Geneva" \(rows\[0\] and rows\[4\]\)/);
    expect(handle.options.caption).toBe('Meetings by person');
    expect(handle.table.caption?.textContent).toBe('Meetings by person');
    expect(handle.table.tBodies[0]?.rows).toHaveLength(4);
  });
});

describe('invalid options', () => {
  const base = { caption: 'T', columns, rows: meetings };
  it.each([
    [{ ...base, caption: '' }, /missing caption/],
    [{ ...base, caption: undefined as unknown as string }, /missing caption/],
    [{ ...base, columns: [] }, /invalid columns \(expected a non-empty array/],
    [{ ...base, columns: [columns[0], columns[0]] as DataTableColumn<Meeting>[] }, /duplicate column id "name"/],
    [{ ...base, sortBy: 'source' }, /invalid sortBy: "source" \(expected one of "name", "city", "count"\)/],
    [{ ...base, orderedBy: 'source' }, /invalid orderedBy: "source" \(expected one of "name", "city", "count"\)/],
    [{ ...base, sortDirection: 'up' as 'ascending' }, /invalid sortDirection: "up"/],
    [{ ...base, key: () => 'same' }, /duplicate row key "same" \(rows\[0\] and rows\[1\]\)/],
    [
      { ...base, columns: columns.map((c) => ({ ...c, rowHeader: true })) },
      /at most one column may be the row header \(found 4\)/,
    ],
  ] as [DataTableOptions<Meeting>, RegExp][])('throws a clear error (%#)', (options, message) => {
    const target = document.createElement('div');
    expect(() => createDataTable(target, options)).toThrow(message);
    // Nothing half-built is left behind.
    expect(target.childNodes).toHaveLength(0);
  });

  it('checks keys for uniqueness unless the caller has (keysAreUnique)', () => {
    const same = () => 'same';
    const handle = render({ caption: 'T', columns, rows: meetings.slice(0, 1), key: same });
    expect(() => handle.update({ rows: meetings })).toThrow(/duplicate row key "same"/);
    // The caller's word is taken: no set of every key is built to check it again.
    expect(() => render({ caption: 'T', columns, rows: meetings, key: same, keysAreUnique: true })).not.toThrow();
  });

  it('requires an element to render into', () => {
    expect(() => createDataTable(null as unknown as Element, base)).toThrow(/must be a DOM Element/);
  });
});

describe('destroy', () => {
  it('removes every node it created and its listener', () => {
    const onSort = vi.fn();
    const handle = renderMeetings({ onSort });
    const button = sortButton(handle.table, 'Name');
    handle.destroy();
    expect(host.childNodes).toHaveLength(0);
    expect(host.innerHTML).toBe('');
    button.click();
    expect(onSort).not.toHaveBeenCalled();
    expect(() => handle.update({ caption: 'again' })).toThrow(/after destroy/);
    expect(() => handle.destroy()).not.toThrow();
  });

  it('leaves content the host already had', () => {
    const handle = renderMeetings();
    const own = document.createElement('p');
    host.prepend(own);
    handle.destroy();
    expect(Array.from(host.childNodes)).toEqual([own]);
  });
});

interface Numbered {
  id: string;
  n: number;
  label: string;
}

/** 25 rows numbered 1–25, in a shuffled order (7 is coprime with 25), so that sorting has something to do. */
function numberedRows(count = 25): Numbered[] {
  return Array.from({ length: count }, (_unused, i) => {
    const n = ((i * 7) % count) + 1;
    return { id: `r${n}`, n, label: `Row ${n}` };
  });
}

const numberedColumns: DataTableColumn<Numbered>[] = [
  { id: 'label', header: 'Label', value: (row) => row.label, rowHeader: true, sortable: true },
  { id: 'n', header: 'Number', value: (row) => row.n, sortable: true, numeric: true },
];

function renderNumbered(extra: Partial<DataTableOptions<Numbered>> = {}): DataTableHandle<Numbered> {
  return render({
    caption: 'Numbered rows',
    columns: numberedColumns,
    rows: numberedRows(),
    key: (row) => row.id,
    sortBy: 'n',
    pageSize: 10,
    ...extra,
  });
}

const numbersShown = (table: HTMLTableElement) => columnText(table, 1).map(Number);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_unused, i) => from + i);

function pagerOf(handle: Pick<DataTableHandle<unknown>, 'element'>) {
  const nav = handle.element.querySelector('nav');
  const buttons = nav?.querySelectorAll('button');
  const status = nav?.querySelector('[role="status"]');
  if (!nav || buttons?.length !== 2 || !status) throw new Error('no pager with two buttons and a status');
  return { nav, previous: buttons[0] as HTMLButtonElement, next: buttons[1] as HTMLButtonElement, status };
}

describe('paging', () => {
  it('shows one page of the sorted rows, with a pager after the table', () => {
    const handle = renderNumbered();
    expect(handle.table.tBodies[0]?.rows).toHaveLength(10);
    expect(numbersShown(handle.table)).toEqual(range(1, 10));
    // Only the page's rows exist in the document.
    expect(host.querySelectorAll('tr[data-key]')).toHaveLength(10);
    const { nav, previous, next, status } = pagerOf(handle);
    expect(nav.previousElementSibling).toBe(handle.table);
    expect(nav.parentElement).toBe(handle.element);
    expect([previous.type, next.type]).toEqual(['button', 'button']);
    expect(status.textContent).toBe('Rows 1–10 of 25');
    expect(previous.disabled).toBe(true);
    expect(next.disabled).toBe(false);
    expect([handle.page, handle.pageCount]).toEqual([0, 3]);
  });

  it('is exposed as a named navigation with buttons that say what they do', async () => {
    renderNumbered();
    const nav = page.getByRole('navigation', { name: 'Numbered rows: pages' });
    await expect.element(nav).toBeVisible();
    await expect.element(nav.getByRole('button', { name: 'Previous 10 rows' })).toBeDisabled();
    await expect.element(nav.getByRole('button', { name: 'Next 10 rows' })).toBeEnabled();
    await expect.element(nav.getByRole('status')).toHaveTextContent('Rows 1–10 of 25');
  });

  it('steps through the pages with Next and Previous, disabled at the ends', async () => {
    const handle = renderNumbered();
    const { previous, next, status } = pagerOf(handle);
    await userEvent.click(next);
    expect(numbersShown(handle.table)).toEqual(range(11, 20));
    expect(status.textContent).toBe('Rows 11–20 of 25');
    expect([previous.disabled, next.disabled]).toEqual([false, false]);
    // The last page is short, and the button says so.
    expect(next.textContent).toBe('Next 5 rows');
    await userEvent.click(next);
    expect(numbersShown(handle.table)).toEqual(range(21, 25));
    expect(status.textContent).toBe('Rows 21–25 of 25');
    expect([previous.disabled, next.disabled]).toEqual([false, true]);
    expect(handle.page).toBe(2);
    await userEvent.click(previous);
    await userEvent.click(previous);
    expect(numbersShown(handle.table)).toEqual(range(1, 10));
    expect(previous.disabled).toBe(true);
  });

  it('keeps keyboard focus on the button pressed, or on the other one once it is disabled', async () => {
    const handle = renderNumbered();
    const { previous, next } = pagerOf(handle);
    next.focus();
    await userEvent.keyboard('{Enter}');
    expect(handle.page).toBe(1);
    expect(document.activeElement).toBe(next);
    await userEvent.keyboard(' ');
    expect(handle.page).toBe(2);
    expect(document.activeElement).toBe(previous);
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Enter}');
    expect(handle.page).toBe(0);
    expect(document.activeElement).toBe(next);
  });

  it('sorts all the rows, not just the page, and goes back to the first page', async () => {
    const handle = renderNumbered();
    handle.showPage(1);
    await userEvent.click(sortButton(handle.table, 'Number'));
    expect(handle.options.sortDirection).toBe('descending');
    expect(handle.page).toBe(0);
    expect(numbersShown(handle.table)).toEqual(range(16, 25).reverse());
    expect(pagerOf(handle).status.textContent).toBe('Rows 1–10 of 25');
    handle.showPage(2);
    handle.update({ sortBy: 'label', sortDirection: 'ascending' });
    expect(handle.page).toBe(0);
    // Natural order: Row 1, Row 2, … Row 10.
    expect(numbersShown(handle.table)).toEqual(range(1, 10));
  });

  it('keeps the page through updates while it exists, else shows the last one', () => {
    const handle = renderNumbered();
    handle.showPage(1);
    handle.update({ rows: numberedRows(30) });
    expect(handle.page).toBe(1);
    expect(numbersShown(handle.table)).toEqual(range(11, 20));
    expect(pagerOf(handle).status.textContent).toBe('Rows 11–20 of 30');
    handle.showPage(2);
    handle.update({ rows: numberedRows(15) });
    expect([handle.page, handle.pageCount]).toEqual([1, 2]);
    expect(numbersShown(handle.table)).toEqual(range(11, 15));
    expect(pagerOf(handle).next.disabled).toBe(true);
  });

  it('keeps the first row shown in view when the page size changes', () => {
    const handle = renderNumbered();
    handle.showPage(2);
    handle.update({ pageSize: 5 });
    expect(handle.page).toBe(4);
    expect(numbersShown(handle.table)).toEqual(range(21, 25));
    handle.update({ pageSize: undefined });
    expect(handle.page).toBe(0);
    expect(handle.table.tBodies[0]?.rows).toHaveLength(25);
    expect(handle.element.querySelector('nav')).toBeNull();
  });

  it('reuses the <tr> of each key when paging back and forth', () => {
    const handle = renderNumbered();
    const rowsNow = () => Array.from(handle.table.tBodies[0]?.rows ?? []);
    const first = rowsNow();
    handle.showPage(1);
    const second = rowsNow();
    expect(second.some((tr) => first.includes(tr))).toBe(false);
    expect(first.every((tr) => !tr.isConnected)).toBe(true);
    handle.showPage(0);
    expect(rowsNow()).toEqual(first);
    expect(rowsNow().every((tr, i) => tr === first[i])).toBe(true);
    handle.showPage(1);
    expect(rowsNow().every((tr, i) => tr === second[i])).toBe(true);
    // A changed row object refills its kept row when shown again; a removed key loses it.
    const rows = numberedRows().map((row) => (row.n === 3 ? { ...row, label: 'Row three' } : row));
    handle.update({ rows: rows.filter((row) => row.n !== 5) });
    handle.showPage(0);
    const three = handle.table.querySelector('tr[data-key="r3"]');
    expect(three).toBe(first[2]);
    expect(three?.textContent).toContain('Row three');
    expect(rowsNow().includes(first[4] as HTMLTableRowElement)).toBe(false);
  });

  it('shows no pager while every row fits one page', () => {
    const handle = renderNumbered({ rows: numberedRows(10) });
    expect(handle.element.querySelector('nav')).toBeNull();
    expect(handle.pageCount).toBe(1);
    handle.update({ rows: numberedRows(11) });
    expect(pagerOf(handle).status.textContent).toBe('Rows 1–10 of 11');
    expect(pagerOf(handle).next.textContent).toBe('Next 1 row');
    handle.update({ rows: [] });
    expect(handle.element.querySelector('nav')).toBeNull();
    expect(handle.table.tBodies[0]?.textContent).toBe('No rows to show.');
    // Without a page size there is never a pager.
    const unpaged = renderNumbered({ pageSize: undefined });
    expect(unpaged.table.tBodies[0]?.rows).toHaveLength(25);
    expect(unpaged.element.querySelector('nav')).toBeNull();
  });

  it('keeps focus in the table when the pager goes away under it', () => {
    const handle = renderNumbered();
    pagerOf(handle).next.focus();
    handle.update({ rows: numberedRows(5) });
    expect(document.activeElement).toBe(handle.element);
  });

  it('formats the numbers of its status', () => {
    const rows = Array.from({ length: 2500 }, (_unused, i) => ({ id: `r${i}`, n: i + 1, label: `Row ${i + 1}` }));
    const handle = renderNumbered({ rows, pageSize: 1000 });
    handle.showPage(1);
    const { previous, next, status } = pagerOf(handle);
    expect(status.textContent).toBe('Rows 1,001–2,000 of 2,500');
    expect(previous.textContent).toBe('Previous 1,000 rows');
    expect(next.textContent).toBe('Next 500 rows');
  });

  it('in hidden mode, is reached by Tab and shows the table while it has focus', async () => {
    const handle = renderNumbered({ hidden: true });
    expect(handle.element.getBoundingClientRect().width).toBe(1);
    const { next, previous } = pagerOf(handle);
    document.body.focus();
    // The sort buttons first, then Next (Previous is disabled on the first page).
    for (let presses = 0; presses < 5 && document.activeElement !== next; presses++) await userEvent.tab();
    expect(document.activeElement).toBe(next);
    expect(handle.element.getBoundingClientRect().width).toBeGreaterThan(100);
    await userEvent.keyboard('{Enter}');
    expect(handle.page).toBe(1);
    expect(handle.element.getBoundingClientRect().width).toBeGreaterThan(100);
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(previous);
    previous.blur();
    expect(handle.element.getBoundingClientRect().width).toBe(1);
  });

  it('writes no style attribute', () => {
    renderNumbered({ hidden: true });
    expect(host.querySelector('nav')).not.toBeNull();
    expect(host.querySelector('[style], style')).toBeNull();
  });

  it('rejects an invalid page size or page with a clear error', () => {
    const base = { caption: 'T', columns: numberedColumns, rows: numberedRows() };
    expect(() => createDataTable(document.createElement('div'), { ...base, pageSize: 0 })).toThrow(
      'createDataTable: invalid pageSize: 0 (expected a positive integer)',
    );
    for (const pageSize of [-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, '10' as unknown as number]) {
      const target = document.createElement('div');
      expect(() => createDataTable(target, { ...base, pageSize })).toThrow(
        /invalid pageSize: .+ \(expected a positive/,
      );
      expect(target.childNodes).toHaveLength(0);
    }
    const handle = renderNumbered();
    expect(() => handle.update({ pageSize: -3 })).toThrow('createDataTable: invalid pageSize: -3');
    expect(handle.options.pageSize).toBe(10);
    for (const bad of [3, -1, 0.5]) {
      expect(() => handle.showPage(bad)).toThrow(
        `createDataTable: showPage: invalid page ${bad} (expected an integer from 0 to 2)`,
      );
    }
    expect(handle.page).toBe(0);
  });

  it('is removed with its listener by destroy', async () => {
    const handle = renderNumbered();
    const { nav, next } = pagerOf(handle);
    handle.destroy();
    expect(host.childNodes).toHaveLength(0);
    expect(nav.isConnected).toBe(false);
    next.click();
    expect(handle.page).toBe(0);
    expect(() => handle.showPage(0)).toThrow(/showPage\(\) called after destroy/);
  });
});

describe('axe-core', () => {
  async function violations(context: Element) {
    const results = await axe.run(context);
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it('finds no violations in the light theme, sorted, with links and a description', async () => {
    document.documentElement.dataset.theme = 'light';
    renderMeetings({ sortBy: 'name', description: 'Illustrative counts.' });
    expect(getComputedStyle(host.querySelector('table') as Element).backgroundColor).toBe('rgb(255, 255, 255)');
    expect(await violations(host)).toEqual([]);
  });

  it('finds no violations in the dark theme', async () => {
    document.documentElement.dataset.theme = 'dark';
    renderMeetings({ sortBy: 'count', sortDirection: 'descending', description: 'Illustrative counts.' });
    // The dark tokens really apply (else this run would only repeat the light one).
    expect(getComputedStyle(host.querySelector('table') as Element).backgroundColor).toBe('rgb(22, 22, 26)');
    expect(await violations(host)).toEqual([]);
  });

  it('finds no violations with a pager, in both themes, on a middle and an end page', async () => {
    for (const theme of ['light', 'dark']) {
      document.documentElement.dataset.theme = theme;
      const handle = renderNumbered({ description: 'Numbers one to twenty-five.' });
      expect(await violations(host)).toEqual([]);
      handle.showPage(1);
      pagerOf(handle).next.focus();
      expect(await violations(host)).toEqual([]);
    }
    renderNumbered({ hidden: true });
    expect(await violations(host)).toEqual([]);
  });

  it('finds no violations when hidden or empty', async () => {
    renderMeetings({ hidden: true });
    expect(await violations(host)).toEqual([]);
    renderMeetings({ rows: [] });
    expect(await violations(host)).toEqual([]);
  });
});
