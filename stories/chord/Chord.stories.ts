import '../../src/shared/theme.css';
import type { Meta, StoryObj } from '@storybook/html-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createChord } from '../../src/bundled/create-chord';
import type { ChordHandle, ChordOptions } from '../../src/chord/create-chord';
import type { ChordContact } from '../../src/chord/options';
import { dataset } from '../../src/data/dataset';
import { customMeeting } from '../../test/fixtures/custom-contacts';
import { type StoryTheme, storyFrame, whenConnected } from '../support/story-frame';

type Theme = StoryTheme;

/** The story's controls: every option of the chord that makes sense as a control, plus the colour scheme. */
interface ChordArgs {
  by: 'polity' | 'person';
  directed: boolean;
  /** `count`: every contact once; `documents`: by the number of documents behind it (an example of `weight`). */
  weight: 'count' | 'documents';
  /** Keys put first around the ring, comma-separated; empty: none. */
  order: string;
  threshold: number;
  /** `names`: the dataset's polity and person names (the default); `keys`: the group keys as they are. */
  groupLabel: 'names' | 'keys';
  /** The merged group's label; `{n}` is replaced by how many groups it holds. Empty: the default. */
  otherLabel: string;
  /** 0 follows the host's width. */
  width: number;
  /** 0: as tall as wide. */
  height: number;
  padAngle: number;
  ringWidth: number;
  labelOffset: number;
  labelHeight: number;
  margin: number;
  locale: 'en' | 'ru' | 'tr';
  table: 'hidden' | 'visible';
  title: string;
  description: string;
  theme: Theme;
}

const handles: ChordHandle[] = [];

/** The options the controls describe (empty text means "not given"). */
function optionsOf(args: ChordArgs): ChordOptions {
  const order = args.order
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
  return {
    by: args.by,
    directed: args.directed,
    weight: args.weight === 'documents' ? (contact: ChordContact) => contact.documents.length : undefined,
    order: order.length > 0 ? order : undefined,
    threshold: args.threshold,
    groupLabel: args.groupLabel === 'keys' ? (key: string) => key : undefined,
    otherLabel: args.otherLabel
      ? (merged: readonly string[]) => args.otherLabel.replaceAll('{n}', String(merged.length))
      : undefined,
    width: args.width > 0 ? args.width : 'auto',
    height: args.height > 0 ? args.height : undefined,
    padAngle: args.padAngle,
    ringWidth: args.ringWidth,
    labelOffset: args.labelOffset,
    labelHeight: args.labelHeight,
    margin: args.margin,
    locale: args.locale,
    table: args.table,
    title: args.title || undefined,
    description: args.description || undefined,
  };
}

function track(handle: ChordHandle, log: HTMLOutputElement): ChordHandle {
  handles.push(handle);
  handle.on('select', (event) => {
    log.dataset.selected = `${event.type}:${event.keys.join('|')}`;
    log.textContent = `Selected ${event.type} ${event.keys.join(' – ')}: ${event.contacts.length} contacts, ${event.documents.length} documents`;
  });
  handle.on('focus', (event) => {
    log.dataset.focused = `${event.type}:${event.keys.join('|')}`;
  });
  return handle;
}

function renderChord(args: ChordArgs, extra: ChordOptions = {}): HTMLElement {
  const { host, chart, log } = storyFrame(args.theme);
  whenConnected(host, () => track(createChord(chart, { ...optionsOf(args), ...extra }), log));
  return host;
}

