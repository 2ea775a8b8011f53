import '../../src/shared/theme.css';
import type { Meta, StoryObj } from '@storybook/html-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createTimeline } from '../../src/bundled/create-timeline';
import { dataset } from '../../src/data/dataset';
import type { DeepReadonly, SourceDocument } from '../../src/data/types';
import type { TimelineHandle, TimelineOptions } from '../../src/timeline/create-timeline';
import type { LaneMode } from '../../src/timeline/options';
import { type StoryTheme, storyFrame, whenConnected } from '../support/story-frame';
import { syntheticAccessors, syntheticRecords } from './synthetic-records';

type Theme = StoryTheme;

/** The story's controls: the options of the timeline that make sense as controls, plus the colour scheme. */
interface TimelineArgs {
  lane: LaneMode;
  locale: 'en' | 'ru' | 'tr';
  table: 'hidden' | 'visible' | 'none';
  tablePageSize: number;
  legend: boolean;
  labels: boolean;
  /** 0 follows the host's width. */
  width: number;
  /** 0: every row its rowHeight. */
  height: number;
  rowHeight: number;
  markSize: number;
  markGap: number;
  openBoundSpan: number;
  svgMarkLimit: number;
  minZoomSpanDays: number;
  brush: boolean;
  from: string;
  to: string;
  title: string;
  theme: Theme;
}

const handles: TimelineHandle<never>[] = [];

/** The options the controls describe (empty text means "not given"). */
function optionsOf(args: TimelineArgs): TimelineOptions {
  return {
    lane: args.lane,
    locale: args.locale,
    table: args.table === 'none' ? false : args.table,
    tablePageSize: args.tablePageSize,
    legend: args.legend,
    labels: args.labels,
    width: args.width > 0 ? args.width : 'auto',
    height: args.height > 0 ? args.height : 'auto',
    rowHeight: args.rowHeight,
    markSize: args.markSize,
    markGap: args.markGap,
    openBoundSpan: args.openBoundSpan,
    svgMarkLimit: args.svgMarkLimit,
    minZoomSpanDays: args.minZoomSpanDays,
    brush: args.brush,
    from: args.from || undefined,
    to: args.to || undefined,
    title: args.title || undefined,
  };
}

function track<T>(handle: TimelineHandle<T>, log: HTMLOutputElement, id: (record: T) => string): TimelineHandle<T> {
  handles.push(handle as unknown as TimelineHandle<never>);
  handle.on('select', (event) => {
    log.dataset.selected = id(event.record);
    log.textContent = `Selected ${id(event.record)}${event.documents ? ` (${event.documents.length} documents)` : ''}`;
  });
  handle.on('zoom', (event) => {
    log.dataset.zoom = `${event.from.toISOString()}/${event.to.toISOString()}`;
  });
  handle.on('brush', (event) => {
    log.dataset.brush = event.days ? `${event.days.from}/${event.days.to}` : '';
    log.textContent = event.days
      ? `Brushed ${event.days.from} to ${event.days.to}: ${event.ids.join(', ') || 'no records'}`
      : 'Selection cleared';
  });
  return handle;
}

function renderContacts(args: TimelineArgs, extra: TimelineOptions = {}): HTMLElement {
  const { host, chart, log } = storyFrame(args.theme);
  // Drawn once the host is in the page, so the chart can measure its width.
  whenConnected(host, () => track(createTimeline(chart, { ...optionsOf(args), ...extra }), log, (c) => c.id));
  return host;
}

