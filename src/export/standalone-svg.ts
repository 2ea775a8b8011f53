/**
 * `standaloneSvg`: a chart's `<svg>` as a self-contained SVG file. The page draws the charts with classes and custom
 * properties from theme.css; a file has no stylesheet, and resvg understands neither `var()` nor `light-dark()`. So
 * every rule of svg-rules.ts that applies to an element, then the element's inline style, is resolved for one colour
 * scheme and written as presentation attributes, `currentColor` included: browsers, resvg and editors draw the file
 * as the page does. Pure DOM: runs in browsers, jsdom and linkedom.
 */
import { svgElement, svgNamespace } from '../shared/svg';
import {
  compareSpecificity,
  parseDeclarations,
  resolveCssValue,
  specificity as selectorSpecificity,
} from './resolve-css';
import { containerRules, exportedProperties, type SvgRule, svgRules } from './svg-rules';
import { type ExportTheme, exportThemes, themeTokens } from './theme-values';

export type { ExportTheme } from './theme-values';

export interface StandaloneSvgOptions {
  /** The colour scheme to draw in. Default 'light'. */
  theme?: ExportTheme;
  /**
   * The font list, as CSS `font-family` (default theme.css's `--stc-font-family`). A list that does not end in a
   * generic family gets `sans-serif` appended, so every renderer finds a font.
   */
  fontFamily?: string;
}

/** Elements only the live page needs: hover targets and focus rings, the brush, the canvas's colour probes. */
const liveOnlySelector = '.stc-timeline__ring, .stc-timeline__brush, .stc-timeline__probes, foreignObject, script';

/** Attributes for interaction and assistive technology inside the chart; the file is one image with one name. */
const liveOnlyAttributes = /^(tabindex|role|focusable|aria-[-\w]+|on[a-z]+|data-variant|style)$/;

/** Properties whose value `inherit` means: drop the attribute, so the SVG inherits as the page's CSS does. */
const inheritedProperties = new Set(['color', 'fill', 'font-family', 'font-size', 'font-style', 'font-weight']);

const genericFamilies = /(^|,)\s*(serif|sans-serif|monospace|cursive|fantasy|system-ui|ui-sans-serif|ui-serif)\s*$/;

interface CompiledRule {
  readonly selector: string;
  readonly declarations: Readonly<Record<string, string>>;
  readonly specificity: readonly number[];
  readonly order: number;
}

/** One entry per selector of each rule's list, ordered as the cascade applies them (later wins). */
function compile(rules: readonly SvgRule[]): CompiledRule[] {
  const compiled: CompiledRule[] = [];
  for (const rule of rules) {
    for (const selector of rule.selector.split(',').map((s) => s.trim())) {
      compiled.push({
        selector,
        declarations: rule.declarations,
        specificity: selectorSpecificity(selector),
        order: compiled.length,
      });
    }
  }
  return compiled.sort((a, b) => compareSpecificity(a.specificity, b.specificity) || a.order - b.order);
}

const compiledRules = compile(svgRules);

function checkOptions(options: StandaloneSvgOptions): { theme: ExportTheme; fontFamily: string | undefined } {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('standaloneSvg: invalid options (expected an object { theme?, fontFamily? })');
  }
  const theme = options.theme ?? 'light';
  if (!exportThemes.includes(theme)) {
    throw new RangeError(`standaloneSvg: invalid theme ${JSON.stringify(theme)} (expected "light" or "dark")`);
  }
  const { fontFamily } = options;
  if (fontFamily !== undefined && (typeof fontFamily !== 'string' || fontFamily.trim() === '')) {
    throw new TypeError(
      `standaloneSvg: invalid fontFamily ${JSON.stringify(fontFamily)} (expected a CSS font-family list)`,
    );
  }
  return { theme, fontFamily };
}

/** The declarations of `rule` (the chart's container) as the style the root `<svg>` inherits from. */
function containerOf(svg: SVGSVGElement): SvgRule | undefined {
  if (svg.classList.contains('stc-timeline__svg')) return containerRules.timeline;
  if (svg.classList.contains('stc-chord__svg')) return containerRules.chord;
  return undefined;
}

/** The cascaded, resolved style of `element`: matching rules by specificity, then its inline style. */
function cascade(element: Element, resolve: (value: string) => string): Map<string, string> {
  const style = new Map<string, string>();
  const apply = (declarations: Readonly<Record<string, string>>) => {
    for (const [property, value] of Object.entries(declarations)) {
      if (exportedProperties.has(property) && property !== 'background') style.set(property, resolve(value));
    }
  };
  for (const rule of compiledRules) if (element.matches(rule.selector)) apply(rule.declarations);
  apply(parseDeclarations(element.getAttribute('style') ?? ''));
  return style;
}

/** Writes `style` as presentation attributes (they win over the axis group's font attributes, as the page's CSS does). */
function writeStyle(element: Element, style: ReadonlyMap<string, string>, parentStyle: ReadonlyMap<string, string>) {
  for (const [property, value] of style) {
    if (value !== 'inherit') element.setAttribute(property, value);
    else if (parentStyle.has(property)) element.setAttribute(property, parentStyle.get(property) as string);
    else if (inheritedProperties.has(property)) element.removeAttribute(property);
  }
}

