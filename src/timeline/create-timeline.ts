/**
 * `createTimeline`: the public timeline. It resolves the options, lays the records out once (timelineLayout), draws
 * them (SVG marks joined by key, or a canvas when many are in view), and wires zoom, keyboard, tooltip, table and
 * resizing, each registered with one lifecycle so that `destroy()` undoes all of it.
 *
 * No dataset is imported here: the `dataset` option (the bundled one, given by the main entry's `createTimeline`)
 * supplies the default data and names the people, places and documents of contacts, so a page importing this module
 * alone (`soviet-turkish-contacts/timeline`) bundles no dataset it does not pass.
 */
import { select } from 'd3-selection';
import { type ChartExport, chartExport } from '../export/page-export';
import {
  checkDatasetOption,
  contactDetails,
  contactDocuments,
  type DatasetIndex,
  type DocumentRecord,
  datasetIndexOf,
  datasetMarkLabel,
  isContactLike,
} from '../shared/contact-details';
import { createEmitter } from '../shared/emitter';
import { createLifecycle } from '../shared/lifecycle';
import { createTextMeasure, memoizeMeasure } from '../shared/measure-text';
import { createTooltip } from '../shared/tooltip';
import { bindInput } from './interaction/bind-input';
import { type BrushController, type BrushFrame, createBrush } from './interaction/brush';
import { daySpanOf, isoDay, recordsInSpan } from './interaction/brush-span';
import { createMarkNavigation } from './interaction/navigation';
import { createZoom, type ZoomGeometry, type ZoomSource } from './interaction/zoom';
import { brushSpan, zoomSpan } from './interaction/zoom-span';
import { rescaleLayout } from './layout/rescale-layout';
import { type Mark, type TimelineLayout, timelineLayout } from './layout/timeline-layout';
import { isInView } from './layout/visible-marks';
import type { ContactRecord } from './options';
import { releaseCanvasMarks } from './render/canvas-marks';
import { brushAnnouncement, chartDescription, chartTitle, laneHeader, spanAnnouncement } from './render/chart-text';
import { datasetLaneLabel } from './render/dataset-lane-label';
import { drawFrame, drawTimeline } from './render/draw-timeline';
import { markAt } from './render/hit-test';
import { type KindAppearance, kindAppearances, legendOrder } from './render/kind-appearance';
import { drawLegend } from './render/legend';
import { accessorDetails, markAriaLabel } from './render/record-details';
import { type ResolvedOptions, resolveOptions, type TimelineOptions } from './render/resolve-options';
import { createScaffold } from './render/scaffold';
import { createTimelineTable } from './render/timeline-table';
import { tooltipContent } from './render/tooltip-content';
import { type TimelineRecordDetails, viewOptionNames } from './render/view-options';

export type { TimelineOptions } from './render/resolve-options';

export interface TimelineSelectEvent<T> {
  record: T;
  /** The lane of the mark chosen (a record may have a mark in several lanes). */
  lane: string;
  /** For a contact, the documents the dataset has for it. */
  documents?: readonly DocumentRecord[];
}

export interface TimelineZoomEvent {
  from: Date;
  to: Date;
}

export interface TimelineFocusEvent<T> {
  record: T;
  lane: string;
}

export interface TimelineBrushEvent<T> {
  /**
   * The span selected: from the first instant of its first day to the first instant after its last day (UTC), or
   * null when the selection was cleared.
   */
  selection: { from: Date; to: Date } | null;
  /** The same span as ISO days, both included (ready for `contactsInSpan`), or null. */
  days: { from: string; to: string } | null;
  /**
   * The records that may fall in the span, each once, in time order: a bound no source gives counts as possibly
   * inside, as `contactsInSpan(…, 'overlaps')` does. Empty when cleared.
   */
  records: readonly T[];
  /** The ids of `records` (from the `id` accessor), in the same order: what `highlight` and the chord's `filter` take. */
  ids: readonly string[];
}

