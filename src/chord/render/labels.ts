/**
 * The groups' labels (outside the ring, placed by the layout so they never overlap) and the ticks that mark groups
 * whose label did not fit. Both repeat what the arcs' spoken labels say, so their layers are aria-hidden.
 */
import { select } from 'd3-selection';
import type { ChordGroupLayout } from '../layout/chord-layout';

const round = (value: number) => Math.round(value * 100) / 100;

export function drawLabels(labelLayer: SVGGElement, tickLayer: SVGGElement, groups: readonly ChordGroupLayout[]): void {
  select(labelLayer)
    .selectAll<SVGTextElement, ChordGroupLayout>(':scope > text')
    .data(
      groups.filter((group) => group.labelPlacement !== null),
      (group) => group.key,
    )
    .join((enter) => enter.append('text').attr('class', 'stc-chord__label'))
    .each(function (group) {
      const label = group.labelPlacement;
      if (!label) return;
      this.setAttribute('transform', `translate(${round(label.x)},${round(label.y)}) rotate(${round(label.rotate)})`);
      this.setAttribute('text-anchor', label.anchor);
      this.setAttribute('data-key', group.key);
      this.classList.toggle('stc-chord__label--other', group.merged.length > 0);
      this.textContent = label.text;
    });

  select(tickLayer)
    .selectAll<SVGLineElement, ChordGroupLayout>(':scope > line')
    .data(
      groups.filter((group) => group.tick !== null),
      (group) => group.key,
    )
    .join((enter) => enter.append('line').attr('class', 'stc-chord__tick'))
    .each(function (group) {
      const tick = group.tick;
      if (!tick) return;
      this.setAttribute('x1', String(round(tick.x1)));
      this.setAttribute('y1', String(round(tick.y1)));
      this.setAttribute('x2', String(round(tick.x2)));
      this.setAttribute('y2', String(round(tick.y2)));
      this.setAttribute('data-key', group.key);
    });
}
