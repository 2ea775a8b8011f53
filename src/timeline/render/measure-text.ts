import type { MeasureText } from '../layout/labels';

/**
 * A text measure in the font `reference` computes (the SVG the labels are drawn in), through a canvas: far cheaper than
 * laying out SVG text. Falls back to 12px sans-serif when the element is not in a document. `weight` must match the
 * text's (lane labels are bold).
 */
export function createTextMeasure(reference: Element, weight: number | 'normal' = 'normal'): MeasureText {
  const doc = reference.ownerDocument;
  const style = doc.defaultView?.getComputedStyle(reference);
  const size = style?.fontSize && style.fontFamily ? `${style.fontSize} ${style.fontFamily}` : '12px sans-serif';
  const font = `${weight} ${size}`;
  const context = doc.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * 7;
  context.font = font;
  return (text) => context.measureText(text).width;
}
