/**
 * The SVG marks: one focusable `<g>` per mark, joined by `mark.key` so a kept mark keeps its node across zooms and
 * updates. Shapes are built once per node (again only when the date's form or kind changes); a zoom only moves them.
 */
import { select } from 'd3-selection';
import { shapePath } from '../../shared/palette';
import { setChanged, svgElement } from '../../shared/svg';
import type { LaneLayout, Mark } from '../layout/timeline-layout';
import type { KindAppearance } from './kind-appearance';
import { markClassName, markVariant } from './mark-variant';

export interface SvgMarkContext<T> {
  appearance(kind: string): KindAppearance;
  /** The spoken label (the caller caches it). */
  ariaLabel(mark: Mark<T>): string;
  /** The mark Tab lands on (tabindex 0); every other mark gets -1. */
  activeKey: string | null;
  /** Marks drawn faded because others are highlighted (null: none is). */
  dimmed: ((mark: Mark<T>) => boolean) | null;
  fadeStart: string;
  fadeEnd: string;
}

/** Padding of the focus ring (and the hover target) around the mark's box. */
const ringPadding = 3;

const paths = new Map<string, string>();
function symbolPath(appearance: KindAppearance, size: number): string {
  const cacheKey = `${appearance.shape}|${size}`;
  let d = paths.get(cacheKey);
  if (d === undefined) {
    d = shapePath(appearance.shape, size);
    paths.set(cacheKey, d);
  }
  return d;
}