/** Replaces `currentColor` in paint attributes by the colour the element inherits. */
function resolveCurrentColor(element: Element, inherited: string): void {
  const color = element.getAttribute('color') ?? inherited;
  for (const name of ['fill', 'stroke', 'stop-color', 'flood-color', 'lighting-color']) {
    const value = element.getAttribute(name);
    if (value && /currentcolor/i.test(value)) element.setAttribute(name, value.replace(/currentcolor/gi, color));
  }
  for (const child of Array.from(element.children)) resolveCurrentColor(child, color);
}

/** The chart's size, from its viewBox or its width and height. */
function frameOf(svg: Element): { x: number; y: number; width: number; height: number } {
  const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (box.length === 4 && box.every(Number.isFinite)) {
    const [x, y, width, height] = box as [number, number, number, number];
    return { x, y, width, height };
  }
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  if (!(width > 0 && height > 0)) {
    throw new Error('standaloneSvg: the <svg> has no viewBox and no numeric width and height (expected either)');
  }
  return { x: 0, y: 0, width, height };
}

function serialize(svg: Element): string {
  const view = svg.ownerDocument.defaultView as (Window & { XMLSerializer?: typeof XMLSerializer }) | null;
  const Serializer = view?.XMLSerializer ?? (typeof XMLSerializer === 'function' ? XMLSerializer : undefined);
  let text = Serializer ? new Serializer().serializeToString(svg) : svg.outerHTML;
  // An HTML serialiser (outerHTML) leaves the namespace implied; a file must declare it.
  if (!/^<svg[^>]*\sxmlns=/.test(text)) text = text.replace(/^<svg/, `<svg xmlns="${svgNamespace}"`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`;
}

/**
 * A self-contained SVG document of a chart's `<svg>` (the live chart is not changed): its size and viewBox, a `<title>`
 * (the chart's aria-label) and `<desc>` (its description), a background, and every colour, stroke, opacity, font and
 * dash theme.css gives it, as plain presentation attributes for `theme`. Interaction (tab stops, buttons' roles,
 * focus rings, the brush) is left out; the whole is one `role="img"` with the chart's name.
 * @throws TypeError when `svg` is not an `<svg>` element; RangeError for an unknown theme
 */
export function standaloneSvg(svg: SVGSVGElement, options: StandaloneSvgOptions = {}): string {
  if (!svg || typeof svg !== 'object' || (svg as Element).localName !== 'svg') {
    throw new TypeError('standaloneSvg: the first argument must be an <svg> element (a chart handle\'s "svg")');
  }
  const { theme, fontFamily } = checkOptions(options);
  const container = containerOf(svg);
  const tokens = themeTokens(theme);
  const containerDeclarations = container?.declarations ?? {};
  for (const [name, value] of Object.entries(containerDeclarations)) {
    if (name.startsWith('--')) tokens.set(name, value);
  }
  const resolve = (value: string) => resolveCssValue(value, tokens, theme);
  // What the root inherits from the chart's container in the page.
  const containerStyle = new Map<string, string>();
  for (const [name, value] of Object.entries(containerDeclarations)) {
    if (!name.startsWith('--')) containerStyle.set(name, resolve(value));
  }
  if (fontFamily !== undefined) {
    containerStyle.set('font-family', genericFamilies.test(fontFamily) ? fontFamily : `${fontFamily}, sans-serif`);
  }

  const root = svg.cloneNode(true) as SVGSVGElement;
  for (const node of Array.from(root.querySelectorAll(liveOnlySelector))) node.remove();

  // Cascade first, for every element, before any attribute changes what a selector matches.
  const styles = new Map<Element, Map<string, string>>();
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))])
    styles.set(element, cascade(element, resolve));
  for (const [element, style] of styles) {
    if (element === root) {
      // The container's inherited properties, unless the SVG's own rules set them.
      for (const property of ['color', 'font-family']) {
        const own = style.get(property);
        const inherited = containerStyle.get(property);
        if (inherited !== undefined && (own === undefined || own === 'inherit' || fontFamily !== undefined)) {
          style.set(property, inherited);
        }
      }
    }
    writeStyle(element, style, element === root ? containerStyle : new Map());
    // Any other attribute written with var() (a custom look set by a caller) is resolved too.
    for (const attribute of Array.from(element.attributes)) {
      if (/var\(|light-dark\(/.test(attribute.value)) element.setAttribute(attribute.name, resolve(attribute.value));
    }
  }
  resolveCurrentColor(root, containerStyle.get('color') ?? 'black');

  const title = root.getAttribute('aria-label') ?? '';
  const oldDesc = root.querySelector(':scope > desc');
  const description = oldDesc?.textContent ?? '';
  oldDesc?.remove();
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attribute of Array.from(element.attributes)) {
      if (liveOnlyAttributes.test(attribute.name)) element.removeAttribute(attribute.name);
    }
  }

  const doc = root.ownerDocument;
  const frame = frameOf(root);
  root.setAttribute('width', String(frame.width));
  root.setAttribute('height', String(frame.height));
  root.setAttribute('viewBox', `${frame.x} ${frame.y} ${frame.width} ${frame.height}`);
  root.setAttribute('role', 'img');
  if (title) root.setAttribute('aria-label', title);
  const titleNode = svgElement(doc, 'title');
  titleNode.textContent = title;
  const descNode = svgElement(doc, 'desc');
  descNode.textContent = description;
  const background = svgElement(doc, 'rect', {
    class: 'stc-export__background',
    x: String(frame.x),
    y: String(frame.y),
    width: String(frame.width),
    height: String(frame.height),
    fill: containerStyle.get('background') ?? resolve('var(--stc-color-background)'),
  });
  root.prepend(titleNode, descNode, background);
  return serialize(root);
}
