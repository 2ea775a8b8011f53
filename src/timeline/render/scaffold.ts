/**
 * The timeline's static DOM: a container with a legend, zoom buttons, a live status line, and the figure (an SVG with
 * its layers, and a canvas over it for dense marks). Built once; renders only fill the layers. No inline styles: classes (theme.css) and
 * SVG attributes only.
 */

import { createLiveStatus } from '../../shared/live-status';
import { svgElement } from '../../shared/svg';

export interface TimelineScaffold {
  readonly root: HTMLDivElement;
  readonly legend: HTMLUListElement;
  readonly controls: HTMLDivElement;
  readonly zoomIn: HTMLButtonElement;
  readonly zoomOut: HTMLButtonElement;
  readonly zoomReset: HTMLButtonElement;
  /** Shown with the `brush` option: select the time shown, and clear the selection (the brush's keyboard way). */
  readonly brushControls: HTMLDivElement;
  readonly brushSelect: HTMLButtonElement;
  readonly brushClear: HTMLButtonElement;
  /** A polite live region that announces the time shown after a zoom. */
  readonly status: HTMLParagraphElement;
  readonly figure: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  readonly svg: SVGSVGElement;
  readonly desc: SVGDescElement;
  readonly clipRect: SVGRectElement;
  readonly lanes: SVGGElement;
  readonly grid: SVGGElement;
  readonly axis: SVGGElement;
  /** The clipped group of labels and marks (the brush goes under it). */
  readonly plot: SVGGElement;
  readonly labels: SVGGElement;
  readonly marks: SVGGElement;
  /** Empty groups of each kind's class, whose computed colour the canvas layer draws with. */
  readonly probes: SVGGElement;
  /** Ids of the masks that fade an uncertain range toward an unknown start or end. */
  readonly fadeStart: string;
  readonly fadeEnd: string;
}

let instances = 0;

function htmlElement<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(doc: Document, text: string, label: string, action: string): HTMLButtonElement {
  const node = htmlElement(doc, 'button', 'stc-timeline__button', text);
  node.type = 'button';
  node.dataset.action = action;
  // The visible text is a symbol; the name says what it does.
  node.setAttribute('aria-label', label);
  return node;
}

/**
 * A luminance mask over a mark's bounding box, black (hidden) at one end and white (shown) at the other, so a range
 * fades out toward a bound no source gives.
 */
function fadeMask(doc: Document, id: string, toward: 'start' | 'end'): SVGMaskElement {
  const gradient = svgElement(doc, 'linearGradient', { id: `${id}-gradient`, x1: '0', x2: '1', y1: '0', y2: '0' });
  const stops = toward === 'start' ? ['black', 'white'] : ['white', 'black'];
  gradient.append(
    svgElement(doc, 'stop', { offset: toward === 'start' ? '0' : '0.35', 'stop-color': stops[0] as string }),
    svgElement(doc, 'stop', { offset: toward === 'start' ? '0.65' : '1', 'stop-color': stops[1] as string }),
  );
  const mask = svgElement(doc, 'mask', {
    id,
    maskContentUnits: 'objectBoundingBox',
    x: '-0.05',
    y: '-0.5',
    width: '1.1',
    height: '2',
  });
  mask.append(
    gradient,
    svgElement(doc, 'rect', { x: '-0.05', y: '-0.5', width: '1.1', height: '2', fill: `url(#${id}-gradient)` }),
  );
  return mask;
}

export function createScaffold(doc: Document): TimelineScaffold {
  const uid = `stc-timeline-${++instances}`;
  const root = htmlElement(doc, 'div', 'stc-timeline');

  const header = htmlElement(doc, 'div', 'stc-timeline__header');
  const legend = htmlElement(doc, 'ul', 'stc-timeline__legend');
  legend.setAttribute('aria-label', 'Legend');
  const controls = htmlElement(doc, 'div', 'stc-timeline__controls');
  controls.setAttribute('role', 'group');
  controls.setAttribute('aria-label', 'Zoom');
  const zoomIn = button(doc, '+', 'Zoom in', 'zoom-in');
  const zoomOut = button(doc, '−', 'Zoom out', 'zoom-out');
  const zoomReset = button(doc, 'Reset', 'Reset zoom', 'zoom-reset');
  controls.append(zoomIn, zoomOut, zoomReset);
  const brushControls = htmlElement(doc, 'div', 'stc-timeline__controls');
  brushControls.setAttribute('role', 'group');
  brushControls.setAttribute('aria-label', 'Selection');
  brushControls.hidden = true;
  const brushSelect = button(doc, 'Select', 'Select the time shown', 'brush-shown');
  const brushClear = button(doc, 'Clear', 'Clear the selection', 'brush-clear');
  brushControls.append(brushSelect, brushClear);
  header.append(legend, controls, brushControls);

  const { box: statusBox, line: status } = createLiveStatus(doc, 'stc-timeline__status');

  const figure = htmlElement(doc, 'div', 'stc-timeline__figure');
  const canvas = htmlElement(doc, 'canvas', 'stc-timeline__canvas');
  canvas.setAttribute('aria-hidden', 'true');
  canvas.hidden = true;

  const svg = svgElement(doc, 'svg', { class: 'stc-timeline__svg', role: 'group' });
  const desc = svgElement(doc, 'desc', { id: `${uid}-desc` });
  svg.setAttribute('aria-describedby', desc.id);
  const defs = svgElement(doc, 'defs');
  const clip = svgElement(doc, 'clipPath', { id: `${uid}-clip` });
  const clipRect = svgElement(doc, 'rect');
  clip.append(clipRect);
  const fadeStart = `${uid}-fade-start`;
  const fadeEnd = `${uid}-fade-end`;
  defs.append(clip, fadeMask(doc, fadeStart, 'start'), fadeMask(doc, fadeEnd, 'end'));

  // Lane labels, grid and axis repeat what each mark's spoken label says, so assistive technology skips them.
  const lanes = svgElement(doc, 'g', { class: 'stc-timeline__lanes', 'aria-hidden': 'true' });
  const grid = svgElement(doc, 'g', { class: 'stc-timeline__grid', 'aria-hidden': 'true' });
  const axis = svgElement(doc, 'g', { class: 'stc-timeline__axis', 'aria-hidden': 'true' });
  const plot = svgElement(doc, 'g', { class: 'stc-timeline__plot', 'clip-path': `url(#${clip.id})` });
  const labels = svgElement(doc, 'g', { class: 'stc-timeline__labels', 'aria-hidden': 'true' });
  const marks = svgElement(doc, 'g', { class: 'stc-timeline__marks' });
  plot.append(labels, marks);
  const probes = svgElement(doc, 'g', { class: 'stc-timeline__probes', 'aria-hidden': 'true' });
  svg.append(desc, defs, lanes, grid, axis, plot, probes);
  // The canvas lies over the SVG (whose lane backgrounds are opaque), lets the pointer through, and draws only
  // inside the plot; in dense mode the SVG has no marks under it but the active one, whose focus ring stays visible.
  figure.append(svg, canvas);

  root.append(header, statusBox, figure);
  return {
    root,
    legend,
    controls,
    zoomIn,
    zoomOut,
    zoomReset,
    brushControls,
    brushSelect,
    brushClear,
    status,
    figure,
    canvas,
    svg,
    desc,
    clipRect,
    lanes,
    grid,
    axis,
    plot,
    labels,
    marks,
    probes,
    fadeStart,
    fadeEnd,
  };
}
