/**
 * Normalises serialised SVG (an element's `outerHTML`) for snapshot files, as Observable Plot's snapshot tests do:
 * the text a snapshot keeps should change only when the drawing does.
 *
 * - Numbers in attribute values are rounded to 2 decimals, so that floating-point noise (`12.000000001`, `1e-16` from
 *   trigonometry in a symbol's path) never shows up as a change.
 * - Generated ids (`stc-timeline-7-desc`, `stc-table-3-title`: a prefix, a counter, a suffix) are renumbered per
 *   prefix in order of first appearance, and every reference to them (`url(#…)`, `href="#…"`, `aria-describedby` and
 *   the other ID-reference attributes) is rewritten with them. The counters grow with every chart a page (or a test
 *   run) makes, so without this a snapshot would depend on which tests ran before.
 * - The markup is pretty-printed: one element per line, indented by depth, attributes kept in the order emitted.
 *
 * It reads the string itself (no DOM), so it runs in any test environment and sees exactly what was serialised.
 */

/** One parsed element: its name, its attributes in emitted order, and its children. */
interface ElementNode {
  kind: 'element';
  name: string;
  attributes: [name: string, value: string][];
  children: TreeNode[];
}

interface TextNode {
  kind: 'text';
  /** As serialised (entities kept escaped). */
  text: string;
}

type TreeNode = ElementNode | TextNode;

/** An id made by a counter: a prefix of words, the counter, and an optional suffix (`stc-timeline` `7` `-desc`). */
const generatedId = /^([A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z_][A-Za-z0-9_]*)*)-(\d+)((?:[-_].*)?)$/;

/** Attributes whose value is a list of ids (ARIA relations, labels and table headers). */
const idListAttributes = new Set([
  'aria-activedescendant',
  'aria-controls',
  'aria-describedby',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'aria-labelledby',
  'aria-owns',
  'for',
  'form',
  'headers',
  'list',
]);

/**
 * Attributes that carry names and prose from the data, identity, or CSS (a colour such as `#009e73`): a number in them
 * is text ("version 1.125"), not a coordinate, and is kept as written.
 */
function isTextAttribute(name: string): boolean {
  return (
    name.startsWith('aria-') ||
    name.startsWith('data-') ||
    ['alt', 'class', 'href', 'id', 'lang', 'role', 'style', 'title', 'xlink:href', 'xml:lang'].includes(name)
  );
}