/** What `highlight` found. */
export interface TimelineHighlight {
  /** Records highlighted (each once, whatever its number of lanes). */
  count: number;
  /** Ids given that no record drawn has (not in the data, or outside the time shown): nothing is skipped silently. */
  missing: string[];
}

export interface TimelineEvents<T> {
  /** A mark was clicked, or Enter or Space was pressed on it. */
  select: TimelineSelectEvent<T>;
  /** The time shown changed (a gesture, a button, a key, or `zoomTo`). */
  zoom: TimelineZoomEvent;
  /** A mark received focus (by keyboard, click or script). */
  focus: TimelineFocusEvent<T>;
  /**
   * With `brush: true`: a span was selected or cleared (at the end of a drag, by the Select and Clear buttons, or by
   * `brushTo`), or cleared by an `update` that turns the brush off or whose data no longer covers the span. Not
   * emitted while dragging.
   */
  brush: TimelineBrushEvent<T>;
}

/** Also `toSVG`, `toPNG` and `download` (src/export/page-export.ts): the chart as shown, as a file. */
export interface TimelineHandle<T> extends ChartExport {
  /** The chart's root `<svg>`. */
  readonly svg: SVGSVGElement;
  /** The time shown now. */
  readonly domain: [Date, Date];
  /**
   * Changes options (merged into the current ones) and redraws; kept marks keep their nodes. View options alone
   * (`title`, `legend`, `table`, … but not `svgMarkLimit`) keep the layout and the time shown.
   */
  update(options: TimelineOptions<T>): void;
  /**
   * Emphasises the records with these ids and fades the others (marks, canvas and table stay complete); null shows
   * every record as usual. With `zoom: true`, zooms to the time they cover. Used by `linkViews`.
   * @returns how many records are highlighted, and the ids given that no record drawn has
   */
  highlight(ids: Iterable<string> | null, options?: { zoom?: boolean }): TimelineHighlight;
  /** Listens to an event; returns the function that stops listening. */
  on<K extends keyof TimelineEvents<T>>(event: K, listener: (event: TimelineEvents<T>[K]) => void): () => void;
  /**
   * Shows a span of time: Dates (those instants) or ISO dates (from the first day of `from` to the last of `to`),
   * kept inside the timeline and no shorter than `minZoomSpanDays`.
   */
  zoomTo(span: { from: Date | string; to: Date | string }): void;
  /** With `brush: true`, the span selected (as in the `brush` event), or null. */
  readonly brushed: { from: Date; to: Date } | null;
  /**
   * With `brush: true`: selects a span (Dates or ISO dates, widened to whole days and kept inside the timeline), or
   * clears the selection with null; emits `brush`.
   * @throws Error when the brush is off; TypeError or RangeError for a span that is not valid
   */
  brushTo(span: { from: Date | string; to: Date | string } | null): void;
  /** Removes every node, listener, observer and timer the timeline made. Safe to call twice. */
  destroy(): void;
}

const eventTypes = ['select', 'zoom', 'focus', 'brush'] as const;
const dayMs = 86_400_000;

/**
 * View options that no part of the layout reads (`svgMarkLimit` does: labels are placed only below it), so an update
 * of these alone keeps the layout.
 */
const layoutFreeOptions: ReadonlySet<string> = new Set(viewOptionNames.filter((name) => name !== 'svgMarkLimit'));

function resolve<T>(given: TimelineOptions<T>, hostWidth: number): ResolvedOptions<T> {
  const context = checkDatasetOption(given.dataset);
  const index = context ? datasetIndexOf(context) : null;
  // Names from the dataset label lanes of contacts only: a custom lane key that happens to be a person's or a
  // polity's id stays as the caller wrote it.
  const data = given.data;
  const contacts = data === undefined || (Array.isArray(data) && data.length > 0 && isContactLike(data[0]));
  return resolveOptions(given, hostWidth, {
    data: context?.contacts as unknown as readonly T[] | undefined,
    laneLabel: index && contacts ? datasetLaneLabel(index) : undefined,
    label: index ? (datasetMarkLabel(index) as (record: T) => string) : undefined,
  });
}

