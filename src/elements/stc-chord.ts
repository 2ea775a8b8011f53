import { createChord } from '../bundled/create-chord';
import type { ChordHandle, ChordOptions } from '../chord/create-chord';
import { StcChartElement } from './chart-element';
import { chordSpec } from './metadata';

/**
 * `<stc-chord>`: the chord diagram of who met or wrote to whom, for the bundled contacts or any given as `data`, drawn
 * in an open shadow root with the theme adopted. The width follows the element.
 *
 * @summary A chord diagram of diplomatic contacts, 1937–1939.
 *
 * @attr by - 'polity' | 'person': what a group of the ring stands for
 * @attr directed - boolean: ribbons run from sender to recipients (messages only)
 * @attr threshold - number in [0, 1): groups with a smaller share are merged into "other"
 * @attr locale - 'en' | 'ru' | 'tr': the language of dates
 * @attr theme - 'light' | 'dark' | 'auto': the colour scheme (set as data-theme on the element)
 * @attr height - number: the height in pixels (default: the width)
 * @attr table - 'hidden' | 'visible': the matrix table
 * @attr title - the chart's accessible name
 *
 * @fires stc-select - CustomEvent<ChordSelectEvent>: a group or ribbon was chosen
 * @fires stc-focus - CustomEvent<ChordFocusEvent>: a group or ribbon received focus
 * @fires stc-error - CustomEvent<StcErrorDetail>: an attribute or property was refused
 *
 * @csspart chart - the whole chart
 * @csspart figure - the drawing
 * @csspart note - the note on labels that did not fit
 * @csspart tooltip - the tooltip
 * @csspart table - the matrix table's container
 *
 * @cssprop --stc-font-family, --stc-color-text, --stc-polity-ussr, --stc-chord-other, … - see custom-elements.json
 */
export class StcChordElement extends StcChartElement<ChordHandle> {
  static readonly observedAttributes: readonly string[] = chordSpec.attributes.map((attribute) => attribute.name);

  protected readonly spec = chordSpec;
  protected readonly partSelectors = [
    ['.stc-chord', 'chart'],
    ['.stc-chord__figure', 'figure'],
    ['.stc-chord__note', 'note'],
    ['.stc-tooltip', 'tooltip'],
    ['.stc-table-container', 'table'],
  ] as const;

  protected createChart(container: HTMLElement, options: Record<string, unknown>): ChordHandle {
    return createChord(container, options as ChordOptions);
  }

  protected connectEvents(handle: ChordHandle, redispatch: (chartEvent: string, detail: unknown) => void): void {
    handle.on('select', (event) => redispatch('select', event));
    handle.on('focus', (event) => redispatch('focus', event));
  }
}
