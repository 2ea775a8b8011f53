/**
 * The colours and mark shapes both charts use.
 *
 * Colours come from the Okabe–Ito palette (Masataka Okabe and Kei Ito, "Color Universal Design: how to make figures and
 * presentations that are friendly to colorblind people", J*FLY, 2002/2008; https://jfly.uni-koeln.de/color/), eight
 * colours chosen to stay distinguishable under protanopia, deuteranopia and tritanopia. Where an Okabe–Ito colour falls
 * below 3:1 against a background (WCAG 2.2 SC 1.4.11, non-text contrast) it is darkened (light scheme) or swapped for
 * its lighter Okabe–Ito neighbour (dark scheme), keeping the hue. A test checks every pair against theme.css's
 * --stc-color-background, and that theme.css declares the same values as this file.
 *
 * Colour never carries a contact's kind alone: each kind also has its own shape (SC 1.4.1, use of colour).
 */

import type { ContactKind } from '../data/types';

/** One palette colour, for each colour scheme, and the theme.css custom property that holds it. */
export interface PaletteColor {
  /** On the light background. */
  readonly light: string;
  /** On the dark background. */
  readonly dark: string;
  /** The custom property theme.css declares as `light-dark(light, dark)`, e.g. `--stc-kind-meeting`. */
  readonly property: string;
  /**
   * A CSS value that follows the theme: `var(--stc-kind-meeting, #0072b2)` (the light colour when theme.css is not
   * loaded). Set it through the CSSOM (`element.style.setProperty('fill', value)`), which a strict CSP allows.
   */
  readonly value: string;
}

export type MarkShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'cross';

export interface KindStyle {
  readonly kind: ContactKind;
  readonly shape: MarkShape;
  readonly color: PaletteColor;
  /** Sets `color` to the kind's colour (theme.css): draw the mark with `fill="currentColor"`. */
  readonly className: string;
}

function paletteColor(property: string, light: string, dark: string): PaletteColor {
  return Object.freeze({ light, dark, property, value: `var(${property}, ${light})` });
}

// The Okabe–Ito colours used here, with the variants that keep 3:1 on both backgrounds.
const blue = { light: '#0072b2', dark: '#56b4e9' }; // blue; sky blue on dark (blue is only 3.5:1 there)
const vermillion = { light: '#d55e00', dark: '#d55e00' };
const bluishGreen = { light: '#009e73', dark: '#009e73' };
const reddishPurple = { light: '#cc79a7', dark: '#cc79a7' };
const orange = { light: '#bd8200', dark: '#e69f00' }; // #e69f00 is 2.3:1 on white: darkened to 3.3:1
const yellow = { light: '#97902a', dark: '#f0e442' }; // #f0e442 is 1.3:1 on white: darkened to 3.3:1
const grey = { light: '#6e6e78', dark: '#9a9aa6' }; // not Okabe–Ito: the neutral for "other"

/** Every contact kind, in legend order. */
export const contactKinds: readonly ContactKind[] = Object.freeze([
  'meeting',
  'talks',
  'telegram',
  'letter',
  'message',
]);

function kindStyleOf(kind: ContactKind, shape: MarkShape, colors: { light: string; dark: string }): KindStyle {
  return Object.freeze({
    kind,
    shape,
    color: paletteColor(`--stc-kind-${kind}`, colors.light, colors.dark),
    className: `stc-kind--${kind}`,
  });
}

const kindStyles: Readonly<Record<ContactKind, KindStyle>> = Object.freeze({
  meeting: kindStyleOf('meeting', 'circle', blue),
  talks: kindStyleOf('talks', 'square', vermillion),
  telegram: kindStyleOf('telegram', 'diamond', bluishGreen),
  letter: kindStyleOf('letter', 'triangle', reddishPurple),
  message: kindStyleOf('message', 'cross', orange),
});

export function isContactKind(value: unknown): value is ContactKind {
  return typeof value === 'string' && Object.hasOwn(kindStyles, value);
}

/** The colour, shape and class of a contact kind. Throws for anything that is not a contact kind. */
export function kindStyle(kind: ContactKind): KindStyle {
  if (!isContactKind(kind)) {
    const expected = contactKinds.map((k) => `"${k}"`);
    throw new RangeError(
      `kindStyle: unknown contact kind ${JSON.stringify(kind)} (expected ${expected.slice(0, -1).join(', ')} or ${expected.at(-1)})`,
    );
  }
  return kindStyles[kind];
}

/** Polities with a colour of their own; all others take one from `polityFallbackColors`. */
const namedPolityColors: Readonly<Record<string, PaletteColor>> = Object.freeze({
  ussr: paletteColor('--stc-polity-ussr', vermillion.light, vermillion.dark),
  turkey: paletteColor('--stc-polity-turkey', blue.light, blue.dark),
});

