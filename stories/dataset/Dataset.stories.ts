import '../../src/shared/theme.css';
import type { Meta, StoryObj } from '@storybook/html-vite';
import { expect, userEvent, within } from 'storybook/test';
import { dataset } from '../../src/data/dataset';
import { dateSortKey } from '../../src/data/dates';
import { createDataTable, type DataTableColumn, type SortDirection } from '../../src/shared/data-table';
import { contactColumns, DatasetIndex, documentColumns, personColumns } from '../support/dataset-columns';

type Theme = 'auto' | 'light' | 'dark';

interface TableArgs {
  caption: string;
  description: string;
  /** A sortable column id, or "none" for the dataset's own order. */
  sortBy: string;
  sortDirection: SortDirection;
  hidden: boolean;
  /** Rows per page; 0 shows every row on one page. */
  pageSize: number;
  theme: Theme;
}

const index = new DatasetIndex(dataset);
const columns = {
  documents: documentColumns(index),
  contacts: contactColumns(index),
  people: personColumns(index),
};

function renderTable<T extends { id: string }>(
  tableColumns: DataTableColumn<T>[],
  rows: readonly T[],
  args: TableArgs,
): HTMLElement {
  const host = document.createElement('div');
  if (args.theme !== 'auto') host.dataset.theme = args.theme;
  createDataTable(host, {
    caption: args.caption,
    description: args.description || undefined,
    columns: tableColumns,
    rows,
    key: (row) => row.id,
    hidden: args.hidden,
    sortBy: args.sortBy === 'none' ? undefined : args.sortBy,
    sortDirection: args.sortDirection,
    pageSize: args.pageSize > 0 ? args.pageSize : undefined,
  });
  return host;
}

function sortByControl<T>(tableColumns: DataTableColumn<T>[]) {
  return {
    control: 'select' as const,
    options: ['none', ...tableColumns.filter((column) => column.sortable).map((column) => column.id)],
    description: 'The column the table starts sorted by ("none": the order of the dataset)',
  };
}

function bodyRows(table: HTMLElement): HTMLTableRowElement[] {
  return Array.from(table.querySelectorAll<HTMLTableRowElement>(':scope > tbody > tr'));
}

function rowByKey(table: HTMLElement, key: string): HTMLTableRowElement {
  const row = table.querySelector<HTMLTableRowElement>(`tbody > tr[data-key="${CSS.escape(key)}"]`);
  if (!row) throw new Error(`no row for record "${key}"`);
  return row;
}

const keysInOrder = (table: HTMLElement) => bodyRows(table).map((tr) => tr.dataset.key ?? '');

const meta = {
  title: 'Dataset/Tables',
  args: {
    description: '',
    sortBy: 'date',
    sortDirection: 'ascending',
    hidden: false,
    pageSize: 0,
    theme: 'auto',
  },
  argTypes: {
    caption: { control: 'text', description: 'The table caption, its accessible name' },
    description: { control: 'text', description: 'Shown above the table and linked with aria-describedby' },
    sortDirection: { control: 'inline-radio', options: ['ascending', 'descending'] },
    hidden: { control: 'boolean', description: 'Visually hidden, still read by screen readers' },
    pageSize: {
      control: { type: 'number', min: 0, step: 1 },
      description: 'Rows per page, with Previous and Next buttons after the table; 0 shows every row',
    },
    theme: {
      control: 'inline-radio',
      options: ['auto', 'light', 'dark'],
      description: 'auto follows prefers-color-scheme; the others set data-theme',
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The bundled dataset as accessible data tables, built with `createDataTable` (the table the charts offer as ' +
          'their text alternative). Sort by any header button, with the mouse or with Enter and Space.',
      },
    },
  },
} satisfies Meta<TableArgs>;

export default meta;
type Story = StoryObj<TableArgs>;

