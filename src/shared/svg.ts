/** Building SVG nodes, for every chart: one namespace, attributes set as attributes (never as inline styles). */

export const svgNamespace = 'http://www.w3.org/2000/svg';

/** A new SVG element of `doc`, with `attributes`. */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string> = {},
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}
