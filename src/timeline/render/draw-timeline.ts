/**
 * One frame of the timeline: axis, lanes, labels and marks for the layout's current domain. Only marks in view are
 * drawn; when more are in view than `svgMarkLimit`, a canvas draws them and the SVG keeps only the active mark (so Tab
 * still reaches the chart). Called on every zoom, so it allocates little beyond the list of marks in view.
 */
import type { MeasureText } from '../../shared/measure-text';
import { svgNamespace } from '../../shared/svg';
import type { Mark, TimelineLayout } from '../layout/timeline-layout';
import { isInView, visibleMarks } from '../layout/visible-marks';
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
  /** The kinds of the layout's marks. */
  kinds: readonly string[];
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

/** Each kind's colour and the background, as the page computes them now, for the canvas. */
function canvasColors(
  dom: TimelineScaffold,
  { kinds, appearance }: Pick<DrawState<unknown>, 'kinds' | 'appearance'>,
): { kinds: Map<string, string>; background: string } {
  const colors = new Map<string, string>();
  for (const kind of kinds) colors.set(kind, probeColor(dom, appearance(kind).className));
  return { kinds: colors, background: probeColor(dom, 'stc-timeline__probe-background') };
}

/** Adds `mark` to its lane's list, in the layout's order (start, end, record's index), so tab order stays in time. */
function insertInTimeOrder<T>(byLane: Map<string, Mark<T>[]>, mark: Mark<T>): void {
  const list = byLane.get(mark.lane) ?? [];
  byLane.set(mark.lane, list);
  const before = (other: Mark<T>) =>
    other.interval.start !== mark.interval.start
      ? other.interval.start > mark.interval.start
      : other.interval.end !== mark.interval.end
        ? other.interval.end > mark.interval.end
        : other.index > mark.index;
  const at = list.findIndex(before);
  list.splice(at < 0 ? list.length : at, 0, mark);
}

export function drawTimeline<T>(state: DrawState<T>): DrawResult {
  const { dom, layout, options, active } = state;
  const { plot } = layout;
  const visible = visibleMarks(layout);
  const dense = visible.length > options.view.svgMarkLimit;
  // The canvas's colours are read before this frame writes anything else to the DOM: a computed style read after a
  // write makes the browser recompute styles in the middle of the script (about a millisecond of every dense zoom or
  // pan frame). The class goes first, as a page's style may depend on it; it changes only when density does.
  dom.root.classList.toggle('stc-timeline--dense', dense);
  const colors = dense ? canvasColors(dom, state) : null;
  drawAxis(dom.axis, dom.grid, {
    domain: layout.domain,
    plot,
    format: options.tickFormat,
    language: options.language,
  });

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
    // Indexed: until V8 optimises this function, a for…of allocates an iterator result per mark.
    for (let i = 0; i < visible.length; i++) add(visible[i] as Mark<T>);
    if (active && !isInView(active, plot)) insertInTimeOrder(byLane, active);
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

  if (colors) {
    dom.canvas.hidden = false;
    drawCanvasMarks(dom.canvas, visible, {
      width: layout.width,
      height: layout.height,
      plot,
      ratio: dom.svg.ownerDocument.defaultView?.devicePixelRatio ?? 1,
      appearance: state.appearance,
      // A kind outside the layout's (none should be) is read when asked for.
      color: (kind) => colors.kinds.get(kind) ?? probeColor(dom, state.appearance(kind).className),
      background: colors.background,
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
