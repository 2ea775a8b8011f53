import '../../src/shared/theme.css';
import type { Meta, StoryObj } from '@storybook/html-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createChord } from '../../src/bundled/create-chord';
import { createTimeline } from '../../src/bundled/create-timeline';
import { linkViews } from '../../src/link/link-views';

interface LinkedArgs {
  /** Whether selecting in the chord zooms the timeline to the contacts selected. */
  zoom: boolean;
  by: 'polity' | 'person';
  theme: 'auto' | 'light' | 'dark';
}

const cleanups: (() => void)[] = [];

function renderLinked(args: LinkedArgs): HTMLElement {
  const host = document.createElement('div');
  if (args.theme !== 'auto') host.dataset.theme = args.theme;
  const heading = document.createElement('h2');
  heading.textContent = 'Soviet–Turkish contacts, 1937–1939';
  const help = document.createElement('p');
  help.className = 'stc-note';
  help.textContent =
    'Brush a span on the timeline (drag over its background, or zoom and press Select) to filter the chord; ' +
    'select a group or link of the chord to highlight its contacts on the timeline.';
  const timelineHost = document.createElement('div');
  const chordHost = document.createElement('div');
  host.append(heading, help, timelineHost, chordHost);
  const draw = () => {
    if (!host.isConnected) {
      requestAnimationFrame(draw);
      return;
    }
    const timeline = createTimeline(timelineHost);
    const chord = createChord(chordHost, { by: args.by });
    const link = linkViews(timeline, chord, { zoom: args.zoom });
    cleanups.push(() => {
      link.unlink();
      chord.destroy();
      timeline.destroy();
    });
  };
  draw();
  return host;
}

const meta = {
  title: 'Linked views/Soviet–Turkish contacts, 1937–1939',
  beforeEach: () => () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  },
  args: { zoom: true, by: 'polity', theme: 'auto' },
  argTypes: {
    zoom: { control: 'boolean', description: 'Selecting in the chord zooms the timeline to the contacts selected' },
    by: { control: 'inline-radio', options: ['polity', 'person'], description: 'What the chord groups by' },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) => renderLinked(args),
  parameters: {
    docs: {
      description: {
        component:
          '`linkViews(timeline, chord)`: brushing a span on the timeline filters the chord to the contacts in it; ' +
          'selecting a group or a link of the chord highlights its contacts on the timeline and zooms to them; ' +
          'selecting a mark highlights its contact in the chord. `unlink()` undoes it.',
      },
    },
  },
} satisfies Meta<LinkedArgs>;

export default meta;
type Story = StoryObj<LinkedArgs>;

export const TimelineAndChord: Story = {
  name: 'Soviet–Turkish contacts, 1937–1939',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const timeline = await waitFor(() => canvas.getByRole('group', { name: /^Timeline of Soviet–Turkish/ }));
    const chord = await waitFor(() => canvasElement.querySelector<SVGSVGElement>('.stc-chord__svg') as SVGSVGElement);
    const turkeyUssr = () =>
      Number(
        /: (\d+) contacts?/.exec(
          chord.querySelector('.stc-chord__ribbon[data-key=\'["turkey","ussr"]\']')?.getAttribute('aria-label') ?? '',
        )?.[1],
      );
    const all = turkeyUssr();

    await step('keyboard: zoom in on the timeline, then Select filters the chord to the time shown', async () => {
      await expect(all).toBeGreaterThan(0);
      await userEvent.click(canvas.getByRole('button', { name: 'Zoom in' }));
      await userEvent.click(canvas.getByRole('button', { name: 'Select the time shown' }));
      await waitFor(() => expect(turkeyUssr()).toBeLessThan(all));
    });

    await step('Clear shows every contact in the chord again', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Clear the selection' }));
      await waitFor(() => expect(turkeyUssr()).toBe(all));
    });

    await step('selecting a link of the chord highlights its contacts on the timeline', async () => {
      const ribbon = chord.querySelector('.stc-chord__ribbon') as SVGPathElement;
      ribbon.focus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(timeline.querySelectorAll('.stc-timeline__mark--dimmed').length).toBeGreaterThan(0));
    });
  },
};
