/** Lane backgrounds and labels (with the count of mark labels a lane had no room for). */
import { select } from 'd3-selection';
import type { MeasureText } from '../../shared/measure-text';
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

export function drawLanes(layer: SVGGElement, lanes: readonly LaneLayout[], frame: LaneFrame): void {
  const { plot } = frame;
  select(layer)
    .selectAll<SVGGElement, LaneLayout>(':scope > g')
    .data(lanes, (lane) => lane.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'stc-timeline__lane');
      g.append('rect').attr('class', 'stc-timeline__lane-band');
      g.append('line').attr('class', 'stc-timeline__lane-rule');
      const text = g.append('text').attr('class', 'stc-timeline__lane-label');
      text.append('tspan').attr('class', 'stc-timeline__lane-name');
      text.append('tspan').attr('class', 'stc-timeline__lane-count');
      g.append('title');
      return g;
    })
    .classed('stc-timeline__lane--odd', (lane) => lane.index % 2 === 1)
    .each(function (lane) {
      const g = select(this);
      g.select('rect').attr('x', 0).attr('y', lane.y).attr('width', frame.width).attr('height', lane.height);
      g.select('line')
        .attr('x1', 0)
        .attr('x2', frame.width)
        .attr('y1', lane.y + lane.height)
        .attr('y2', lane.y + lane.height);
      const hidden = frame.hidden?.get(lane.key) ?? 0;
      // The count goes under the name when the lane has a second row, else after it.
      const below = lane.rows > 1;
      const count = hidden > 0 ? `${below ? '' : ' '}+${hidden}` : '';
      const room = plot.left - 2 * labelGap - (count && !below ? frame.countMeasure(count) : 0);
      const x = plot.left - labelGap;
      g.select('text')
        .attr('x', x)
        .attr('y', lane.y + Math.min(lane.height, frame.rowHeight) / 2);
      g.select('.stc-timeline__lane-name').text(fitText(lane.label, Math.max(0, room), frame.measure));
      g.select('.stc-timeline__lane-count')
        .attr('x', below ? x : null)
        .attr('dy', below ? frame.rowHeight : null)
        .text(count);
      // The full name (cut names) and what the count means, on hover.
      g.select('title').text(
        hidden > 0 ? `${lane.label}: ${hidden} label${hidden === 1 ? '' : 's'} hidden for lack of room` : lane.label,
      );
    });
}
