/**
 * Zoom and pan along time with d3-zoom (wheel, drag, double-click, pinch), plus the calls the buttons, the keyboard
 * and `zoomTo` make. Only the x part of d3's transform is used: lanes never scale. The transform maps the layout's base
 * domain to the domain shown; nothing is laid out again (the caller rescales its layout).
 */
import { type ScaleTime, scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { type D3ZoomEvent, type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity } from 'd3-zoom';

export interface ZoomGeometry {
  plot: { left: number; top: number; right: number; bottom: number };
  height: number;
  baseDomain: readonly [Date, Date];
  /** The shortest span zooming in may show, in milliseconds. */
  minSpan: number;
}

/** What started a zoom: a gesture or button (`user`), `zoomTo` (`api`), or a relayout keeping the view (`layout`). */
export type ZoomSource = 'user' | 'api' | 'layout';

export interface ZoomController {
  /** The domain shown, in milliseconds. */
  readonly domain: readonly [number, number];
  /** The scale factor of the view against the base domain (1: all of it). */
  readonly scale: number;
  /** A new layout: keeps `keep` in view when given (and possible), else shows the whole base domain. */
  configure(geometry: ZoomGeometry, keep: readonly [number, number] | null): void;
  zoomTo(from: number, to: number, source?: ZoomSource): void;
  /** Zooms by `factor` around the time at pixel `x` (default: the plot's centre). */
  scaleBy(factor: number, x?: number): void;
  /** Pans (keeping the scale) so that `time` is in the middle of the plot. */
  centreOn(time: number): void;
  reset(): void;
  /** Whether double-click zooms animate (off under prefers-reduced-motion). */
  animate(on: boolean): void;
  destroy(): void;
}

export interface ZoomOptions {
  /** Called on every change of the domain, with what caused it, and whether the gesture just ended. */
  onZoom(domain: readonly [number, number], source: ZoomSource): void;
  onEnd?(domain: readonly [number, number]): void;
}

export function createZoom(svg: SVGSVGElement, geometry: ZoomGeometry, options: ZoomOptions): ZoomController {
  const selection = select<SVGSVGElement, unknown>(svg);
  let current = geometry;
  let base: ScaleTime<number, number> = scaleUtc();
  let domain: [number, number] = [+geometry.baseDomain[0], +geometry.baseDomain[1]];
  // Programmatic transforms say where they come from; d3 dispatches their events synchronously.
  let pending: ZoomSource | null = null;
  let destroyed = false;

  const behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (destroyed) return;
      domain = domainOf(event.transform);
      options.onZoom(domain, pending ?? 'user');
    })
    .on('end', () => {
      if (destroyed || pending === 'layout') return;
      options.onEnd?.(domain);
    });

  function domainOf(transform: ZoomTransform): [number, number] {
    const { left, right } = current.plot;
    return [+base.invert(transform.invertX(left)), +base.invert(transform.invertX(right))];
  }

  function transformFor(from: number, to: number): ZoomTransform {
    const { left, right } = current.plot;
    const k = (right - left) / (base(to) - base(from));
    return zoomIdentity.translate(left - k * base(from), 0).scale(k);
  }

  function apply(transform: ZoomTransform, source: ZoomSource): void {
    pending = source;
    try {
      selection.call(behavior.transform, transform);
    } finally {
      pending = null;
    }
  }

  function setGeometry(next: ZoomGeometry): void {
    current = next;
    const { plot, height, baseDomain, minSpan } = next;
    base = scaleUtc().domain(baseDomain).range([plot.left, plot.right]);
    const span = +baseDomain[1] - +baseDomain[0];
    const extent: [[number, number], [number, number]] = [
      [plot.left, 0],
      [plot.right, height],
    ];
    behavior
      .scaleExtent([1, Math.max(1, span / minSpan)])
      .extent(extent)
      .translateExtent(extent);
  }

  setGeometry(geometry);
  selection.call(behavior);
  // d3-zoom sets a tap-highlight style on touch devices; theme.css does that instead (no inline styles).
  svg.style.removeProperty('-webkit-tap-highlight-color');
  if (svg.getAttribute('style') === '') svg.removeAttribute('style');

  const controller: ZoomController = {
    get domain() {
      return domain;
    },
    get scale() {
      return (svg as unknown as { __zoom?: ZoomTransform }).__zoom?.k ?? 1;
    },
    configure(next, keep) {
      setGeometry(next);
      const [start, end] = [+next.baseDomain[0], +next.baseDomain[1]];
      const kept = keep && keep[0] >= start && keep[1] <= end && keep[1] > keep[0] ? keep : null;
      apply(kept ? transformFor(kept[0], kept[1]) : zoomIdentity, 'layout');
    },
    zoomTo(from, to, source = 'api') {
      apply(transformFor(from, to), source);
    },
    scaleBy(factor, x) {
      const { left, right } = current.plot;
      pending = 'user';
      try {
        selection.call(behavior.scaleBy, factor, [x ?? (left + right) / 2, 0]);
      } finally {
        pending = null;
      }
    },
    centreOn(time) {
      const half = (domain[1] - domain[0]) / 2;
      apply(transformFor(time - half, time + half), 'user');
    },
    reset() {
      apply(zoomIdentity, 'user');
    },
    animate(on) {
      behavior.duration(on ? 250 : 0);
    },
    destroy() {
      destroyed = true;
      // Stops a double-click animation in flight (d3-transition patches selections with interrupt()).
      (selection as unknown as { interrupt?: () => void }).interrupt?.();
      selection.on('.zoom', null);
      delete (svg as unknown as { __zoom?: ZoomTransform }).__zoom;
    },
  };
  return controller;
}
