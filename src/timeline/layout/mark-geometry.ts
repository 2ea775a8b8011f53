import type { TimeInterval } from './time-interval';

/** The horizontal geometry of a mark, in pixels. */
export interface MarkX {
  /** Where the interval's start and end fall: what a bar or whisker is drawn between. */
  xStart: number;
  xEnd: number;
  /**
   * The box the mark occupies: the interval, widened symmetrically to at least `markSize` (a point is always exactly
   * `markSize` wide, centred on its day). Packing, labels and hit-testing use it.
   */
  x0: number;
  x1: number;
}

/**
 * Writes a mark's x geometry for a time-to-pixel mapping, in place (zooming calls it for every mark, so it allocates
 * nothing). Because the box is centred and only widened, zooming in keeps two boxes that were `gap` apart at least
 * `gap` apart: a packing made at the widest domain stays valid at every zoom level inside it.
 */
export function placeMarkX(
  mark: MarkX & { readonly interval: TimeInterval },
  scale: TimeScale,
  markSize: number,
): void {
  const xStart = timeToPixel(scale, mark.interval.start);
  const xEnd = timeToPixel(scale, mark.interval.end);
  mark.xStart = xStart;
  mark.xEnd = xEnd;
  if (mark.interval.shape !== 'point' && xEnd - xStart >= markSize) {
    mark.x0 = xStart;
    mark.x1 = xEnd;
  } else {
    const centre = (xStart + xEnd) / 2;
    mark.x0 = centre - markSize / 2;
    mark.x1 = centre + markSize / 2;
  }
}

/**
 * `placeMarkX` for every mark. A loop of its own: inside a larger function, V8 compiled the loop apart from its caller
 * and boxed every coordinate it stored, which allocated megabytes per zoom at 100,000 marks.
 */
export function placeMarksX(
  marks: readonly (MarkX & { readonly interval: TimeInterval })[],
  scale: TimeScale,
  markSize: number,
): void {
  for (let i = 0; i < marks.length; i++)
    placeMarkX(marks[i] as MarkX & { readonly interval: TimeInterval }, scale, markSize);
}

/** How far, at most, the data is kept from the plot's sides: a fiftieth of its width, and room for half a mark. */
const insetShare = 0.02;
/** The span drawn when nothing gives one (no data and a single bound, or none): a year. */
export const fallbackSpanMs = 365 * 86_400_000;

/**
 * The default domain: the data's extent, widened so that it maps `inset` pixels inside the plot on each side, where
 * `inset` leaves room for half a mark (a point on the first day still fits) and a little air.
 */
export function paddedDomain(extent: readonly [number, number], plotWidth: number, markSize: number): [number, number] {
  const [start, end] = extent;
  const inset = Math.min(Math.max(markSize / 2, plotWidth * insetShare), plotWidth / 4);
  const msPerPixel = (end - start) / (plotWidth - 2 * inset);
  return [start - inset * msPerPixel, end + inset * msPerPixel];
}

/**
 * The domain to draw: explicit bounds win; a missing one comes from the padded data extent; with neither data nor a
 * usable bound the span falls back to a year (starting at the epoch when nothing at all is known).
 */
export function resolveDomain(
  from: number | null,
  to: number | null,
  extent: readonly [number, number] | null,
  plotWidth: number,
  markSize: number,
): [number, number] {
  const padded = extent ? paddedDomain(extent, plotWidth, markSize) : null;
  let start = from ?? padded?.[0] ?? (to === null ? 0 : to - fallbackSpanMs);
  let end = to ?? padded?.[1] ?? start + fallbackSpanMs;
  if (end <= start) {
    // One bound was given and the data lies wholly on its other side.
    if (from === null) start = end - fallbackSpanMs;
    else end = start + fallbackSpanMs;
  }
  return [start, end];
}

/**
 * A linear time-to-pixel mapping: what d3's UTC time scale computes, kept as plain numbers. Zooming maps every mark
 * through it; a call into a d3 scale (or any closure made per zoom) cost several times the arithmetic, and boxed each
 * result, which kept the garbage collector busy at 100,000 marks.
 */
export interface TimeScale {
  readonly start: number;
  readonly span: number;
  readonly left: number;
  readonly right: number;
}

/** The mapping of a domain (times in ms) over `[left, right]`. */
export function timeScale(domain: readonly [number, number], left: number, right: number): TimeScale {
  const start = +domain[0];
  const span = +domain[1] - start;
  if (!(span > 0)) {
    throw new RangeError(`timeScale: invalid domain [${domain[0]}, ${domain[1]}] (expected start before end)`);
  }
  return { start, span, left, right };
}

/** Where `time` falls, with d3's arithmetic (normalise, then interpolate), so positions match its scales exactly. */
export function timeToPixel(scale: TimeScale, time: number): number {
  const t = (time - scale.start) / scale.span;
  return scale.left * (1 - t) + scale.right * t;
}
