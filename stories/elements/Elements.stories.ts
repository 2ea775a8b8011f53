// The custom elements as a page uses them: attributes as the controls, and the events they dispatch logged under them.
// No theme.css is imported: each element brings its own styles into its shadow root.
import '../../src/elements/index';
import type { Meta, StoryObj } from '@storybook/html-vite';
import { expect, waitFor } from 'storybook/test';

type Theme = 'auto' | 'light' | 'dark';

interface ElementArgs {
  // <stc-timeline>
  lane: 'polity-pair' | 'person' | 'kind';
  from: string;
  to: string;
  brush: boolean;
  // <stc-chord>
  by: 'polity' | 'person';
  directed: boolean;
  threshold: number;
  // both
  locale: 'en' | 'ru' | 'tr';
  theme: Theme;
  /** 0: the element's default ('auto' for the timeline, square for the chord). */
  height: number;
  table: 'hidden' | 'visible' | 'none';
  title: string;
}

/** The attributes the controls describe, for one element (empty text, 0 and false: the attribute is absent). */
function attributesOf(tag: 'stc-timeline' | 'stc-chord', args: ElementArgs): Record<string, string | boolean> {
  const common = {
    locale: args.locale,
    theme: args.theme,
    height: args.height > 0 ? String(args.height) : '',
    title: args.title,
  };
  return tag === 'stc-timeline'
    ? { ...common, lane: args.lane, from: args.from, to: args.to, brush: args.brush, table: args.table }
    : {
        ...common,
        by: args.by,
        directed: args.directed,
        threshold: args.threshold > 0 ? String(args.threshold) : '',
        // The chord always has its table: "none" is shown as the default.
        table: args.table === 'none' ? '' : args.table,
      };
}

/** The element with its attributes, and a log of the events it dispatches (composed: heard on the wrapper). */
function renderElement(tag: 'stc-timeline' | 'stc-chord', args: ElementArgs): HTMLElement {
  const wrapper = document.createElement('div');
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributesOf(tag, args))) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string' && value !== '') element.setAttribute(name, value);
  }
  const log = document.createElement('output');
  log.setAttribute('aria-live', 'polite');
  log.dataset.testid = 'event-log';
  for (const type of ['stc-select', 'stc-zoom', 'stc-brush', 'stc-focus', 'stc-error']) {
    wrapper.addEventListener(type, (event) => {
      log.dataset.last = type;
      log.textContent = `${type}: ${summary((event as CustomEvent).detail)}`;
    });
  }
  wrapper.append(element, log);
  return wrapper;
}

/** A line about an event's detail for the log. */
function summary(detail: unknown): string {
  const fields = detail as { record?: { id?: string }; keys?: string[]; from?: Date; message?: string };
  if (fields.message) return fields.message;
  if (fields.record?.id) return fields.record.id;
  if (fields.keys) return fields.keys.join(' – ');
  if (fields.from instanceof Date) return fields.from.toISOString().slice(0, 10);
  return '';
}

