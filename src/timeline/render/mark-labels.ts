import { select } from 'd3-selection';
import type { PlacedLabel } from '../layout/labels';
import type { Mark } from '../layout/timeline-layout';

/** Draws the labels the layout found room for, joined by their mark's key. Decorative: each mark speaks its own. */
export function drawMarkLabels<T>(layer: SVGGElement, labels: readonly PlacedLabel<Mark<T>>[]): void {
  select(layer)
    .selectAll<SVGTextElement, PlacedLabel<Mark<T>>>(':scope > text')
    .data(labels, (label) => label.mark.key)
    .join((enter) => enter.append('text').attr('class', 'stc-timeline__label'))
    .attr('x', (label) => Math.round(label.x * 100) / 100)
    .attr('y', (label) => Math.round(label.y * 100) / 100)
    .text((label) => label.text);
}