/** The colours other polities take in turn (`--stc-polity-other-1` …), then repeat. */
export const polityFallbackColors: readonly PaletteColor[] = Object.freeze(
  [bluishGreen, reddishPurple, orange, yellow, grey].map((c, i) =>
    paletteColor(`--stc-polity-other-${i + 1}`, c.light, c.dark),
  ),
);

/**
 * The colour of a polity: the USSR and Turkey have their own; any other polity takes the fallback colour at `index`
 * (cycling). Pass the polity's position in a stable list of all polities (e.g. `dataset.polities`), not among the
 * groups a chart happens to show, so a polity keeps its colour when a filter hides others. Without an index the
 * colour is derived from the key, the same on every call but possibly shared with another polity.
 */
export function polityColor(key: string, index?: number): PaletteColor {
  if (Object.hasOwn(namedPolityColors, key)) return namedPolityColors[key] as PaletteColor;
  if (index !== undefined && !(Number.isInteger(index) && index >= 0)) {
    throw new RangeError(`polityColor: invalid index ${index} for "${key}" (expected an integer ≥ 0)`);
  }
  const slot = index ?? stringHash(key);
  return polityFallbackColors[slot % polityFallbackColors.length] as PaletteColor;
}

/**
 * Colours for a list of polities: the named ones keep theirs, the others take the fallback colours in list order,
 * so up to five other polities never share a colour.
 */
export function polityColors(keys: readonly string[]): Map<string, PaletteColor> {
  const colors = new Map<string, PaletteColor>();
  let next = 0;
  for (const key of keys) {
    if (colors.has(key)) continue;
    colors.set(key, Object.hasOwn(namedPolityColors, key) ? polityColor(key) : polityColor(key, next++));
  }
  return colors;
}

/** FNV-1a: a small, stable string hash (the same in every engine), for colours of keys without an index. */
function stringHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

// ---- Shapes ----

export const markShapes: readonly MarkShape[] = Object.freeze(['circle', 'square', 'diamond', 'triangle', 'cross']);

/** Three decimals are far below a pixel and keep the path short and stable for snapshots. */
function n(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return String(rounded === 0 ? 0 : rounded); // never "-0"
}

type Vertices = readonly (readonly [number, number])[];

/**
 * A shape's corners, centred on (0, 0) inside a `size` × `size` box; null for the circle (radius `size / 2`). The
 * square is inset to the circle's area so neither looks heavier. One source for the SVG paths and the canvas.
 */
function shapeVertices(shape: MarkShape, size: number): Vertices | null {
  if (!(Number.isFinite(size) && size > 0)) {
    throw new RangeError(`shapePath: invalid size ${size} (expected a finite number > 0)`);
  }
  const h = size / 2;
  switch (shape) {
    case 'circle':
      return null;
    case 'square': {
      const s = h * Math.sqrt(Math.PI / 4);
      return [
        [-s, -s],
        [s, -s],
        [s, s],
        [-s, s],
      ];
    }
    case 'diamond':
      return [
        [0, -h],
        [h, 0],
        [0, h],
        [-h, 0],
      ];
    case 'triangle': {
      // Equilateral, as wide as the box, centred on the box rather than the centroid so marks align on a row.
      const half = (size * Math.sqrt(3)) / 4;
      return [
        [0, -half],
        [h, half],
        [-h, half],
      ];
    }
    case 'cross': {
      const t = size / 6; // arms a third of the box wide
      return [
        [-t, -h],
        [t, -h],
        [t, -t],
        [h, -t],
        [h, t],
        [t, t],
        [t, h],
        [-t, h],
        [-t, t],
        [-h, t],
        [-h, -t],
        [-t, -t],
      ];
    }
    default:
      throw new RangeError(
        `shapePath: unknown shape ${JSON.stringify(shape)} (expected one of ${markShapes.map((s) => `"${s}"`).join(', ')})`,
      );
  }
}

/**
 * A mark's outline as an SVG path `d`, centred on (0, 0) and inside a `size` × `size` box, so layout can treat every
 * mark as that box.
 */
export function shapePath(shape: MarkShape, size: number): string {
  const vertices = shapeVertices(shape, size);
  if (!vertices) {
    const h = n(size / 2);
    // Two half-circle arcs: one arc cannot end where it starts.
    return `M${h},0A${h},${h},0,1,1,${n(-size / 2)},0A${h},${h},0,1,1,${h},0Z`;
  }
  return `${vertices.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${n(x)},${n(y)}`).join('')}Z`;
}