const meta = {
  title: 'Components/Chord',
  // Each story's charts are destroyed before the next one renders.
  beforeEach: () => () => {
    for (const handle of handles.splice(0)) handle.destroy();
  },
  args: {
    by: 'polity',
    directed: false,
    weight: 'count',
    order: '',
    threshold: 0,
    groupLabel: 'names',
    otherLabel: '',
    width: 640,
    height: 0,
    padAngle: 0.04,
    ringWidth: 12,
    labelOffset: 8,
    labelHeight: 14,
    margin: 96,
    locale: 'en',
    table: 'hidden',
    title: '',
    description: '',
    theme: 'auto',
  },
  argTypes: {
    by: {
      control: 'inline-radio',
      options: ['polity', 'person'],
      description: 'One arc per polity or per participant (or, in code, any accessor)',
    },
    directed: {
      control: 'boolean',
      description:
        'Arrows from sender to recipient: messages, telegrams and letters only (the rest are listed as left out)',
    },
    weight: {
      control: 'inline-radio',
      options: ['count', 'documents'],
      description: 'What a contact weighs: 1 each, or (an example accessor) the number of its documents',
    },
    order: { control: 'text', description: 'Keys put first around the ring, comma-separated (e.g. "ussr, turkey")' },
    threshold: {
      control: { type: 'range', min: 0, max: 0.3, step: 0.01 },
      description: 'Groups with a smaller share of the total are merged into "other" (when two or more are)',
    },
    groupLabel: {
      control: 'inline-radio',
      options: ['names', 'keys'],
      description: 'Label text: the dataset’s names, or (an example of the groupLabel function) the keys as they are',
    },
    otherLabel: {
      control: 'text',
      description: 'The merged group’s label ({n}: how many it holds); empty: "other (N)"',
    },
    width: { control: { type: 'number', min: 0, step: 10 }, description: '0: follow the host (width: "auto")' },
    height: { control: { type: 'number', min: 0, step: 10 }, description: '0: as tall as wide' },
    padAngle: { control: { type: 'range', min: 0, max: 0.2, step: 0.01 }, description: 'Gap between groups (radians)' },
    ringWidth: { control: { type: 'range', min: 2, max: 40 }, description: 'Thickness of the ring of arcs' },
    labelOffset: { control: { type: 'range', min: 0, max: 30 }, description: 'From the ring to the labels' },
    labelHeight: {
      control: { type: 'range', min: 8, max: 30 },
      description: 'A label line: labels closer than this are hidden (and marked by a tick)',
    },
    margin: { control: { type: 'range', min: 0, max: 200 }, description: 'Room around the ring for the labels' },
    locale: { control: 'inline-radio', options: ['en', 'ru', 'tr'], description: 'The language of dates in tooltips' },
    table: {
      control: 'inline-radio',
      options: ['hidden', 'visible'],
      description: 'The matrix as a table: for screen readers (shown while focused), or shown',
    },
    title: { control: 'text', description: 'The accessible name; empty: the default' },
    description: { control: 'text', description: 'The accessible description; empty: generated' },
    theme: {
      control: 'inline-radio',
      options: ['auto', 'light', 'dark'],
      description: 'auto follows prefers-color-scheme; the others set data-theme',
    },
  },
  render: (args) => renderChord(args),
  parameters: {
    docs: {
      description: {
        component:
          '`createChord(el, options)` draws who was in contact with whom: an arc per polity (or person), a ribbon per ' +
          'pair in contact, as wide as their contacts. Point at or focus an arc or ribbon to fade the rest and see its ' +
          'contacts; Tab and the arrow keys move around the ring; Enter selects.',
      },
    },
  },
} satisfies Meta<ChordArgs>;

export default meta;
type Story = StoryObj<ChordArgs>;

/** Waits until the chart's group exists (it is created once the host is in the page). */
async function chartOf(canvasElement: HTMLElement, name: RegExp | string): Promise<HTMLElement> {
  return waitFor(() => within(canvasElement).getByRole('group', { name }));
}

const focusedKey = () => document.activeElement?.getAttribute('data-key');

