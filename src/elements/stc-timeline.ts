import { createTimeline } from '../bundled/create-timeline';
import type { TimelineHandle, TimelineOptions } from '../timeline/create-timeline';
import { StcChartElement } from './chart-element';
import { timelineSpec } from './metadata';

/**
 * `<stc-timeline>`: the timeline of Soviet–Turkish diplomatic contacts, or of any records given as `data`, drawn in an
 * open shadow root with the theme adopted. The width follows the element.
 *
 * @summary A timeline of diplomatic contacts, 1937–1939.
 *
 * @attr lane - 'polity-pair' | 'person' | 'kind': one lane per pair of polities, per participant, or per kind
 * @attr from - ISO date (YYYY, YYYY-MM or YYYY-MM-DD): the start of the time shown
 * @attr to - ISO date: the end of the time shown (its last day included)
 * @attr locale - 'en' | 'ru' | 'tr': the language of dates
 * @attr theme - 'light' | 'dark' | 'auto': the colour scheme (set as data-theme on the element)
 * @attr height - number | 'auto': the height in pixels
 * @attr brush - boolean: whether a span of time can be selected
 * @attr table - 'hidden' | 'visible' | 'none': the data table
 * @attr title - the chart's accessible name
 *
 * @fires stc-select - CustomEvent<TimelineSelectEvent>: a mark was chosen
 * @fires stc-zoom - CustomEvent<TimelineZoomEvent>: the time shown changed
 * @fires stc-brush - CustomEvent<TimelineBrushEvent>: a span was selected or cleared
 * @fires stc-focus - CustomEvent<TimelineFocusEvent>: a mark received focus
 * @fires stc-error - CustomEvent<StcErrorDetail>: an attribute or property was refused
 *
 * @csspart chart - the whole chart
 * @csspart header - legend and buttons
 * @csspart legend - the legend
 * @csspart controls - each group of buttons
 * @csspart figure - the drawing
 * @csspart tooltip - the tooltip
 * @csspart table - the data table's container
 *
 * @cssprop --stc-font-family, --stc-color-text, --stc-color-background, --stc-kind-meeting, … - see custom-elements.json
 */
export class StcTimelineElement extends StcChartElement<TimelineHandle<unknown>> {
  static readonly observedAttributes: readonly string[] = timelineSpec.attributes.map((attribute) => attribute.name);

  protected readonly spec = timelineSpec;
  protected readonly partSelectors = [
    ['.stc-timeline', 'chart'],
    ['.stc-timeline__header', 'header'],
    ['.stc-timeline__legend', 'legend'],
    ['.stc-timeline__controls', 'controls'],
    ['.stc-timeline__figure', 'figure'],
    ['.stc-tooltip', 'tooltip'],
    ['.stc-table-container', 'table'],
  ] as const;

  protected createChart(container: HTMLElement, options: Record<string, unknown>): TimelineHandle<unknown> {
    return createTimeline<unknown>(container, options as TimelineOptions<unknown>);
  }

  protected connectEvents(
    handle: TimelineHandle<unknown>,
    redispatch: (chartEvent: string, detail: unknown) => void,
  ): void {
    handle.on('select', (event) => redispatch('select', event));
    handle.on('zoom', (event) => redispatch('zoom', event));
    handle.on('brush', (event) => redispatch('brush', event));
    handle.on('focus', (event) => redispatch('focus', event));
  }

  protected override optionValue(attribute: string, value: unknown): unknown {
    // The chart says "no table" with false; an attribute says it with a word.
    return attribute === 'table' && value === 'none' ? false : value;
  }
}