/**
 * Draws a timeline into `el`: the bundled contacts without options, or any records through `data` and accessors.
 * @throws TypeError or RangeError naming the option or the record (`data[3] ("id"): …`) that cannot be drawn; the
 *   host is then left as it was.
 */
export function createTimeline<T = ContactRecord>(el: Element, options: TimelineOptions<T> = {}): TimelineHandle<T> {
  if (!el || typeof el !== 'object' || (el as Node).nodeType !== 1) {
    throw new TypeError('createTimeline: the first argument must be a DOM Element to render into');
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError('createTimeline: invalid options (expected an object)');
  }
  const doc = el.ownerDocument;
  const lifecycle = createLifecycle();
  const emitter = createEmitter<TimelineEvents<T>>(eventTypes, 'timeline');
  const dom = createScaffold(doc);
  el.append(dom.root);
  lifecycle.add(() => dom.root.remove());
  lifecycle.add(() => releaseCanvasMarks(dom.canvas));

  const hostWidth = () => Math.floor(dom.root.getBoundingClientRect().width);
  // Measured only for an automatic width: reading it forces a layout of the page, which costs 10 ms or more.
  const widthFor = (options: TimelineOptions<T>) =>
    options.width === undefined || options.width === 'auto' ? hostWidth() : 0;
  const measure = memoizeMeasure(createTextMeasure(dom.svg));
  // Lane labels are bold (theme.css), and measured so, or a cut label would still overflow.
  const laneMeasure = memoizeMeasure(createTextMeasure(dom.svg, 600));
  let given: TimelineOptions<T> = { ...options };
  let resolved: ResolvedOptions<T>;
  let layout: TimelineLayout<T>;
  try {
    resolved = resolve(given, widthFor(given));
    layout = timelineLayout(resolved.layout, measure, { labelMarkLimit: resolved.view.svgMarkLimit });
  } catch (error) {
    lifecycle.destroy(); // nothing is left behind by options or data that cannot be drawn
    throw error;
  }

  let details = new Map<T, TimelineRecordDetails>();
  let appearances = new Map<string, KindAppearance>();
  /** The kinds of the layout's records, in the legend's order. */
  let kinds: readonly string[] = [];
  let rendered = new Map<string, SVGGElement>();
  let dense = false;
  /** The key of the mark element with tabindex 0. */
  let tabStop: string | null = null;
  let tipKey: string | null = null;
  let destroyed = false;
  /** The ids of the records `highlight` emphasises, or null. */
  let highlighted: Set<string> | null = null;
  /** The span the live region last announced (at first, the span shown): a gesture that ends there says nothing. */
  let announced: [number, number] = [+layout.domain[0], +layout.domain[1]];
  const navigation = createMarkNavigation(layout.marks);
  const table = createTimelineTable<T>(dom.root);
  lifecycle.add(() => table.destroy());
  const tooltip = createTooltip(dom.figure, { onEscape: () => (tipKey = null) });
  lifecycle.add(() => tooltip.destroy());

  /** The lookups of the `dataset` option, or null without one. */
  const index = (): DatasetIndex | null => {
    const context = given.dataset;
    return context ? datasetIndexOf(context) : null;
  };

  function detailsOf(record: T): TimelineRecordDetails {
    let found = details.get(record);
    if (!found) {
      const { view, layout: accessors, language } = resolved;
      if (view.details) found = view.details(record);
      else if (isContactLike(record) && index()) found = contactDetails(index() as DatasetIndex, language)(record);
      else found = accessorDetails(accessors, language)(record);
      details.set(record, found);
    }
    return found;
  }

  function appearance(kind: string): KindAppearance {
    // Every kind of the layout has one (applyLayout); an unknown kind falls back to the first look rather than fail.
    return appearances.get(kind) ?? (kindAppearances([kind]).get(kind) as KindAppearance);
  }

  const inView = (mark: Mark<T>) => isInView(mark, layout.plot);

  function render(): void {
    tabStop = navigation.active?.key ?? null;
    ({ rendered, dense } = drawTimeline({
      dom,
      layout,
      options: resolved,
      active: navigation.active,
      kinds,
      appearance,
      // A highlight is heard as well as seen: its marks say so first.
      ariaLabel: (mark) =>
        `${highlighted?.has(mark.id) ? 'Highlighted: ' : ''}${markAriaLabel(detailsOf(mark.record))}`,
      laneMeasure,
      measure,
      dimmed: highlighted ? (mark) => !highlighted?.has(mark.id) : null,
    }));
  }

  /**
   * What changes only with a new layout: frame, legend and table. After a change of width alone (`sameRecords`) the
   * legend and the table list the same records: they are left as they are, not rebuilt on every frame of a resize.
   */
  function applyLayout(sameRecords = false): void {
    drawFrame(dom, layout, chartTitle(resolved), chartDescription(layout, resolved));
    if (sameRecords) return;
    kinds = legendOrder(layout.marks.map((mark) => mark.kind));
    appearances = kindAppearances(kinds);
    dom.legend.hidden = !resolved.view.legend;
    if (resolved.view.legend) drawLegend(dom.legend, kinds, appearance, dom.fadeEnd);
    table.sync({
      layout,
      details: detailsOf,
      mode: resolved.view.table,
      caption: chartTitle(resolved),
      laneHeader: laneHeader(resolved.layout.laneMode),
      pageSize: resolved.view.tablePageSize,
      // Only a `details` option, or the dataset's lookups for contact records, give participants, places and sources
      // (see detailsOf); other records' details come from the accessors alone.
      optionalColumns:
        Boolean(resolved.view.details) ||
        (Boolean(given.dataset) && layout.marks.some((mark) => isContactLike(mark.record))),
    });
  }

  function geometry(): ZoomGeometry {
    return {
      plot: layout.plot,
      height: layout.height,
      baseDomain: layout.baseDomain,
      minSpan: resolved.view.minZoomSpanDays * dayMs,
    };
  }

  /**
   * A new layout (options or width changed). A zoomed-in view keeps the time it shows when the new layout still
   * covers it; a view of everything shows everything again.
   */
  function relayout(next: TimelineLayout<T>, sameRecords = false): void {
    const previous = zoom.scale > 1 ? zoom.domain : null;
    layout = next;
    navigation.setMarks(layout.marks);
    applyLayout(sameRecords);
    syncBrush();
    zoom.configure(geometry(), previous);
  }

  let brush: BrushController | null = null;

  function brushFrame(): BrushFrame {
    const { plot, domain, baseDomain } = layout;
    return {
      left: plot.left,
      right: plot.right,
      top: plot.top,
      bottom: plot.bottom,
      domain: [+domain[0], +domain[1]],
      bounds: [+baseDomain[0], +baseDomain[1]],
    };
  }

  /** Makes or removes the brush as the option says; a span the new layout no longer covers is cleared. */
  function syncBrush(): void {
    const on = resolved.view.brush;
    dom.brushControls.hidden = !on;
    if (!on) {
      // A selection that goes with the brush is cleared out loud, so a linked view stops following it.
      if (brush?.span) brushed(null);
      brush?.destroy();
      brush = null;
      return;
    }
    brush ??= createBrush(dom.plot, brushFrame(), { onChange: brushed });
    const span = brush.span;
    const [start, end] = [+layout.baseDomain[0], +layout.baseDomain[1]];
    if (span && (span[1] <= start || span[0] >= end)) brushed(null, true);
    dom.brushClear.disabled = brush.span === null;
  }

  /** A new selection (or none): draws it when asked, announces it, and emits `brush`. */
  function brushed(span: readonly [number, number] | null, draw = false): void {
    if (draw) brush?.set(span);
    dom.brushClear.disabled = span === null;
    const { records, ids } = span ? recordsInSpan(layout.marks, span) : { records: [], ids: [] };
    dom.status.textContent = brushAnnouncement(span, records.length, resolved.language);
    emitter.emit('brush', {
      selection: span ? { from: new Date(span[0]), to: new Date(span[1]) } : null,
      days: span ? { from: isoDay(span[0]), to: isoDay(span[1] - dayMs) } : null,
      records,
      ids,
    });
  }

  function hideTip(): void {
    tooltip.hide();
    tipKey = null;
  }

  function showTip(mark: Mark<T>, anchor: Element | DOMRectReadOnly): void {
    tooltip.show(tooltipContent(doc, detailsOf(mark.record)), anchor);
    tipKey = mark.key;
  }

  function onZoom(domain: readonly [number, number], source: ZoomSource): void {
    // A fresh layout is already placed for its domain (the first frame, a relayout showing everything).
    if (+layout.domain[0] !== domain[0] || +layout.domain[1] !== domain[1]) rescaleLayout(layout, domain);
    render();
    brush?.redraw(brushFrame());
    if (tipKey !== null) {
      // The mark under the tooltip moved: follow it while it has an element in view, else close.
      const node = rendered.get(tipKey);
      const mark = node ? markFrom(node)?.mark : undefined;
      if (node && mark && inView(mark)) showTip(mark, node);
      else hideTip();
    }
    if (source !== 'layout') emitter.emit('zoom', { from: new Date(domain[0]), to: new Date(domain[1]) });
  }

  applyLayout();
  syncBrush();
  lifecycle.add(() => brush?.destroy());
  lifecycle.listen(dom.brushControls, 'click', (event: MouseEvent) => {
    const action = (event.target as Element | null)?.closest<HTMLButtonElement>('button')?.dataset.action;
    if (!brush) return;
    if (action === 'brush-shown') {
      const { left, right } = layout.plot;
      brushed(daySpanOf(brushFrame(), [left, right], brushFrame().bounds), true);
    } else if (action === 'brush-clear') {
      brushed(null, true);
      dom.brushSelect.focus(); // the Clear button is now disabled
    }
  });
  const zoom = createZoom(dom.svg, geometry(), {
    onZoom,
    onEnd: (domain) => {
      // A gesture that ends where the last one did (Reset while the widest span is shown) changed nothing: saying the
      // same span again would only interrupt a screen reader.
      if (announced[0] === domain[0] && announced[1] === domain[1]) return;
      announced = [domain[0], domain[1]];
      dom.status.textContent = spanAnnouncement(domain, resolved.language);
    },
  });
  lifecycle.add(() => zoom.destroy());
  zoom.configure(geometry(), null);

  /** The mark an element was last joined to: d3 keeps it as the node's datum, and zooms move it in place. */
  function markFrom(target: EventTarget | null): { node: SVGGElement; mark: Mark<T> } | null {
    const node = (target as Element | null)?.closest?.<SVGGElement>('.stc-timeline__lane-marks > g');
    if (!node || !dom.marks.contains(node)) return null;
    const mark = select<SVGGElement, Mark<T> | undefined>(node).datum();
    return mark && rendered.get(mark.key) === node ? { node, mark } : null;
  }

  /** Makes `mark` active and focuses its element, panning to it first when it is out of view. */
  function moveTo(mark: Mark<T>): void {
    navigation.activate(mark.key);
    if (!inView(mark))
      zoom.centreOn((mark.interval.start + mark.interval.end) / 2); // redraws
    else if (rendered.has(mark.key))
      moveTabStop(mark.key); // drawn already: no redraw per key press
    else render(); // the canvas draws it: give it an element
    rendered.get(mark.key)?.focus();
  }

  /** Gives the tab stop (tabindex 0) to the element of `key`, taking it from the one that had it. */
  function moveTabStop(key: string): void {
    if (tabStop === key) return;
    if (tabStop !== null) rendered.get(tabStop)?.setAttribute('tabindex', '-1');
    rendered.get(key)?.setAttribute('tabindex', '0');
    tabStop = key;
  }

  bindInput<T>({
    dom,
    lifecycle,
    zoom,
    markFrom,
    markAt: (x, y) => {
      const mark = markAt(layout.rows, layout.rowHeight, x, y);
      return mark && inView(mark) ? mark : null;
    },
    dense: () => dense,
    navigate: (event) => navigation.next(event),
    moveTo,
    focused(mark, node) {
      // Only the active mark is in the tab order; a click or a script may have focused another.
      navigation.activate(mark.key);
      moveTabStop(mark.key);
      if (!inView(mark)) zoom.centreOn((mark.interval.start + mark.interval.end) / 2);
      showTip(mark, rendered.get(mark.key) ?? node);
      emitter.emit('focus', { record: mark.record, lane: mark.lane });
    },
    select(mark) {
      const record = mark.record;
      const lookups = index();
      const documents = isContactLike(record) && lookups ? contactDocuments(lookups, record) : undefined;
      emitter.emit('select', documents ? { record, lane: mark.lane, documents } : { record, lane: mark.lane });
    },
    showTip,
    hideTip,
    tipKey: () => tipKey,
  });

  const view = doc.defaultView;
  if (view?.matchMedia) {
    const reducedMotion = view.matchMedia('(prefers-reduced-motion: reduce)');
    zoom.animate(!reducedMotion.matches);
    lifecycle.listen(reducedMotion, 'change', () => zoom.animate(!reducedMotion.matches));
    // The canvas layer reads the theme's colours when it draws: redraw when the scheme changes.
    lifecycle.listen(view.matchMedia('(prefers-color-scheme: dark)'), 'change', () => render());
  }

  if (view && 'MutationObserver' in view) {
    // data-theme on any ancestor switches the theme too; the SVG follows by CSS, the canvas must be redrawn.
    const themeObserver = new view.MutationObserver(() => {
      if (dense) render();
    });
    lifecycle
      .observe(themeObserver)
      .observe(doc.documentElement, { attributes: true, attributeFilter: ['data-theme'], subtree: true });
  }

  if (view && 'ResizeObserver' in view) {
    let scheduled = false;
    const observer = new view.ResizeObserver(() => {
      if (!resolved.autoWidth || scheduled) return;
      scheduled = true;
      // One relayout per frame, outside the observer's callback (no "ResizeObserver loop" error).
      lifecycle.frame(() => {
        scheduled = false;
        const next = resolve(given, hostWidth());
        if (next.layout.width === resolved.layout.width) return;
        resolved = next;
        relayout(timelineLayout(resolved.layout, measure, { labelMarkLimit: resolved.view.svgMarkLimit }), true);
      });
    });
    lifecycle.observe(observer).observe(dom.root);
  }

  return {
    ...chartExport(dom.svg, 'timeline'),
    svg: dom.svg,
    get domain(): [Date, Date] {
      return [new Date(layout.domain[0]), new Date(layout.domain[1])];
    },
    update(partial) {
      if (destroyed) throw new Error('timeline.update: called after destroy()');
      if (typeof partial !== 'object' || partial === null || Array.isArray(partial)) {
        throw new TypeError('timeline.update: invalid options (expected an object)');
      }
      const nextGiven = { ...given, ...partial };
      const next = resolve(nextGiven, widthFor(nextGiven));
      // Laid out before anything changes: options or data that fail leave the chart as it was. Options that only
      // change how marks are drawn or read keep the layout (at 10,000 records, laying out again costs 100–200 ms).
      const keepsLayout =
        Object.keys(partial).length > 0 && // update({}) lays out again: a refresh after data changed in place
        Object.keys(partial).every((key) => layoutFreeOptions.has(key)) &&
        next.layout.width === layout.width;
      const nextLayout = keepsLayout
        ? layout
        : timelineLayout(next.layout, measure, { labelMarkLimit: next.view.svgMarkLimit });
      if (
        next.language !== resolved.language ||
        next.view.details !== resolved.view.details ||
        nextGiven.dataset !== given.dataset
      ) {
        details = new Map();
      } else if (next.layout.data !== resolved.layout.data) {
        // Only the records still drawn keep their details (and so their table rows).
        const kept = new Map<T, TimelineRecordDetails>();
        for (const record of next.layout.data) {
          const found = details.get(record);
          if (found) kept.set(record, found);
        }
        details = kept;
      }
      given = nextGiven;
      resolved = next;
      relayout(nextLayout);
    },
    on(event, listener) {
      return emitter.on(event, listener);
    },
    highlight(ids, options = {}) {
      if (destroyed) throw new Error('timeline.highlight: called after destroy()');
      if (
        ids !== null &&
        (typeof ids !== 'object' || typeof (ids as Iterable<string>)[Symbol.iterator] !== 'function')
      ) {
        throw new TypeError('timeline.highlight: invalid ids (expected an iterable of record ids, or null)');
      }
      if (typeof options !== 'object' || options === null) {
        throw new TypeError('timeline.highlight: invalid options (expected { zoom?: boolean })');
      }
      if (ids === null) {
        // Nothing highlighted: nothing to redraw, and nothing to announce.
        if (highlighted === null) return { count: 0, missing: [] };
        highlighted = null;
        dom.root.classList.remove('stc-timeline--highlighting');
        render();
        dom.status.textContent = 'Highlight cleared.';
        return { count: 0, missing: [] };
      }
      const wanted = new Set(ids);
      const found = new Set<string>();
      let start = Number.POSITIVE_INFINITY;
      let end = Number.NEGATIVE_INFINITY;
      for (const mark of layout.marks) {
        if (!wanted.has(mark.id)) continue;
        found.add(mark.id);
        start = Math.min(start, mark.interval.start);
        end = Math.max(end, mark.interval.end);
      }
      highlighted = wanted;
      dom.root.classList.add('stc-timeline--highlighting');
      if (options.zoom && found.size > 0) {
        const base: [number, number] = [+layout.baseDomain[0], +layout.baseDomain[1]];
        // A little room around them, so the first and last marks are not on the edges.
        const pad = Math.max((end - start) * 0.05, dayMs);
        const [from, to] = zoomSpan(
          { from: new Date(Math.max(base[0], start - pad)), to: new Date(Math.min(base[1], end + pad)) },
          base,
          resolved.view.minZoomSpanDays * dayMs,
        );
        zoom.zoomTo(from, to); // redraws
      } else {
        render();
      }
      dom.status.textContent = `${found.size === 1 ? '1 record' : `${found.size} records`} highlighted.`;
      return { count: found.size, missing: [...wanted].filter((id) => !found.has(id)) };
    },
    get brushed() {
      const span = brush?.span;
      return span ? { from: new Date(span[0]), to: new Date(span[1]) } : null;
    },
    brushTo(span) {
      if (destroyed) throw new Error('timeline.brushTo: called after destroy()');
      if (!brush) throw new Error('timeline.brushTo: the brush is off (set the brush option to true)');
      const base: [number, number] = [+layout.baseDomain[0], +layout.baseDomain[1]];
      brushed(span === null ? null : brushSpan(span, base), true);
    },
    zoomTo(span) {
      if (destroyed) throw new Error('timeline.zoomTo: called after destroy()');
      const base: [number, number] = [+layout.baseDomain[0], +layout.baseDomain[1]];
      const [from, to] = zoomSpan(span, base, resolved.view.minZoomSpanDays * dayMs);
      zoom.zoomTo(from, to);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      emitter.clear();
      lifecycle.destroy();
    },
  };
}
