/**
 * One frame of the timeline: axis, lanes, labels and marks for the layout's current domain. Only marks in view are
 * drawn; when more are in view than `svgMarkLimit`, a canvas draws them and the SVG keeps only the active mark (so Tab
 * still reaches the chart). Called on every zoom, so it allocates little beyond the list of marks in view.
 */
import type { MeasureText } from '../../shared/measure-text';
import { svgNamespace } from '../../shared/svg';
import type { Mark, TimelineLayout } from '../layout/timeline-layout';
import { drawAxis } from './axis';
import { clearCanvas, drawCanvasMarks } from './canvas-marks';
import type { KindAppearance } from './kind-appearance';
import { drawLanes } from './lanes';
import { drawMarkLabels } from './mark-labels';
import type { ResolvedOptions } from './resolve-options';
import type { TimelineScaffold } from './scaffold';
import { joinSvgMarks } from './svg-marks';

export interface DrawState<T> {
  dom: TimelineScaffold;
  layout: TimelineLayout<T>;
  options: ResolvedOptions<T>;
  /** The mark Tab lands on, always given an element. */
  active: Mark<T> | null;
  appearance(kind: string): KindAppearance;
  ariaLabel(mark: Mark<T>): string;
  /** Measures lane labels (bold). */
  laneMeasure: MeasureText;
  /** Measures text of regular weight. */
  measure: MeasureText;
  /** Marks drawn faded because others are highlighted (null: none is). */
  dimmed: ((mark: Mark<T>) => boolean) | null;
}

export interface DrawResult {
  /** The SVG element of each mark drawn as SVG, by key. */
  rendered: Map<string, SVGGElement>;
  /** Whether the canvas drew the marks. */
  dense: boolean;
}

/** Whether any part of a mark's box is inside the plot. */
export function isInView(mark: Mark<unknown>, plot: TimelineLayout<unknown>['plot']): boolean {
  return mark.x1 >= plot.left && mark.x0 <= plot.right;
}

/** The colour the page computes for a class (theme.css), read from an empty probe group of that class. */
function probeColor(dom: TimelineScaffold, className: string): string {
  let probe = dom.probes.querySelector<SVGGElement>(`:scope > g.${CSS.escape(className)}`);
  if (!probe) {
    probe = dom.svg.ownerDocument.createElementNS(svgNamespace, 'g');
    probe.setAttribute('class', className);
    dom.probes.append(probe);
  }
  return dom.svg.ownerDocument.defaultView?.getComputedStyle(probe).color ?? 'currentColor';
}

export function drawTimeline<T>(state: DrawState<T>): DrawResult {
  const { dom, layout, options, active } = state;
  const { plot } = layout;
  drawAxis(dom.axis, dom.grid, {
    domain: layout.domain,
    plot,
    format: options.tickFormat,
    language: options.language,
  });
  const visible: Mark<T>[] = [];
  for (const mark of layout.marks) if (isInView(mark, plot)) visible.push(mark);
  const dense = visible.length > options.view.svgMarkLimit;

  // By lane, in time order (the layout's order), for the lane groups.
  const byLane = new Map<string, Mark<T>[]>();
  const add = (mark: Mark<T>) => {
    const list = byLane.get(mark.lane);
    if (list) list.push(mark);
    else byLane.set(mark.lane, [mark]);
  };
  if (dense) {
    if (active) add(active);
  } else {
    for (const mark of layout.marks) if (mark === active || isInView(mark, plot)) add(mark);
  }
  const rendered = joinSvgMarks(dom.marks, layout.lanes, byLane, {
    appearance: state.appearance,
    ariaLabel: state.ariaLabel,
    activeKey: active?.key ?? null,
    dimmed: state.dimmed,
    fadeStart: dom.fadeStart,
    fadeEnd: dom.fadeEnd,
  });
  drawMarkLabels(dom.labels, dense ? [] : layout.labels);
  drawLanes(dom.lanes, layout.lanes, {
    width: layout.width,
    plot,
    rowHeight: layout.rowHeight,
    // The canvas draws no labels, so there is nothing to count.
    hidden: dense || !options.layout.labels ? null : layout.hiddenLabels,
    measure: state.laneMeasure,
    countMeasure: state.measure,
  });

  dom.root.classList.toggle('stc-timeline--dense', dense);
  if (dense) {
    dom.canvas.hidden = false;
    // Each kind's colour is read once a frame: the canvas asks for it for the shapes and again for the bars, and each
    // read is a style lookup.
    const colors = new Map<string, string>();
    const color = (kind: string) => {
      if (!colors.has(kind)) colors.set(kind, probeColor(dom, state.appearance(kind).className));
      return colors.get(kind) as string;
    };
    drawCanvasMarks(dom.canvas, visible, {
      width: layout.width,
      height: layout.height,
      plot,
      ratio: dom.svg.ownerDocument.defaultView?.devicePixelRatio ?? 1,
      appearance: state.appearance,
      color,
      background: probeColor(dom, 'stc-timeline__probe-background'),
      dimmed: state.dimmed as ((mark: Mark<unknown>) => boolean) | null,
    });
  } else if (!dom.canvas.hidden) {
    clearCanvas(dom.canvas);
    dom.canvas.hidden = true;
  }
  return { rendered, dense };
}

/** Sets what changes only with a new layout: the SVG's size, name and description, and the plot's clip. */
export function drawFrame(
  dom: TimelineScaffold,
  layout: TimelineLayout<unknown>,
  title: string,
  description: string,
): void {
  const { width, height, plot } = layout;
  dom.svg.setAttribute('width', String(width));
  dom.svg.setAttribute('height', String(height));
  dom.svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  dom.svg.setAttribute('aria-label', title);
  dom.desc.textContent = description;
  dom.clipRect.setAttribute('x', String(plot.left));
  dom.clipRect.setAttribute('y', '0');
  dom.clipRect.setAttribute('width', String(plot.right - plot.left));
  dom.clipRect.setAttribute('height', String(height));
}
