/** Lane backgrounds and labels (with the count of mark labels a lane had no room for). */
import { select } from 'd3-selection';
import type { MeasureText } from '../../shared/measure-text';
import { setChanged, setTextChanged } from '../../shared/svg';
import type { LaneLayout } from '../layout/timeline-layout';

export interface LaneFrame {
  width: number;
  plot: { left: number; top: number; right: number; bottom: number };
  rowHeight: number;
  /** Labels hidden for lack of room, per lane; null when none are drawn (the dense canvas layer). */
  hidden: ReadonlyMap<string, number> | null;
  /** Measures a lane's name (bold). */
  measure: MeasureText;
  /** Measures the count after it (regular weight). */
  countMeasure: MeasureText;
}

const labelGap = 8;

/** `text` cut with an ellipsis to fit `width` pixels (binary search on the length: O(log n) measures). */
export function fitText(text: string, width: number, measure: MeasureText): string {
  if (measure(text) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (measure(`${text.slice(0, mid)}…`) <= width) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '' : `${text.slice(0, low).trimEnd()}…`;
}

/**
 * Draws the lanes' bands, rules and labels. A zoom or pan redraws them with the same values, so only what changed is
 * written: every write would be a mutation for the browser to restyle and for the accessibility tree to follow.
 */
export function drawLanes(layer: SVGGElement, lanes: readonly LaneLayout[], frame: LaneFrame): void {
  const { plot } = frame;
  const width = String(frame.width);
  select(layer)
    .selectAll<SVGGElement, LaneLayout>(':scope > g')
    .data(lanes, (lane) => lane.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'stc-timeline__lane');
      g.append('rect').attr('class', 'stc-timeline__lane-band').attr('x', 0);
      g.append('line').attr('class', 'stc-timeline__lane-rule').attr('x1', 0);
      const text = g.append('text').attr('class', 'stc-timeline__lane-label');
      text.append('tspan').attr('class', 'stc-timeline__lane-name');
      text.append('tspan').attr('class', 'stc-timeline__lane-count');
      g.append('title');
      return g;
    })
    .each(function (lane) {
      const [band, rule, label, title] = this.children as unknown as [
        SVGRectElement,
        SVGLineElement,
        SVGTextElement,
        SVGTitleElement,
      ];
      const [name, countSpan] = label.children as unknown as [SVGTSpanElement, SVGTSpanElement];
      const odd = lane.index % 2 === 1;
      if (this.classList.contains('stc-timeline__lane--odd') !== odd) this.classList.toggle('stc-timeline__lane--odd');
      const bottom = String(lane.y + lane.height);
      setChanged(band, 'y', String(lane.y));
      setChanged(band, 'width', width);
      setChanged(band, 'height', String(lane.height));
      setChanged(rule, 'x2', width);
      setChanged(rule, 'y1', bottom);
      setChanged(rule, 'y2', bottom);
      const hidden = frame.hidden?.get(lane.key) ?? 0;
      // The count goes under the name when the lane has a second row, else after it.
      const below = lane.rows > 1;
      const count = hidden > 0 ? `${below ? '' : ' '}+${hidden}` : '';
      const room = plot.left - 2 * labelGap - (count && !below ? frame.countMeasure(count) : 0);
      const x = String(plot.left - labelGap);
      setChanged(label, 'x', x);
      setChanged(label, 'y', String(lane.y + Math.min(lane.height, frame.rowHeight) / 2));
      setTextChanged(name, fitText(lane.label, Math.max(0, room), frame.measure));
      setChanged(countSpan, 'x', below ? x : null);
      setChanged(countSpan, 'dy', below ? String(frame.rowHeight) : null);
      setTextChanged(countSpan, count);
      // The full name (cut names) and what the count means, on hover.
      setTextChanged(
        title,
        hidden > 0 ? `${lane.label}: ${hidden} label${hidden === 1 ? '' : 's'} hidden for lack of room` : lane.label,
      );
    });
}
