/**
 * A text measure in the font `reference` computes (the SVG the labels are drawn in), through a canvas: far cheaper than
 * laying out SVG text. Falls back to 12px sans-serif when the element is not in a document, and to 7px a character
 * where there is no canvas (jsdom), which keeps snapshot layouts the same on every machine. `weight` must match the
 * text's (bold labels are wider).
 */
export function createTextMeasure(reference: Element, weight: number | 'normal' = 'normal'): (text: string) => number {
  const doc = reference.ownerDocument;
  const style = doc.defaultView?.getComputedStyle(reference);
  const size = style?.fontSize && style.fontFamily ? `${style.fontSize} ${style.fontFamily}` : '12px sans-serif';
  const context = doc.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * 7;
  context.font = `${weight} ${size}`;
  return (text) => context.measureText(text).width;
}
