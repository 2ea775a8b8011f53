/**
 * The chord diagram's static DOM: a container with a live status line, the figure (an SVG whose plot group is centred
 * on the ring, with layers for ribbons, arcs, ticks and labels), a message for the empty state and a note on hidden
 * labels; the matrix table follows the figure. Built once; draws only fill the layers. No inline styles: classes
 * (theme.css) and SVG attributes only (colours go through the CSSOM, see marks.ts).
 */

import { createLiveStatus } from '../../shared/live-status';
import { svgElement } from '../../shared/svg';

export interface ChordScaffold {
  readonly root: HTMLDivElement;
  /** A polite live region (what a selection or a filter changed). */
  readonly status: HTMLParagraphElement;
  readonly figure: HTMLDivElement;
  readonly svg: SVGSVGElement;
  readonly desc: SVGDescElement;
  /** Translated to the ring's centre. */
  readonly plot: SVGGElement;
  readonly ribbons: SVGGElement;
  readonly groups: SVGGElement;
  readonly ticks: SVGGElement;
  readonly labels: SVGGElement;
  /** Shown instead of the ring when there is nothing to draw, saying why. */
  readonly empty: HTMLParagraphElement;
  /** Under the ring: how many labels did not fit, and where to find the names. */
  readonly note: HTMLParagraphElement;
}

let instances = 0;

export function createChordScaffold(doc: Document): ChordScaffold {
  const uid = `stc-chord-${++instances}`;
  const root = doc.createElement('div');
  root.className = 'stc-chord';
  const { box: statusBox, line: status } = createLiveStatus(doc, 'stc-chord__status');
  const figure = doc.createElement('div');
  figure.className = 'stc-chord__figure';

  const svg = svgElement(doc, 'svg', { class: 'stc-chord__svg', role: 'group' });
  const desc = svgElement(doc, 'desc', { id: `${uid}-desc` });
  svg.setAttribute('aria-describedby', desc.id);
  const plot = svgElement(doc, 'g', { class: 'stc-chord__plot' });
  // Ribbons under the arcs; labels and ticks repeat what the arcs' spoken labels say, so screen readers skip them.
  const ribbons = svgElement(doc, 'g', { class: 'stc-chord__ribbons', role: 'group', 'aria-label': 'Links' });
  const groups = svgElement(doc, 'g', { class: 'stc-chord__groups', role: 'group', 'aria-label': 'Groups' });
  const ticks = svgElement(doc, 'g', { class: 'stc-chord__ticks', 'aria-hidden': 'true' });
  const labels = svgElement(doc, 'g', { class: 'stc-chord__labels', 'aria-hidden': 'true' });
  plot.append(ribbons, groups, ticks, labels);
  svg.append(desc, plot);

  const empty = doc.createElement('p');
  empty.className = 'stc-chord__empty';
  empty.hidden = true;
  const note = doc.createElement('p');
  note.className = 'stc-chord__note stc-note';
  note.hidden = true;
  figure.append(svg, empty, note);
  root.append(statusBox, figure);
  return { root, status, figure, svg, desc, plot, ribbons, groups, ticks, labels, empty, note };
}
