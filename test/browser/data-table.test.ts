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

  it('finds no violations when hidden or empty', async () => {
    renderMeetings({ hidden: true });
    expect(await violations(host)).toEqual([]);
    renderMeetings({ rows: [] });
    expect(await violations(host)).toEqual([]);
  });
});
