import { axisBottom } from 'd3-axis';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';

export interface AxisFrame {
  domain: readonly [Date, Date];
  plot: { left: number; top: number; right: number; bottom: number };
  /** The tick label format (`timeTickFormat` of the locale), which adapts to the zoom. */
  format: (date: Date) => string;
  /** The Intl tag of the tick labels' language, so a screen reader or a font picks the right one. */
  language: string;
}

/** About one tick per this many pixels. */
const pixelsPerTick = 90;

/**
 * Draws the time axis under the plot and vertical grid lines at the same ticks. d3-axis picks ticks for the domain, so
 * zooming in moves from years to months to days.
 */
export function drawAxis(axis: SVGGElement, grid: SVGGElement, frame: AxisFrame): void {
  const { plot } = frame;
  const scale = scaleUtc().domain(frame.domain).range([plot.left, plot.right]);
  const ticks = Math.max(2, Math.floor((plot.right - plot.left) / pixelsPerTick));
  select(axis)
    .attr('transform', `translate(0,${plot.bottom})`)
    .attr('lang', frame.language)
    .call(
      axisBottom(scale)
        .ticks(ticks)
        .tickFormat((value, index) => {
          const date = value as Date;
          const text = frame.format(date);
          // The first tick names its year, so a reader always knows which year the chart starts in ("April 1937").
          const yearShown = date.getUTCMonth() === 0 && date.getUTCDate() === 1 && date.getUTCHours() === 0;
          return index === 0 && !yearShown ? `${text} ${date.getUTCFullYear()}` : text;
        }),
    );
  select(grid)
    .attr('transform', `translate(0,${plot.bottom})`)
    .call(
      axisBottom(scale)
        .ticks(ticks)
        .tickSize(-(plot.bottom - plot.top))
        .tickFormat(() => ''),
    );
}