function child<K extends keyof SVGElementTagNameMap>(
  parent: Element,
  tag: K,
  className: string,
  attributes: Record<string, string> = {},
): SVGElementTagNameMap[K] {
  const node = svgElement(parent.ownerDocument, tag, { class: className, ...attributes });
  parent.append(node);
  return node;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The mark's centre: its box's middle, where the group is translated to. */
const centreOf = (mark: Mark<unknown>) => (mark.x0 + mark.x1) / 2;

/** The shapes of a mark that a zoom moves, kept when they are built (looking them up on every frame cost more). */
interface MarkParts {
  readonly ring: SVGRectElement;
  /** Bars, bands and whiskers: they span the date's extent. */
  readonly spans: SVGRectElement[];
  readonly capStart: SVGPathElement | null;
  readonly capEnd: SVGPathElement | null;
}

const partsOf = new WeakMap<SVGGElement, MarkParts>();

/** (Re)builds a mark's shapes for its variant and kind. */
function build<T>(g: SVGGElement, mark: Mark<T>, context: SvgMarkContext<T>): MarkParts {
  g.replaceChildren();
  const appearance = context.appearance(mark.kind);
  const h = mark.height;
  // The ring is the hover target too (pointer-events in theme.css), so thin marks are easy to reach.
  const ring = child(g, 'rect', 'stc-timeline__ring', {
    rx: '3',
    y: String(round(-h / 2 - ringPadding)),
    height: String(round(h + 2 * ringPadding)),
  });
  const spans: SVGRectElement[] = [];
  let capStart: SVGPathElement | null = null;
  let capEnd: SVGPathElement | null = null;
  const { interval } = mark;
  switch (markVariant(interval)) {
    case 'point':
      child(g, 'path', 'stc-timeline__symbol', { d: symbolPath(appearance, h) });
      break;
    case 'span':
      spans.push(
        child(g, 'rect', 'stc-timeline__bar', { y: String(round(-h / 4)), height: String(round(h / 2)), rx: '1' }),
      );
      child(g, 'path', 'stc-timeline__symbol', { d: symbolPath(appearance, round(h * 0.8)) });
      break;
    case 'reduced':
      spans.push(child(g, 'rect', 'stc-timeline__band', { y: String(round(-h / 2)), height: String(h) }));
      break;
    case 'uncertain': {
      const range = child(g, 'g', 'stc-timeline__range');
      if (interval.openStart) range.setAttribute('mask', `url(#${context.fadeStart})`);
      else if (interval.openEnd) range.setAttribute('mask', `url(#${context.fadeEnd})`);
      spans.push(
        child(range, 'rect', 'stc-timeline__band', { y: String(round(-h * 0.3)), height: String(round(h * 0.6)) }),
        child(range, 'rect', 'stc-timeline__whisker', { y: '-0.75', height: '1.5' }),
      );
      // The known bounds carry the kind's shape; an unknown bound has none, only the fade.
      const cap = symbolPath(appearance, round(h * 0.7));
      if (!interval.openStart) capStart = child(g, 'path', 'stc-timeline__cap stc-timeline__cap--start', { d: cap });
      if (!interval.openEnd) capEnd = child(g, 'path', 'stc-timeline__cap stc-timeline__cap--end', { d: cap });
      break;
    }
  }
  const parts = { ring, spans, capStart, capEnd };
  partsOf.set(g, parts);
  return parts;
}

/** Moves a mark's shapes to its current x (what a zoom changes). */
function position<T>(g: SVGGElement, mark: Mark<T>, parts: MarkParts): void {
  const cx = centreOf(mark);
  g.setAttribute('transform', `translate(${round(cx)},${round(mark.y)})`);
  parts.ring.setAttribute('x', String(round(mark.x0 - cx - ringPadding)));
  parts.ring.setAttribute('width', String(round(mark.x1 - mark.x0 + 2 * ringPadding)));
  const start = round(mark.xStart - cx);
  const width = String(round(Math.max(1, mark.xEnd - mark.xStart)));
  for (const shape of parts.spans) {
    shape.setAttribute('x', String(start));
    shape.setAttribute('width', width);
  }
  parts.capStart?.setAttribute('transform', `translate(${start},0)`);
  parts.capEnd?.setAttribute('transform', `translate(${round(mark.xEnd - cx)},0)`);
}

/**
 * Joins the marks of each lane into a named group (so a screen reader announces the lane on entering it), keyed by
 * lane and mark key. Returns each rendered mark's node by key.
 */
export function joinSvgMarks<T>(
  layer: SVGGElement,
  lanes: readonly LaneLayout[],
  marksByLane: ReadonlyMap<string, readonly Mark<T>[]>,
  context: SvgMarkContext<T>,
): Map<string, SVGGElement> {
  const nodes = new Map<string, SVGGElement>();
  const laneGroups = select(layer)
    .selectAll<SVGGElement, LaneLayout>(':scope > g')
    .data(
      lanes.filter((lane) => (marksByLane.get(lane.key)?.length ?? 0) > 0),
      (lane) => lane.key,
    )
    .join((enter) => enter.append('g').attr('class', 'stc-timeline__lane-marks').attr('role', 'group'))
    .each(function (lane) {
      setChanged(this, 'aria-label', lane.label);
      setChanged(this, 'data-lane', lane.key);
    })
    .order();

  laneGroups.each(function (lane) {
    select(this)
      .selectAll<SVGGElement, Mark<T>>(':scope > g')
      .data(marksByLane.get(lane.key) ?? [], (mark) => mark.key)
      .join((enter) => enter.append('g').attr('role', 'button'))
      .each(function (mark) {
        const className = markClassName(mark.interval, context.appearance(mark.kind).className);
        // Rebuilt only when the form of the date or the kind changed (or the thickness, after a relayout).
        const variant = `${className}|${mark.height}`;
        let parts = partsOf.get(this);
        if (!parts || this.getAttribute('data-variant') !== variant) {
          this.setAttribute('class', className);
          this.setAttribute('data-variant', variant);
          parts = build(this, mark, context);
        }
        position(this, mark, parts);
        this.classList.toggle('stc-timeline__mark--dimmed', context.dimmed?.(mark) ?? false);
        setChanged(this, 'data-id', mark.id);
        setChanged(this, 'aria-label', context.ariaLabel(mark));
        setChanged(this, 'tabindex', mark.key === context.activeKey ? '0' : '-1');
        nodes.set(mark.key, this);
      })
      .order();
  });
  return nodes;
}
