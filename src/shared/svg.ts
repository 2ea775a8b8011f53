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

/**
 * Sets an attribute only when its value changes: each change is a mutation that the browser restyles, and the
 * accessibility tree follows it, while a zoom frame leaves most attributes as they were.
 */
export function setChanged(node: Element, name: string, value: string | null): void {
  if (node.getAttribute(name) === value) return;
  if (value === null) node.removeAttribute(name);
  else node.setAttribute(name, value);
}

/** Sets a node's text only when it changes: new text is a new text node, laid out and read again. */
export function setTextChanged(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
