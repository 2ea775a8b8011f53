/**
 * One drawing of the chord from a layout: the SVG's size, name and description, the empty state, and the arcs,
 * ribbons, labels and ticks joined by key.
 */
import type { ChordGroupLayout, ChordLayout } from '../layout/chord-layout';
import type { ChordRibbonLayout } from '../layout/chord-ribbons';
import { emptyText, hiddenLabelsText } from './chart-text';
import type { GroupColors } from './group-colors';
import { drawLabels } from './labels';
import { joinArcs, joinRibbons } from './marks';
import type { ChordScaffold } from './scaffold';

export interface ChordDrawState {
  dom: ChordScaffold;
  layout: ChordLayout;
  title: string;
  description: string;
  colors: GroupColors;
  groupLabel(group: ChordGroupLayout): string;
  ribbonLabel(ribbon: ChordRibbonLayout): string;
  /** Whether `highlight` fades a mark carrying these contacts (null: nothing is highlighted). */
  dimmed: ((contacts: readonly string[]) => boolean) | null;
}

export interface ChordDrawing {
  /** Each arc's node by group key. */
  arcs: Map<string, SVGPathElement>;
  /** Each ribbon's node by ribbon key. */
  ribbons: Map<string, SVGPathElement>;
}

const round = (value: number) => Math.round(value * 100) / 100;

export function drawChord(state: ChordDrawState): ChordDrawing {
  const { dom, layout } = state;
  const { width, height, center } = layout;
  dom.svg.setAttribute('width', String(width));
  dom.svg.setAttribute('height', String(height));
  dom.svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  dom.svg.setAttribute('aria-label', state.title);
  dom.desc.textContent = state.description;
  dom.plot.setAttribute('transform', `translate(${round(center.x)},${round(center.y)})`);

  dom.root.classList.toggle('stc-chord--empty', layout.empty !== null);
  dom.empty.hidden = layout.empty === null;
  dom.empty.textContent = layout.empty ? emptyText(layout) : '';
  const note = hiddenLabelsText(layout);
  dom.note.hidden = note === '';
  dom.note.textContent = note;

  const colors = state.colors.colorsOf(layout.groups);
  const colorOfGroup = (index: number) => colors[index] ?? null;
  const dimmed = state.dimmed;
  const arcs = joinArcs(dom.groups, layout.groups, {
    color: (group) => colorOfGroup(group.index),
    ariaLabel: state.groupLabel,
    dimmed: (group) => dimmed?.(group.contacts) ?? false,
  });
  const ribbons = joinRibbons(dom.ribbons, layout.ribbons, {
    // A ribbon takes its source group's colour (undirected, d3-chord's source is the group met first on the ring).
    color: (ribbon) => colorOfGroup(ribbon.source.index),
    ariaLabel: state.ribbonLabel,
    dimmed: (ribbon) => dimmed?.(ribbon.contacts) ?? false,
  });
  drawLabels(dom.labels, dom.ticks, layout.groups);
  return { arcs, ribbons };
}