const numberPattern = /[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?/g;

/** `value` with every number of more than 2 decimals (or in exponent form) rounded to 2 decimals; others as written. */
export function roundNumbers(value: string): string {
  return value.replace(numberPattern, (number) => {
    const decimals = number.split(/[eE]/)[0]?.split('.')[1] ?? '';
    if (decimals.length <= 2 && !/[eE]/.test(number)) return number;
    const rounded = Math.round(Number(number) * 100) / 100;
    // A written "+" stays: in path data it may be all that separates this number from the one before.
    const text = Object.is(rounded, -0) ? '0' : String(rounded);
    return number.startsWith('+') && rounded >= 0 ? `+${text}` : text;
  });
}

// One token of serialised markup: a comment, a start tag (name, attributes, self-closing slash), an end tag, or text.
const tokenPattern =
  /<!--[\s\S]*?-->|<([A-Za-z][^\s/>]*)((?:\s+[^\s"'=/>]+(?:="[^"]*")?)*)\s*(\/?)>|<\/([A-Za-z][^\s>]*)\s*>|([^<]+)/gy;
const attributePattern = /([^\s"'=/>]+)(?:="([^"]*)")?/g;

/** Elements that never have content or an end tag in HTML serialisation. */
const voidElements = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);

/** The element tree of serialised markup (one root element). */
function parse(markup: string): ElementNode {
  const top: ElementNode = { kind: 'element', name: '#root', attributes: [], children: [] };
  const open: ElementNode[] = [top];
  tokenPattern.lastIndex = 0;
  while (tokenPattern.lastIndex < markup.length) {
    const at = tokenPattern.lastIndex;
    const token = tokenPattern.exec(markup);
    if (!token) {
      throw new Error(
        `normalizeSvg: unreadable markup at offset ${at} (expected a tag or text): ${markup.slice(at, at + 40)}`,
      );
    }
    const parent = open[open.length - 1] as ElementNode;
    const [whole, startName, attributeText, selfClosing, endName, text] = token;
    if (whole.startsWith('<!--')) continue; // comments are not part of the drawing
    if (text !== undefined) {
      parent.children.push({ kind: 'text', text });
    } else if (startName !== undefined) {
      const element: ElementNode = { kind: 'element', name: startName, attributes: [], children: [] };
      for (const [, name, value] of (attributeText ?? '').matchAll(attributePattern)) {
        element.attributes.push([name as string, value ?? '']);
      }
      parent.children.push(element);
      if (!selfClosing && !voidElements.has(startName.toLowerCase())) open.push(element);
    } else {
      if (open.length === 1 || parent.name !== endName) {
        throw new Error(
          `normalizeSvg: unexpected </${endName}> at offset ${at} (expected ${open.length === 1 ? 'no end tag' : `</${parent.name}>`})`,
        );
      }
      open.pop();
    }
  }
  if (open.length > 1) {
    throw new Error(
      `normalizeSvg: <${(open[open.length - 1] as ElementNode).name}> is never closed (expected its end tag)`,
    );
  }
  const roots = top.children.filter((node): node is ElementNode => node.kind === 'element');
  if (roots.length !== 1 || top.children.some((node) => node.kind === 'text' && node.text.trim() !== '')) {
    throw new Error(
      `normalizeSvg: expected one root element, found ${roots.length} and ${top.children.length - roots.length} text nodes`,
    );
  }
  return roots[0] as ElementNode;
}

function* elements(node: ElementNode): Generator<ElementNode> {
  yield node;
  for (const child of node.children) if (child.kind === 'element') yield* elements(child);
}

/** Renumbers generated ids per prefix in order of first appearance (as an id or in a reference). */
class IdRenumbering {
  private readonly counters = new Map<string, Map<string, number>>();

  /** The stable form of `id`; an id without a counter is kept. */
  stable(id: string): string {
    const match = generatedId.exec(id);
    if (!match) return id;
    const [, prefix, counter, suffix] = match as unknown as [string, string, string, string];
    let seen = this.counters.get(prefix);
    if (!seen) {
      seen = new Map();
      this.counters.set(prefix, seen);
    }
    let index = seen.get(counter);
    if (index === undefined) {
      index = seen.size + 1;
      seen.set(counter, index);
    }
    return `${prefix}-${index}${suffix}`;
  }

  /** `value` of attribute `name` with its references to ids (and, for `id`, the id itself) made stable. */
  rewrite(name: string, value: string): string {
    if (name === 'id') return this.stable(value);
    if (idListAttributes.has(name)) {
      return value.replace(/[^\s]+/g, (id) => this.stable(id));
    }
    let result = value.replace(/url\(\s*(['"]?)#([^'")\s]+)\1\s*\)/g, (_, quote: string, id: string) => {
      return `url(${quote}#${this.stable(id)}${quote})`;
    });
    if ((name === 'href' || name === 'xlink:href') && result.startsWith('#'))
      result = `#${this.stable(result.slice(1))}`;
    return result;
  }
}

function printAttributes(element: ElementNode): string {
  return element.attributes.map(([name, value]) => ` ${name}="${value}"`).join('');
}

function print(element: ElementNode, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth);
  const open = `${indent}<${element.name}${printAttributes(element)}`;
  const { children } = element;
  if (children.length === 0) {
    lines.push(voidElements.has(element.name.toLowerCase()) ? `${open}>` : `${open}/>`);
  } else if (children.every((child) => child.kind === 'text')) {
    // Text alone stays on the element's line, exactly as written (its spaces may matter: " +3").
    lines.push(`${open}>${children.map((child) => (child as TextNode).text).join('')}</${element.name}>`);
  } else {
    lines.push(`${open}>`);
    for (const child of children) {
      if (child.kind === 'element') print(child, depth + 1, lines);
      else if (child.text.trim() !== '') lines.push(`${indent}  ${child.text}`);
    }
    lines.push(`${indent}</${element.name}>`);
  }
}

/**
 * Normalised, pretty-printed markup of one serialised SVG (or HTML) element, ending with a newline. The root `<svg>`
 * gets the SVG namespace when it lacks one, so that a snapshot file opens as an image.
 * @throws Error naming the offset when the markup is not one well-nested element
 */
export function normalizeSvg(markup: string): string {
  const root = parse(markup);
  const ids = new IdRenumbering();
  for (const element of elements(root)) {
    element.attributes = element.attributes.map(([name, value]) => {
      const stable = ids.rewrite(name, value);
      return [name, isTextAttribute(name) ? stable : roundNumbers(stable)];
    });
  }
  if (root.name === 'svg' && !root.attributes.some(([name]) => name === 'xmlns')) {
    root.attributes.unshift(['xmlns', 'http://www.w3.org/2000/svg']);
  }
  const lines: string[] = [];
  print(root, 0, lines);
  return `${lines.join('\n')}\n`;
}