const meta = {
  title: 'Components/Timeline',
  // Each story's charts are destroyed before the next one renders.
  beforeEach: () => () => {
    for (const handle of handles.splice(0)) handle.destroy();
  },
  args: {
    lane: 'polity-pair',
    locale: 'en',
    table: 'hidden',
    tablePageSize: 50,
    legend: true,
    labels: true,
    width: 0,
    height: 0,
    rowHeight: 24,
    markSize: 10,
    markGap: 4,
    openBoundSpan: 30,
    svgMarkLimit: 500,
    minZoomSpanDays: 7,
    brush: false,
    from: '',
    to: '',
    title: '',
    theme: 'auto',
  },
  argTypes: {
    lane: {
      control: 'inline-radio',
      options: ['polity-pair', 'person', 'kind'],
      description: 'One lane per polity pair, per participant, or per kind (or, in code, any accessor)',
    },
    locale: { control: 'inline-radio', options: ['en', 'ru', 'tr'], description: 'Axis and date language' },
    table: {
      control: 'inline-radio',
      options: ['hidden', 'visible', 'none'],
      description: 'The data table of the same records: for screen readers only, shown, or none (table: false)',
    },
    tablePageSize: { control: { type: 'number', min: 1 }, description: 'Rows per page of the table' },
    legend: { control: 'boolean' },
    labels: { control: 'boolean', description: 'Text labels beside marks (hidden, and counted, where no room)' },
    width: { control: { type: 'number', min: 0, step: 10 }, description: '0: follow the host (width: "auto")' },
    height: { control: { type: 'number', min: 0, step: 10 }, description: '0: every row its rowHeight ("auto")' },
    rowHeight: { control: { type: 'range', min: 12, max: 48 } },
    markSize: { control: { type: 'range', min: 4, max: 20 } },
    markGap: { control: { type: 'range', min: 0, max: 12 } },
    openBoundSpan: {
      control: { type: 'range', min: 5, max: 120 },
      description: 'Days an unknown bound of an uncertain date is drawn from the known one (fading)',
    },
    svgMarkLimit: {
      control: { type: 'number', min: 1 },
      description: 'Above this many marks in view, a canvas draws them',
    },
    minZoomSpanDays: { control: { type: 'number', min: 1 }, description: 'The shortest span zooming may show' },
    brush: {
      control: 'boolean',
      description: 'Select a span: drag over the background, or zoom and press Select; emits `brush`',
    },
    from: { control: 'text', description: 'Start of the time shown (ISO date); empty: the data' },
    to: { control: 'text', description: 'End of the time shown (ISO date); empty: the data' },
    title: { control: 'text', description: 'The accessible name; empty: the default' },
    theme: {
      control: 'inline-radio',
      options: ['auto', 'light', 'dark'],
      description: 'auto follows prefers-color-scheme; the others set data-theme',
    },
  },
  render: (args) => renderContacts(args),
  parameters: {
    docs: {
      description: {
        component:
          '`createTimeline(el, options)` draws the bundled contacts, or any records through accessors. A day is a ' +
          'shape, a period a bar, a month a dashed band, an uncertain date a range fading toward an unknown bound, ' +
          'an inferred date hollow. Zoom with the wheel, a drag, a double-click, a pinch, the buttons or + − 0; move ' +
          'between marks with Tab and the arrow keys; Enter selects.',
      },
    },
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

/** Waits until the chart's group exists (it is created once the host is in the page). */
async function chartOf(canvasElement: HTMLElement, name: RegExp | string): Promise<HTMLElement> {
  const canvas = within(canvasElement);
  return waitFor(() => canvas.getByRole('group', { name }));
}

export const Default: Story = {
  play: async ({ canvasElement, step }) => {
    const chart = await chartOf(canvasElement, /Timeline of Soviet–Turkish diplomatic contacts/);
    const log = within(canvasElement).getByTestId('event-log');
    const marks = () => Array.from(chart.querySelectorAll<SVGGElement>('[role="button"]'));

    await step('one focusable mark per contact, one of them in the tab order', async () => {
      await expect(marks()).toHaveLength(dataset.contacts.length);
      await expect(marks().filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    });

    await step('Tab reaches the first mark after the zoom buttons; arrows move in time', async () => {
      const zoomIn = within(canvasElement).getByRole('button', { name: 'Zoom in' });
      zoomIn.focus();
      await userEvent.tab(); // zoom out
      await userEvent.tab(); // reset
      await userEvent.tab();
      const first = document.activeElement as Element;
      await expect(first.getAttribute('data-id')).toBe('litvinov-apaydin-1937-04-15');
      await userEvent.keyboard('{ArrowRight}');
      await expect(document.activeElement?.getAttribute('data-id')).toBe('karakhan-inonu-1937-04-25');
      await expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^25 April 1937 \(inferred\), meeting/);
    });

    await step('Enter selects the focused contact', async () => {
      await userEvent.keyboard('{Enter}');
      await expect(log.dataset.selected).toBe('karakhan-inonu-1937-04-25');
    });

    await step('+ zooms in around the focused mark, 0 zooms back out', async () => {
      await userEvent.keyboard('+');
      await waitFor(() => expect(log.dataset.zoom).toBeDefined());
      const [from, to] = (log.dataset.zoom as string).split('/').map((iso) => Date.parse(iso)) as [number, number];
      await userEvent.keyboard('0');
      const [from0, to0] = (log.dataset.zoom as string).split('/').map((iso) => Date.parse(iso)) as [number, number];
      await expect((to - from) / (to0 - from0)).toBeCloseTo(0.5, 5);
      await expect(document.activeElement?.getAttribute('data-id')).toBe('karakhan-inonu-1937-04-25');
    });
  },
};

export const ByPerson: Story = { args: { lane: 'person' } };

export const ByKind: Story = { args: { lane: 'kind' } };

export const Russian: Story = {
  args: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    const chart = await chartOf(canvasElement, /Timeline/);
    const ticks = Array.from(chart.querySelectorAll('.stc-timeline__axis .tick text'), (t) => t.textContent);
    await expect(ticks.join(' ')).toMatch(/1938/);
    await expect(ticks.some((t) => /[а-я]/.test(t ?? ''))).toBe(true);
  },
};

/** The brush: drag over the background to select days, or zoom to a span and press Select. */
export const Brush: Story = {
  args: { brush: true },
  play: async ({ canvasElement, step }) => {
    const chart = await chartOf(canvasElement, /Timeline/);
    const canvas = within(canvasElement);
    const log = canvas.getByTestId('event-log');
    await step('the keyboard way: zoom with the buttons, then Select takes the time shown', async () => {
      canvas.getByRole('button', { name: 'Zoom in' }).click();
      const select = canvas.getByRole('button', { name: 'Select the time shown' });
      select.focus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(log.dataset.brush).toMatch(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/));
      await expect(chart.querySelector('.stc-timeline__brush .selection')?.getAttribute('width')).not.toBeNull();
    });
    await step('Clear clears it', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Clear the selection' }));
      await expect(log.dataset.brush).toBe('');
      await expect(log.textContent).toBe('Selection cleared');
    });
  },
};

