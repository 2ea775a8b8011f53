/**
 * The ring's marks: one focusable `<path role="button">` per group arc and per ribbon, joined by key so a kept group
 * or ribbon keeps its node across updates (and its `d` can be animated by theme.css). Colours are set through the
 * CSSOM (`style.setProperty('color', …)`), which a strict Content-Security-Policy allows; the paths are filled with
 * currentColor by theme.css.
 */
import { select } from 'd3-selection';
import type { PaletteColor } from '../../shared/palette';
import type { ChordGroupLayout } from '../layout/chord-layout';
import type { ChordRibbonLayout } from '../layout/chord-ribbons';

export interface MarkContext<D> {
  /** The colour of a mark, or null for the neutral one of the merged group. */
  color(datum: D): PaletteColor | null;
  ariaLabel(datum: D): string;
  /** Whether `highlight` fades the mark (it carries none of the highlighted contacts). */
  dimmed(datum: D): boolean;
}

function paint(node: SVGPathElement, color: PaletteColor | null): void {
  if (color) node.style.setProperty('color', color.value);
  else node.style.removeProperty('color');
}

function setCommon<D extends { key: string; path: string }>(
  node: SVGPathElement,
  datum: D,
  context: MarkContext<D>,
): void {
  node.setAttribute('d', datum.path);
  node.setAttribute('data-key', datum.key);
  node.setAttribute('aria-label', context.ariaLabel(datum));
  node.classList.toggle('stc-chord__mark--dimmed', context.dimmed(datum));
  paint(node, context.color(datum));
}

/** Joins the groups' arcs into `layer`; returns each arc's node by group key. */
export function joinArcs(
  layer: SVGGElement,
  groups: readonly ChordGroupLayout[],
  context: MarkContext<ChordGroupLayout>,
): Map<string, SVGPathElement> {
  const nodes = new Map<string, SVGPathElement>();
  select(layer)
    .selectAll<SVGPathElement, ChordGroupLayout>(':scope > path')
    .data(groups, (group) => group.key)
    .join((enter) => enter.append('path').attr('role', 'button'))
    .each(function (group) {
      this.setAttribute('class', 'stc-chord__mark stc-chord__arc');
      this.classList.toggle('stc-chord__arc--other', group.merged.length > 0);
      setCommon(this, group, context);
      nodes.set(group.key, this);
    })
    .order();
  return nodes;
}

/** Joins the ribbons into `layer`; returns each ribbon's node by ribbon key. */
export function joinRibbons(
  layer: SVGGElement,
  ribbons: readonly ChordRibbonLayout[],
  context: MarkContext<ChordRibbonLayout>,
): Map<string, SVGPathElement> {
  const nodes = new Map<string, SVGPathElement>();
  select(layer)
    .selectAll<SVGPathElement, ChordRibbonLayout>(':scope > path')
    .data(ribbons, (ribbon) => ribbon.key)
    .join((enter) => enter.append('path').attr('role', 'button'))
    .each(function (ribbon) {
      this.setAttribute('class', 'stc-chord__mark stc-chord__ribbon');
      this.classList.toggle('stc-chord__ribbon--directed', ribbon.directed);
      this.classList.toggle('stc-chord__ribbon--self', ribbon.self);
      setCommon(this, ribbon, context);
      nodes.set(ribbon.key, this);
    })
    .order();
  return nodes;
}
