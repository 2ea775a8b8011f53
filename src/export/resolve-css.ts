/**
 * The little CSS an export needs, without a CSS engine: custom properties resolved to plain values, selector
 * specificity for the cascade, and inline style text read as declarations. Works the same in browsers, jsdom and
 * linkedom, which all give `Element.matches` but differ in (or lack) computed styles.
 */

/** Finds the `)` closing the `(` at `open`, or -1. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Splits on the first comma not inside parentheses: `a, b(c, d)` → [`a`, `b(c, d)`]. */
function splitFirstComma(text: string): [string, string | undefined] {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ',' && depth === 0) return [text.slice(0, i).trim(), text.slice(i + 1).trim()];
  }
  return [text.trim(), undefined];
}

/** Replaces each call of the function `name` in `value` by what `replace` gives for its arguments' text. */
function replaceCalls(value: string, name: string, replace: (args: string) => string): string {
  let result = value;
  for (let guard = 0; guard < 100; guard++) {
    const start = result.indexOf(`${name}(`);
    if (start < 0) return result;
    const open = start + name.length;
    const close = closingParen(result, open);
    if (close < 0) throw new SyntaxError(`unbalanced parentheses in CSS value "${value}"`);
    result = result.slice(0, start) + replace(result.slice(open + 1, close)) + result.slice(close + 1);
  }
  throw new RangeError(`CSS value "${value}" nests var() too deeply (a custom property refers to itself?)`);
}

/**
 * `value` with every `var(--name, fallback)` replaced by the token's value (or the fallback) and every
 * `light-dark(light, dark)` by the one `scheme` picks, so that no renderer has to understand either.
 * @throws Error naming the custom property when it has neither a value nor a fallback
 */
export function resolveCssValue(value: string, tokens: ReadonlyMap<string, string>, scheme: 'light' | 'dark'): string {
  const withVars = replaceCalls(value, 'var', (args) => {
    const [name, fallback] = splitFirstComma(args);
    const found = tokens.get(name) ?? fallback;
    if (found === undefined) throw new Error(`no value for the custom property ${name} (in "${value}")`);
    return resolveCssValue(found, tokens, scheme);
  });
  return replaceCalls(withVars, 'light-dark', (args) => {
    const [light, dark] = splitFirstComma(args);
    if (dark === undefined) throw new SyntaxError(`light-dark() needs two colours (in "${value}")`);
    return scheme === 'light' ? light : dark;
  });
}

/**
 * The specificity of a simple selector as [ids, classes + attributes + pseudo-classes, types]. Enough for the
 * selectors theme.css uses on SVG: classes, types, attributes, descendants and :not() (which counts as its argument).
 */
export function specificity(selector: string): [number, number, number] {
  let ids = 0;
  let classes = 0;
  let types = 0;
  const withoutNot = replaceCalls(selector, ':not', (args) => {
    const [a, b, c] = specificity(args);
    ids += a;
    classes += b;
    types += c;
    return ' ';
  });
  const withoutAttributes = withoutNot.replace(/\[[^\]]*\]/g, () => {
    classes++;
    return ' ';
  });
  for (const token of withoutAttributes.match(/::?[-\w]+|[#.][-\w]+|[a-zA-Z][-\w]*/g) ?? []) {
    if (token.startsWith('#')) ids++;
    else if (token.startsWith('::')) types++;
    else if (token.startsWith('.') || token.startsWith(':')) classes++;
    else types++;
  }
  return [ids, classes, types];
}

export function compareSpecificity(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** `color: red; fill: var(--x, #fff)` → { color: 'red', fill: 'var(--x, #fff)' }; later declarations win. */
export function parseDeclarations(text: string): Record<string, string> {
  const declarations: Record<string, string> = {};
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!important/i, '')
      .trim();
    if (property && value) declarations[property] = value;
  }
  return declarations;
}
