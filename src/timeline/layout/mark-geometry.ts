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
  x: (time: number) => number,
  markSize: number,
): void {
  const xStart = x(mark.interval.start);
  const xEnd = x(mark.interval.end);
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
 * The time-to-pixel mapping of a domain over `[left, right]`: the linear map d3's UTC time scale computes, with its
 * arithmetic (normalise, then interpolate), as a plain function. Zooming maps every mark through it, and a call into
 * the d3 scale costs several times this arithmetic.
 */
export function timeScale(domain: readonly [number, number], left: number, right: number): (time: number) => number {
  const start = +domain[0];
  const span = +domain[1] - start;
  if (!(span > 0)) {
    throw new RangeError(`timeScale: invalid domain [${domain[0]}, ${domain[1]}] (expected start before end)`);
  }
  return (time) => {
    const t = (time - start) / span;
    return left * (1 - t) + right * t;
  };
}