const meta = {
  title: 'Components/Custom elements',
  args: {
    lane: 'polity-pair',
    from: '',
    to: '',
    brush: false,
    by: 'polity',
    directed: false,
    threshold: 0,
    locale: 'en',
    theme: 'auto',
    height: 0,
    table: 'hidden',
    title: '',
  },
  argTypes: {
    lane: { control: 'inline-radio', options: ['polity-pair', 'person', 'kind'], description: '<stc-timeline> lane' },
    from: { control: 'text', description: '<stc-timeline> from: an ISO date (YYYY, YYYY-MM, YYYY-MM-DD)' },
    to: { control: 'text', description: '<stc-timeline> to: an ISO date (its last day included)' },
    brush: { control: 'boolean', description: '<stc-timeline> brush (a boolean attribute)' },
    by: { control: 'inline-radio', options: ['polity', 'person'], description: '<stc-chord> by' },
    directed: { control: 'boolean', description: '<stc-chord> directed (a boolean attribute)' },
    threshold: { control: { type: 'range', min: 0, max: 0.3, step: 0.01 }, description: '<stc-chord> threshold' },
    locale: { control: 'inline-radio', options: ['en', 'ru', 'tr'], description: 'locale' },
    theme: {
      control: 'inline-radio',
      options: ['auto', 'light', 'dark'],
      description: 'theme (data-theme on the element)',
    },
    height: { control: { type: 'number', min: 0, step: 10 }, description: 'height in pixels; 0: the default' },
    table: {
      control: 'inline-radio',
      options: ['hidden', 'visible', 'none'],
      description: 'table ("none": the timeline only; the chord always has one)',
    },
    title: { control: 'text', description: 'title: the accessible name; empty: the default' },
  },
  parameters: {
    docs: {
      description: {
        component:
          '`<stc-timeline>` and `<stc-chord>` from `soviet-turkish-contacts/elements` (or the script tag): the charts ' +
          'in a shadow root, set by attributes, with `data`, `options` and `handle` properties and `stc-*` events.',
      },
    },
  },
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

/** The shadow root of the element in a story, once it has rendered its chart. */
async function renderedShadow(canvasElement: HTMLElement, tag: string): Promise<ShadowRoot> {
  const element = canvasElement.querySelector(tag);
  if (!element?.shadowRoot) throw new Error(`no <${tag}> with an open shadow root`);
  const shadow = element.shadowRoot;
  await waitFor(() => expect(shadow.querySelector('svg')).not.toBeNull());
  return shadow;
}

export const Timeline: Story = {
  args: { lane: 'person' },
  render: (args) => renderElement('stc-timeline', args),
  play: async ({ canvasElement }) => {
    const shadow = await renderedShadow(canvasElement, 'stc-timeline');
    const lanes = Array.from(shadow.querySelectorAll('.stc-timeline__lane-marks'), (g) => g.getAttribute('aria-label'));
    await expect(lanes).toContain('Maxim Litvinov');
    await expect(shadow.querySelector('[part="legend"]')).not.toBeNull();
    // A click on a mark is re-dispatched from the element as stc-select, and logged.
    const mark = shadow.querySelector<SVGGElement>('[role="button"][data-id="karsky-ataturk-1937-06-01"]');
    mark?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const log = canvasElement.querySelector<HTMLOutputElement>('[data-testid="event-log"]');
    await waitFor(() => expect(log?.dataset.last).toBe('stc-select'));
    await expect(log?.textContent).toContain('karsky-ataturk-1937-06-01');
  },
};

export const Chord: Story = {
  args: { by: 'person', threshold: 0.03 },
  render: (args) => renderElement('stc-chord', args),
  play: async ({ canvasElement }) => {
    const shadow = await renderedShadow(canvasElement, 'stc-chord');
    await expect(shadow.querySelector('.stc-chord__label--other')).not.toBeNull();
    await expect(shadow.querySelector('[part="table"] table')).not.toBeNull();
  },
};

export const DarkWithTable: Story = {
  args: { theme: 'dark', table: 'visible', lane: 'kind' },
  render: (args) => renderElement('stc-timeline', args),
  play: async ({ canvasElement }) => {
    const shadow = await renderedShadow(canvasElement, 'stc-timeline');
    await expect(canvasElement.querySelector('stc-timeline')?.getAttribute('data-theme')).toBe('dark');
    await expect(getComputedStyle(shadow.querySelector('.stc-timeline') as Element).color).toBe('rgb(236, 236, 241)');
  },
};

export const InvalidAttribute: Story = {
  name: 'An invalid attribute (stc-error)',
  args: { lane: 'polity-pair' },
  render: (args) => {
    const wrapper = renderElement('stc-timeline', args);
    // A value the element refuses: it reports stc-error and keeps drawing the last valid lanes.
    wrapper.querySelector('stc-timeline')?.setAttribute('lane', 'persons');
    return wrapper;
  },
  play: async ({ canvasElement }) => {
    await renderedShadow(canvasElement, 'stc-timeline');
    const log = canvasElement.querySelector<HTMLOutputElement>('[data-testid="event-log"]');
    await waitFor(() => expect(log?.dataset.last).toBe('stc-error'));
    await expect(log?.textContent).toContain('invalid attribute lane="persons"');
  },
};
