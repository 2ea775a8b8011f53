import { scaleUtc } from 'd3-scale';
import { setChanged, setTextChanged, svgElement } from '../../shared/svg';

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
/** The tick's length below the axis line, and the gap from it to the label (d3-axis's defaults). */
const tickSize = 6;
const tickPadding = 3;

/**
 * Draws the time axis under the plot, and the grid's vertical lines at the same ticks. d3's UTC scale picks the ticks,
 * so zooming in moves from years to months to days. The axis has d3-axis's markup (`path.domain`, then a `g.tick` with
 * a `line` and a `text` per tick), but its elements are kept from one frame to the next and only moved and relabelled:
 * d3-axis keys ticks by position, so each zoom or pan step rebuilt all of them, which was a third of the script of a
 * zoom frame at 10,000 marks.
 */
export function drawAxis(axis: SVGGElement, grid: SVGGElement, frame: AxisFrame): void {
  const { plot } = frame;
  const scale = scaleUtc().domain(frame.domain).range([plot.left, plot.right]);
  const values = scale.ticks(Math.max(2, Math.floor((plot.right - plot.left) / pixelsPerTick)));
  // Half a pixel puts a one-pixel line on a row of device pixels at ratio 1 (as d3-axis does).
  const offset = (axis.ownerDocument.defaultView?.devicePixelRatio ?? 1) > 1 ? 0 : 0.5;
  const positions = values.map((value) => scale(value) + offset);
  const transform = `translate(0,${plot.bottom})`;

  setChanged(axis, 'transform', transform);
  setChanged(axis, 'lang', frame.language);
  const left = plot.left + offset;
  const right = plot.right + offset;
  setChanged(domainLine(axis), 'd', `M${left},${tickSize}V${offset}H${right}V${tickSize}`);
  const ticks = tickElements(axis, values.length);
  values.forEach((value, index) => {
    const tick = ticks[index] as SVGGElement;
    setChanged(tick, 'transform', `translate(${positions[index]},0)`);
    const text = tick.lastChild as SVGTextElement;
    const label = tickLabel(value, index, frame.format);
    setTextChanged(text, label);
  });

  // The grid: one path of vertical lines from the axis up to the plot's top.
  setChanged(grid, 'transform', transform);
  const height = plot.bottom - plot.top;
  setChanged(gridLines(grid), 'd', positions.map((x) => `M${x},0V${-height}`).join(''));
}

/** A tick's label; the first names its year, so a reader always knows which year the chart starts in ("April 1937"). */
function tickLabel(date: Date, index: number, format: (date: Date) => string): string {
  const text = format(date);
  const yearShown = date.getUTCMonth() === 0 && date.getUTCDate() === 1 && date.getUTCHours() === 0;
  return index === 0 && !yearShown ? `${text} ${date.getUTCFullYear()}` : text;
}

/**
 * The axis's line along the plot (made on the first draw, with the presentation attributes d3-axis gives its group:
 * theme.css overrides the font ones).
 */
function domainLine(axis: SVGGElement): SVGPathElement {
  const first = axis.firstElementChild;
  if (first?.classList.contains('domain')) return first as SVGPathElement;
  const presentation = { fill: 'none', 'font-size': '10', 'font-family': 'sans-serif', 'text-anchor': 'middle' };
  for (const [name, value] of Object.entries(presentation)) axis.setAttribute(name, value);
  const path = svgElement(axis.ownerDocument, 'path', { class: 'domain', stroke: 'currentColor' });
  axis.prepend(path);
  return path;
}

/** The axis's first `count` tick groups, made or removed so that there are exactly that many. */
function tickElements(axis: SVGGElement, count: number): SVGGElement[] {
  const ticks = Array.from(axis.children).filter((child) => child.classList.contains('tick')) as SVGGElement[];
  const doc = axis.ownerDocument;
  while (ticks.length < count) {
    const tick = svgElement(doc, 'g', { class: 'tick', opacity: '1' });
    tick.append(
      svgElement(doc, 'line', { stroke: 'currentColor', y2: String(tickSize) }),
      svgElement(doc, 'text', { fill: 'currentColor', y: String(tickSize + tickPadding), dy: '0.71em' }),
    );
    axis.append(tick);
    ticks.push(tick);
  }
  for (const tick of ticks.splice(count)) tick.remove();
  return ticks;
}

/** The grid's single path, made on the first draw. */
function gridLines(grid: SVGGElement): SVGPathElement {
  const first = grid.firstElementChild;
  if (first) return first as SVGPathElement;
  const path = svgElement(grid.ownerDocument, 'path', { stroke: 'currentColor', fill: 'none' });
  grid.append(path);
  return path;
}