export const Documents: Story = {
  args: {
    caption: 'Documents of the dataset',
    description:
      'Every document the dataset draws on: full-text pages of the collection and pages known from their metadata ' +
      'only. Titles the project wrote are marked “editorial title”.',
  },
  argTypes: { sortBy: sortByControl(columns.documents) },
  render: (args) => renderTable(columns.documents, dataset.documents, args),
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: 'Documents of the dataset' });

    await step('one row per document of the dataset', async () => {
      await expect(bodyRows(table)).toHaveLength(dataset.documents.length);
      await expect(new Set(keysInOrder(table))).toEqual(new Set(dataset.documents.map((d) => d.id)));
    });

    await step('known rows show what the sources print', async () => {
      // Seed 1: Karsky's record of his conversation with Atatürk, dated June 1, 1937, with no marking.
      const seed1 = rowByKey(table, '1937-06-01-karsky-ataturk');
      await expect(seed1).toHaveTextContent('1 June 1937');
      await expect(seed1).toHaveTextContent('Record of conversation');
      await expect(seed1).toHaveTextContent('M. Karsky');
      await expect(seed1).toHaveTextContent('Mustafa Kemal Atatürk');
      // Seed 2: its garbled archive reference is shown as read, with the printed form beside it.
      const seed2 = rowByKey(table, '1939-05-13-potemkin-apaydin');
      await expect(seed2).toHaveTextContent('secret');
      await expect(seed2).toHaveTextContent(/f\. 011, op\. 4, p\. 24, d\. 7/);
      await expect(seed2).toHaveTextContent('wua rf');
      // A span of days and a month-only date keep their precision.
      await expect(rowByKey(table, '1939-08-20-diary-efchen')).toHaveTextContent('20–26 August 1939');
      await expect(rowByKey(table, '1939-10-stalin-molotov-saracoglu')).toHaveTextContent('October 1939');
    });

    await step('editorial titles are marked as such, printed ones are not', async () => {
      for (const document of dataset.documents) {
        const header = rowByKey(table, document.id).querySelector('th[scope="row"]');
        const marked = header?.textContent?.includes('(editorial title)') ?? false;
        await expect({ id: document.id, marked }).toEqual({
          id: document.id,
          marked: document.title.basis === 'editorial',
        });
      }
    });

    await step('every row links to its source page', async () => {
      for (const document of dataset.documents) {
        const links = Array.from(rowByKey(table, document.id).querySelectorAll('a'));
        await expect(links.map((a) => a.getAttribute('href'))).toContain(document.source.url);
        await expect(links.every((a) => /^https?:\/\//.test(a.href))).toBe(true);
      }
    });

    await step('sorting by keyboard reverses the order of dates', async () => {
      const dateHeader = canvas.getByRole('columnheader', { name: 'Date' });
      await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
      canvas.getByRole('button', { name: 'Date' }).focus();
      await userEvent.keyboard('{Enter}');
      await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
      const keys = keysInOrder(table).map((id) => dateSortKey(index.documents.get(id)?.date ?? { basis: 'stated' }));
      await expect(keys).toEqual([...keys].sort().reverse());
      await expect(keys[0]).not.toBe(keys.at(-1));
      await userEvent.keyboard(' ');
      await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
    });
  },
};

export const Contacts: Story = {
  args: {
    caption: 'Contacts of the dataset',
    description:
      'Each meeting, conversation or message between officials that a document records or mentions. Summaries are ' +
      'the project’s own words; uncertain dates give the bounds the sources allow.',
  },
  argTypes: { sortBy: sortByControl(columns.contacts) },
  render: (args) => renderTable(columns.contacts, dataset.contacts, args),
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: 'Contacts of the dataset' });

    await step('one row per contact of the dataset', async () => {
      await expect(bodyRows(table)).toHaveLength(dataset.contacts.length);
    });

    await step('uncertain dates are shown as bounds, never as a false day', async () => {
      // The diary extract covers 20–26 August 1939 without the day of the visit.
      await expect(rowByKey(table, 'ivanova-efchen-1939-08')).toHaveTextContent('between 20 and 26 August 1939');
      // Aras's visit is known only from the telegram of 25 May 1937, sent from Geneva.
      const geneva = rowByKey(table, 'litvinov-aras-geneva-1937-05');
      await expect(geneva).toHaveTextContent('before 25 May 1937 (inferred)');
      await expect(geneva).toHaveTextContent('Geneva (inferred)');
      await expect(geneva).toHaveTextContent('Tevfik Rüştü Aras');
    });

    await step('summaries are marked editorial and documents link to their pages', async () => {
      for (const contact of dataset.contacts) {
        const row = rowByKey(table, contact.id);
        await expect(row).toHaveTextContent(`${contact.summary.text} (editorial)`);
        const hrefs = Array.from(row.querySelectorAll('a'), (a) => a.getAttribute('href'));
        const expected = contact.documents.map((id) => index.documents.get(id)?.source.url);
        await expect(hrefs).toEqual(expected);
      }
    });

    await step('sorting by participants from the keyboard orders the row headers', async () => {
      const header = canvas.getByRole('columnheader', { name: 'Participants' });
      await expect(header).not.toHaveAttribute('aria-sort');
      const button = canvas.getByRole('button', { name: 'Participants' });
      button.focus();
      await userEvent.keyboard('{Enter}');
      await expect(header).toHaveAttribute('aria-sort', 'ascending');
      await expect(canvas.getByRole('columnheader', { name: 'Date' })).not.toHaveAttribute('aria-sort');
      const names = bodyRows(table).map((tr) => tr.querySelector('th')?.textContent ?? '');
      const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
      await expect(names).toEqual([...names].sort(collator.compare));
      await expect(button).toHaveFocus();
    });
  },
};