export const Turkish: Story = { args: { locale: 'tr' } };

export const DarkTheme: Story = { args: { theme: 'dark' } };

/** Contacts whose dates are uncertain or known only to the month, around the spring of 1937 where most fall. */
export const UncertainDates: Story = {
  args: { from: '1937-04', to: '1937-07' },
  render: (args) =>
    renderContacts(args, {
      data: dataset.contacts.filter(
        (c) => !('when' in c.date) || c.date.when.length < 10 || c.date.basis === 'inferred',
      ),
    }),
  play: async ({ canvasElement }) => {
    const chart = await chartOf(canvasElement, /Timeline/);
    await expect(chart.querySelectorAll('.stc-timeline__mark--uncertain').length).toBeGreaterThan(0);
    await expect(chart.querySelectorAll('.stc-timeline__mark--open-start').length).toBeGreaterThan(0);
  },
};

type DocumentRow = DeepReadonly<SourceDocument>;

/** Custom records through accessors: the dataset's documents, one lane per document kind. */
export const CustomData: Story = {
  args: { lane: 'kind' },
  render: (args) => {
    const { host, chart, log } = storyFrame(args.theme);
    const options: TimelineOptions<DocumentRow> = {
      ...(optionsOf(args) as TimelineOptions<DocumentRow>),
      data: dataset.documents,
      id: (d) => d.id,
      date: (d) => d.date,
      lane: (d) => d.kind.replaceAll('-', ' '),
      label: (d) => d.title.text,
      kind: (d) => d.kind,
      title: 'Documents of the dataset by kind',
    };
    whenConnected(host, () => track(createTimeline(chart, options), log, (d) => d.id));
    return host;
  },
};

/** 10,000 synthetic records: drawn on the canvas layer until zoomed in; the render time is printed under the chart. */
export const TenThousandSynthetic: Story = {
  // Thin rows, so the few hundred rows the packing needs stay on a screen or two.
  args: { rowHeight: 6, markSize: 5, markGap: 1, labels: false },
  render: (args) => {
    const { host, chart, log } = storyFrame(args.theme);
    const data = syntheticRecords(10_000);
    whenConnected(host, () => {
      const started = performance.now();
      const handle = createTimeline(chart, {
        ...(optionsOf(args) as TimelineOptions<(typeof data)[number]>),
        data,
        ...syntheticAccessors,
        title: '10,000 synthetic records',
      });
      const elapsed = performance.now() - started;
      track(handle, log, (d) => d.id);
      const timing = document.createElement('p');
      timing.className = 'stc-note';
      timing.dataset.testid = 'timing';
      timing.textContent = `Rendered 10,000 records in ${Math.round(elapsed)} ms.`;
      host.append(timing);
    });
    return host;
  },
};
