/**
 * The legend: each kind drawn (shape and colour) with its name, then how dates are drawn, so a reader can tell a
 * certain day from a span, a month, an uncertain range and an inferred date.
 */

import { kindWords } from '../../shared/contact-details';
import { shapePath } from '../../shared/palette';
import { svgNamespace } from '../../shared/svg';
import type { KindAppearance } from './kind-appearance';

const size = 12;

function swatch(doc: Document, width: number): SVGSVGElement {
  const svg = doc.createElementNS(svgNamespace, 'svg');
  svg.setAttribute('class', 'stc-timeline__swatch');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(size + 4));
  svg.setAttribute('viewBox', `0 ${-(size + 4) / 2} ${width} ${size + 4}`);
  svg.setAttribute('aria-hidden', 'true');
  return svg;
}

function shape(doc: Document, tag: 'path' | 'rect', className: string, attributes: Record<string, string>): SVGElement {
  const node = doc.createElementNS(svgNamespace, tag);
  node.setAttribute('class', className);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function item(doc: Document, picture: SVGSVGElement, text: string): HTMLLIElement {
  const li = doc.createElement('li');
  li.className = 'stc-timeline__legend-item';
  const label = doc.createElement('span');
  label.textContent = text;
  li.append(picture, label);
  return li;
}

/** A sample mark of a date form, drawn with the same classes as the chart's marks. */
function dateSample(doc: Document, variant: string, fadeEnd: string): SVGSVGElement {
  const width = 36;
  const svg = swatch(doc, width);
  const g = doc.createElementNS(svgNamespace, 'g');
  // "inferred" is a point drawn as an inferred date is: hollow.
  const classes = variant === 'inferred' ? 'point stc-timeline__mark--inferred' : variant;
  g.setAttribute('class', `stc-timeline__mark stc-timeline__mark--${classes} stc-timeline__legend-sample`);
  const symbol = shapePath('circle', size);
  switch (variant) {
    case 'point':
    case 'inferred':
      g.append(shape(doc, 'path', 'stc-timeline__symbol', { d: symbol, transform: `translate(${width / 2},0)` }));
      break;
    case 'span':
      g.append(
        shape(doc, 'rect', 'stc-timeline__bar', { x: '4', width: String(width - 8), y: '-3', height: '6' }),
        shape(doc, 'path', 'stc-timeline__symbol', {
          d: shapePath('circle', size * 0.8),
          transform: `translate(${width / 2},0)`,
        }),
      );
      break;
    case 'reduced':
      g.append(shape(doc, 'rect', 'stc-timeline__band', { x: '4', width: String(width - 8), y: '-6', height: '12' }));
      break;
    case 'uncertain': {
      const range = doc.createElementNS(svgNamespace, 'g');
      range.setAttribute('mask', `url(#${fadeEnd})`);
      range.append(
        shape(doc, 'rect', 'stc-timeline__band', { x: '4', width: String(width - 8), y: '-3.6', height: '7.2' }),
        shape(doc, 'rect', 'stc-timeline__whisker', { x: '4', width: String(width - 8), y: '-0.75', height: '1.5' }),
      );
      g.append(
        range,
        shape(doc, 'path', 'stc-timeline__cap', { d: shapePath('circle', size * 0.7), transform: 'translate(4,0)' }),
      );
      break;
    }
  }
  svg.append(g);
  return svg;
}

/**
 * Fills the legend with the kinds in `kinds` (legend order) and the date forms. `fadeEnd` is the chart's mask id, so
 * the sample of an uncertain range fades as the marks do.
 */
export function drawLegend(
  list: HTMLUListElement,
  kinds: readonly string[],
  appearance: (kind: string) => KindAppearance,
  fadeEnd: string,
): void {
  const doc = list.ownerDocument;
  const items = kinds.map((kind) => {
    const look = appearance(kind);
    const picture = swatch(doc, size + 4);
    const path = shape(doc, 'path', `stc-timeline__symbol ${look.className}`, {
      d: shapePath(look.shape, size),
      transform: `translate(${(size + 4) / 2},0)`,
    });
    picture.append(path);
    return item(doc, picture, kindWords(kind));
  });
  const forms: [string, string][] = [
    ['point', 'day'],
    ['span', 'period'],
    ['reduced', 'month or year only'],
    ['uncertain', 'between dates (fades where a bound is unknown)'],
    ['inferred', 'date inferred, not stated'],
  ];
  for (const [variant, text] of forms) items.push(item(doc, dateSample(doc, variant, fadeEnd), text));
  list.replaceChildren(...items);
}
