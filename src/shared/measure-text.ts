import { describeValue } from './describe-value';

/** The width of a text in pixels: a canvas or SVG measure in the browser, an approximation in Node. */
export type MeasureText = (text: string) => number;

/**
 * A measure that asks once per distinct text and checks the answer, so a bad width fails here with its text. Labels
 * repeat (and are re-placed on every zoom), while a real measure (canvas `measureText`) costs a microsecond or more each.
 */
export function memoizeMeasure(measure: MeasureText): MeasureText {
  if (typeof measure !== 'function') {
    throw new TypeError(`invalid measure: ${describeValue(measure)} (expected a function from text to its width)`);
  }
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = measure(text);
      if (!(typeof width === 'number' && width >= 0 && Number.isFinite(width))) {
        throw new TypeError(
          `measure returned ${describeValue(width)} for ${describeValue(text)} (expected a width ≥ 0)`,
        );
      }
      widths.set(text, width);
    }
    return width;
  };
}

/**
 * A text measure in the font `reference` computes (the SVG the labels are drawn in), through a canvas: far cheaper than
 * laying out SVG text. Falls back to 12px sans-serif when the element is not in a document, and to 7px a character
 * where there is no canvas (jsdom), which keeps snapshot layouts the same on every machine. `weight` must match the
 * text's (bold labels are wider).
 */
export function createTextMeasure(reference: Element, weight: number | 'normal' = 'normal'): MeasureText {
  const doc = reference.ownerDocument;
  const style = doc.defaultView?.getComputedStyle(reference);
  const size = style?.fontSize && style.fontFamily ? `${style.fontSize} ${style.fontFamily}` : '12px sans-serif';
  const context = doc.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * 7;
  context.font = `${weight} ${size}`;
  return (text) => context.measureText(text).width;
}