export const ByPolity: Story = {
  play: async ({ canvasElement, step }) => {
    const chart = await chartOf(canvasElement, /who met whom/);
    const log = within(canvasElement).getByTestId('event-log');

    await step('one arc per polity, one mark in the tab order', async () => {
      await expect(chart.querySelectorAll('.stc-chord__arc')).toHaveLength(dataset.polities.length);
      await expect(chart.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    });

    await step('Tab reaches the first group; the arrows go around the ring and to the links', async () => {
      (document.activeElement as HTMLElement | null)?.blur();
      await userEvent.tab();
      await expect(focusedKey()).toBe('bulgaria');
      await userEvent.keyboard('{End}');
      await expect(focusedKey()).toBe('ussr');
      await expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^USSR: 41 contacts; with Turkey 36/);
      await userEvent.keyboard('{ArrowLeft}');
      await expect(focusedKey()).toBe('turkey');
      await expect(within(canvasElement).getByRole('tooltip').textContent).toMatch(/^Turkey37 contacts/);
    });

    await step('Enter selects the group; Down and Enter select a link', async () => {
      await userEvent.keyboard('{Enter}');
      await expect(log.dataset.selected).toBe('group:turkey');
      await userEvent.keyboard('{ArrowDown}');
      await expect(document.activeElement?.classList.contains('stc-chord__ribbon')).toBe(true);
      await userEvent.keyboard(' ');
      await expect(log.dataset.selected).toMatch(/^ribbon:/);
    });
  },
};

export const ByPerson: Story = { args: { by: 'person', width: 760 } };

export const Directed: Story = {
  args: { directed: true },
  play: async ({ canvasElement }) => {
    const chart = await chartOf(canvasElement, /who wrote to whom/);
    await expect(chart.querySelectorAll('.stc-chord__ribbon--directed').length).toBeGreaterThan(0);
  },
};

/** Groups below 5% of all contacts are merged into one neutral "other" arc. */
export const Threshold: Story = {
  args: { threshold: 0.05 },
  play: async ({ canvasElement }) => {
    const chart = await chartOf(canvasElement, /who met whom/);
    await expect(chart.querySelector('.stc-chord__arc--other')?.getAttribute('aria-label')).toMatch(/^other \(4\)/);
  },
};

/** Contacts of three invented ministries, grouped by an accessor (the first letter of each participant's id). */
export const CustomData: Story = {
  render: (args) =>
    renderChord(args, {
      data: [
        customMeeting('c1', ['a-1', 'b-1'], ['alpha', 'beta'], 'A first meeting'),
        customMeeting('c2', ['a-2', 'b-1'], ['alpha', 'beta'], 'A second meeting'),
        customMeeting('c3', ['a-1', 'c-1', 'b-2'], ['alpha', 'beta', 'gamma'], 'Three ministries at one table'),
        customMeeting('c4', ['c-1', 'c-2'], ['gamma'], 'Inside the third ministry'),
      ],
      by: (person) => `ministry ${person.charAt(0).toUpperCase()}`,
      title: 'Meetings between three ministries',
    }),
  play: async ({ canvasElement }) => {
    const chart = await chartOf(canvasElement, 'Meetings between three ministries');
    await expect(Array.from(chart.querySelectorAll('.stc-chord__arc'), (arc) => arc.getAttribute('data-key'))).toEqual([
      'ministry A',
      'ministry B',
      'ministry C',
    ]);
  },
};

/** Nothing to draw: the chart says why, and the table is still there. */
export const EmptyState: Story = {
  args: { directed: true, table: 'visible' },
  render: (args) => renderChord(args, { data: dataset.contacts.filter((contact) => contact.direction === null) }),
  play: async ({ canvasElement }) => {
    const message = await waitFor(() => {
      const found = canvasElement.querySelector<HTMLElement>('.stc-chord__empty');
      if (!found) throw new Error('the chart is not drawn yet');
      return found;
    });
    await expect(message.hidden).toBe(false);
    await expect(message.textContent).toMatch(/^None of the \d+ contacts has a sender and a recipient/);
    await expect(within(canvasElement).getByRole('table').textContent).toContain('No contacts to count.');
  },
};

export const DarkTheme: Story = { args: { theme: 'dark' } };

export const Russian: Story = {
  args: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    const chart = await chartOf(canvasElement, /who met whom/);
    (chart.querySelector('.stc-chord__arc[data-key="poland"]') as SVGElement).focus();
    await expect(within(canvasElement).getByRole('tooltip').textContent).toMatch(/мая 1939 г\./);
  },
};