export const People: Story = {
  args: {
    caption: 'People, offices and groups of the dataset',
    description:
      'Display names with every spelling the sources print. Office dates are given only where a source states them.',
    sortBy: 'none',
  },
  argTypes: { sortBy: sortByControl(columns.people) },
  render: (args) => renderTable(columns.people, dataset.people, args),
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: 'People, offices and groups of the dataset' });

    await step('one row per person, office or group', async () => {
      await expect(bodyRows(table)).toHaveLength(dataset.people.length);
      await expect(keysInOrder(table)).toEqual(dataset.people.map((person) => person.id));
    });

    await step('offices carry the dates the sources state, and flag doubtful ones', async () => {
      const inonu = rowByKey(table, 'inonu');
      await expect(inonu.querySelector('th')).toHaveTextContent('İsmet İnönü');
      await expect(inonu).toHaveTextContent('President of Turkey: 11 November 1938 – 22 May 1950');
      await expect(rowByKey(table, 'kaya')).toHaveTextContent('(uncertain)');
      await expect(rowByKey(table, 'karsky')).toHaveTextContent('dates not stated in the sources');
    });

    await step('sorting by name from the keyboard', async () => {
      const header = canvas.getByRole('columnheader', { name: 'Name' });
      canvas.getByRole('button', { name: 'Name' }).focus();
      await userEvent.keyboard('{Enter}');
      await expect(header).toHaveAttribute('aria-sort', 'ascending');
      await userEvent.keyboard('{Enter}');
      await expect(header).toHaveAttribute('aria-sort', 'descending');
      const names = bodyRows(table).map((tr) => tr.querySelector('th')?.textContent ?? '');
      const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
      await expect(names).toEqual([...names].sort(collator.compare).reverse());
    });
  },
};

/** The form the charts use: the same table, hidden from sight, for screen readers. */
export const ScreenReaderOnly: Story = {
  name: 'Contacts, visually hidden',
  args: { ...Contacts.args, caption: 'Contacts (screen-reader table)', hidden: true },
  argTypes: { sortBy: sortByControl(columns.contacts) },
  render: (args) => {
    const host = renderTable(columns.contacts, dataset.contacts, args);
    const visible = document.createElement('p');
    visible.textContent =
      'The table is here, visually hidden: a screen reader finds it, and it appears while a keyboard user is inside it.';
    host.prepend(visible);
    return host;
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: 'Contacts (screen-reader table)' });
    const container = table.closest('.stc-table-container') as HTMLElement;
    const box = container.getBoundingClientRect();
    await expect([box.width, box.height]).toEqual([1, 1]);
    await expect(getComputedStyle(container).display).not.toBe('none');
    await expect(bodyRows(table)).toHaveLength(dataset.contacts.length);
    // Keyboard focus inside reveals it.
    await userEvent.tab();
    await expect(container.getBoundingClientRect().width).toBeGreaterThan(100);
  },
};

const contactsById = new Map(dataset.contacts.map((contact) => [contact.id, contact]));

/** The same table ten rows at a time: Previous and Next after it, and the range shown, announced on each change. */
export const ContactsPaged: Story = {
  name: 'Contacts, ten rows a page',
  args: { ...Contacts.args, caption: 'Contacts of the dataset, paged', pageSize: 10 },
  argTypes: { sortBy: sortByControl(columns.contacts) },
  render: (args) => renderTable(columns.contacts, dataset.contacts, args),
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: 'Contacts of the dataset, paged' });
    const pager = within(canvas.getByRole('navigation', { name: 'Contacts of the dataset, paged: pages' }));
    const status = pager.getByRole('status');
    const previous = pager.getByRole('button', { name: 'Previous 10 rows' });
    const next = pager.getByRole('button', { name: /^Next \d+ rows?$/ });
    const total = dataset.contacts.length;
    const pages = Math.ceil(total / 10);

    await step('the first ten contacts, and which rows they are', async () => {
      await expect(bodyRows(table)).toHaveLength(10);
      await expect(status).toHaveTextContent(`Rows 1–10 of ${total}`);
      await expect(previous).toBeDisabled();
      await expect(next).toBeEnabled();
    });

    await step('Next walks every page from the keyboard, in date order', async () => {
      const seen = keysInOrder(table);
      next.focus();
      for (let page = 1; page < pages; page++) {
        await userEvent.keyboard('{Enter}');
        seen.push(...keysInOrder(table));
      }
      await expect(seen).toHaveLength(total);
      await expect(new Set(seen)).toEqual(new Set(dataset.contacts.map((contact) => contact.id)));
      const dates = seen.map((id) => dateSortKey(contactsById.get(id)?.date ?? { basis: 'stated' }));
      await expect(dates).toEqual([...dates].sort());
      await expect(status).toHaveTextContent(`Rows ${(pages - 1) * 10 + 1}–${total} of ${total}`);
      await expect(next).toBeDisabled();
      // Next is disabled on the last page, so focus moved to Previous rather than being lost.
      await expect(previous).toHaveFocus();
    });

    await step('sorting by a header goes back to the first page', async () => {
      canvas.getByRole('button', { name: 'Date' }).focus();
      await userEvent.keyboard('{Enter}');
      await expect(canvas.getByRole('columnheader', { name: 'Date' })).toHaveAttribute('aria-sort', 'descending');
      await expect(status).toHaveTextContent(`Rows 1–10 of ${total}`);
      await expect(previous).toBeDisabled();
      // The first row is now the latest contact of all, not of the page that was shown.
      const latest = dataset.contacts
        .map((contact) => dateSortKey(contact.date))
        .sort()
        .at(-1);
      const first = contactsById.get(keysInOrder(table)[0] ?? '');
      await expect(first && dateSortKey(first.date)).toBe(latest);
    });
  },
};
