import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContactKind } from '../../../src/data/types';
import {
  contactKinds,
  isContactKind,
  kindStyle,
  type MarkShape,
  markShapes,
  type PaletteColor,
  polityColor,
  polityColors,
  polityFallbackColors,
  shapePath,
} from '../../../src/shared/palette';
import { contrastRatio } from './contrast';

const themeCss = readFileSync(new URL('../../../src/shared/theme.css', import.meta.url), 'utf8');

/** The light and dark values theme.css declares for a custom property as light-dark(light, dark). */
function themeColor(property: string): { light: string; dark: string } {
  const pattern = new RegExp(`${property}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i');
  const match = pattern.exec(themeCss);
  if (!match) throw new Error(`theme.css declares no ${property}: light-dark(#rrggbb, #rrggbb)`);
  return { light: (match[1] as string).toLowerCase(), dark: (match[2] as string).toLowerCase() };
}

const background = themeColor('--stc-color-background');
const allPolityColors: PaletteColor[] = [polityColor('ussr'), polityColor('turkey'), ...polityFallbackColors];
const allKindColors = contactKinds.map((kind) => kindStyle(kind).color);

describe('kindStyle', () => {
  it('gives every contact kind its own colour and its own shape', () => {
    const styles = contactKinds.map(kindStyle);
    expect(styles.map((s) => s.kind)).toEqual(['meeting', 'talks', 'telegram', 'letter', 'message']);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(contactKinds.length);
    expect(new Set(styles.map((s) => s.color.light)).size).toBe(contactKinds.length);
    expect(new Set(styles.map((s) => s.color.dark)).size).toBe(contactKinds.length);
    for (const style of styles) expect(markShapes).toContain(style.shape);
  });

  it('names the theme property and class of the kind, with the light colour as fallback', () => {
    expect(kindStyle('meeting')).toMatchObject({
      shape: 'circle',
      className: 'stc-kind--meeting',
      color: { property: '--stc-kind-meeting', light: '#0072b2', value: 'var(--stc-kind-meeting, #0072b2)' },
    });
  });

  it('rejects an unknown kind, listing the kinds', () => {
    expect(() => kindStyle('call' as ContactKind)).toThrow(
      'kindStyle: unknown contact kind "call" (expected "meeting", "talks", "telegram", "letter" or "message")',
    );
    expect(() => kindStyle('toString' as ContactKind)).toThrow(RangeError);
    expect(isContactKind('letter')).toBe(true);
    expect(isContactKind('constructor')).toBe(false);
  });
});

describe('polityColor', () => {
  it('gives the USSR and Turkey fixed, different colours whatever the index', () => {
    expect(polityColor('ussr', 3)).toBe(polityColor('ussr'));
    expect(polityColor('turkey', 0).property).toBe('--stc-polity-turkey');
    expect(polityColor('ussr').light).not.toBe(polityColor('turkey').light);
  });

  it('takes other polities from the fallback sequence by index, cycling', () => {
    expect(polityColor('bulgaria', 0)).toBe(polityFallbackColors[0]);
    expect(polityColor('poland', 2).property).toBe('--stc-polity-other-3');
    expect(polityColor('greece', polityFallbackColors.length + 1)).toBe(polityFallbackColors[1]);
  });

  it('is deterministic by key without an index', () => {
    const keys = ['bulgaria', 'romania', 'poland', 'france', 'greece', 'yugoslavia', 'iran'];
    const first = keys.map((k) => polityColor(k).property);
    expect(keys.map((k) => polityColor(k).property)).toEqual(first);
    // The hash spreads keys over the sequence rather than sending all to one colour.
    expect(new Set(first).size).toBeGreaterThan(2);
    expect(polityColor('constructor')).toBeDefined();
  });

  it('rejects an index that is not a whole number ≥ 0', () => {
    expect(() => polityColor('poland', -1)).toThrow(
      'polityColor: invalid index -1 for "poland" (expected an integer ≥ 0)',
    );
    expect(() => polityColor('poland', 1.5)).toThrow(RangeError);
  });

  it('polityColors gives the dataset’s seven polities seven different colours, stable under filtering', () => {
    const all = ['ussr', 'turkey', 'bulgaria', 'romania', 'poland', 'france', 'greece'];
    const colors = polityColors(all);
    expect(new Set([...colors.values()].map((c) => c.light)).size).toBe(7);
    expect(colors.get('ussr')).toBe(polityColor('ussr'));
    expect(colors.get('bulgaria')).toBe(polityFallbackColors[0]);
    expect(colors.get('greece')).toBe(polityFallbackColors[4]);
  });
});

describe('theme.css', () => {
  it('declares the same colours as palette.ts', () => {
    for (const color of [...allKindColors, ...allPolityColors]) {
      expect(themeColor(color.property), color.property).toEqual({ light: color.light, dark: color.dark });
    }
  });

  it('has a class per kind that sets color from the kind’s property', () => {
    for (const kind of contactKinds) {
      const { className, color } = kindStyle(kind);
      expect(themeCss).toMatch(new RegExp(`\\.${className} \\{\\s*color: var\\(${color.property}\\);`));
    }
  });

  it('keeps every kind and polity colour at 3:1 or more against the background, dark and light', () => {
    expect(background).toEqual({ light: '#ffffff', dark: '#16161a' });
    for (const color of [...allKindColors, ...allPolityColors]) {
      expect(contrastRatio(color.dark, background.dark), `${color.property} dark`).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(color.light, background.light), `${color.property} light`).toBeGreaterThanOrEqual(3);
    }
  });

  it('the contrast check can fail: raw Okabe–Ito orange and yellow are below 3:1 on white', () => {
    expect(contrastRatio('#e69f00', '#ffffff')).toBeLessThan(3);
    expect(contrastRatio('#f0e442', '#ffffff')).toBeLessThan(3);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});

/** Parses the commands shapePath writes (M, L, A, Z with comma-separated numbers). */
function parsePath(d: string): { command: string; numbers: number[] }[] {
  expect(d).toMatch(/^(?:[MLA][-\d.,e]+|Z)+$/);
  return Array.from(d.matchAll(/([MLAZ])([^MLAZ]*)/g), (m) => ({
    command: m[1] as string,
    numbers: (m[2] as string).length > 0 ? (m[2] as string).split(',').map(Number) : [],
  }));
}

/** The polygon's vertices (every command but arcs). */
function vertices(d: string): [number, number][] {
  return parsePath(d)
    .filter((c) => c.command === 'M' || c.command === 'L')
    .map((c) => [c.numbers[0] as number, c.numbers[1] as number]);
}

function polygonArea(points: [number, number][]): number {
  let twice = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i] as [number, number];
    const [x2, y2] = points[(i + 1) % points.length] as [number, number];
    twice += x1 * y2 - x2 * y1;
  }
  return Math.abs(twice) / 2;
}

describe('shapePath', () => {
  const arity: Record<string, number> = { M: 2, L: 2, A: 7, Z: 0 };

  it.each(markShapes.map((s) => [s]))('draws a closed %s inside the size × size box, every number finite', (shape) => {
    for (const size of [1, 9, 14.5, 40]) {
      const d = shapePath(shape as MarkShape, size);
      const commands = parsePath(d);
      expect(commands[0]?.command).toBe('M');
      expect(commands.at(-1)?.command).toBe('Z');
      for (const { command, numbers } of commands) {
        expect(numbers).toHaveLength(arity[command] as number);
        for (const value of numbers) expect(Number.isFinite(value)).toBe(true);
        const [x, y] = command === 'A' ? numbers.slice(5) : numbers;
        if (x !== undefined) expect(Math.abs(x)).toBeLessThanOrEqual(size / 2 + 1e-9);
        if (y !== undefined) expect(Math.abs(y)).toBeLessThanOrEqual(size / 2 + 1e-9);
      }
    }
  });

  it('draws the circle as two arcs of radius size/2', () => {
    expect(shapePath('circle', 10)).toBe('M5,0A5,5,0,1,1,-5,0A5,5,0,1,1,5,0Z');
  });

  it('draws five different outlines', () => {
    expect(new Set(markShapes.map((s) => shapePath(s, 12))).size).toBe(markShapes.length);
  });

  it('gives the square the circle’s area and the polygons sensible areas', () => {
    const size = 20;
    const circle = Math.PI * (size / 2) ** 2;
    expect(polygonArea(vertices(shapePath('square', size)))).toBeCloseTo(circle, 0);
    expect(polygonArea(vertices(shapePath('diamond', size)))).toBeCloseTo(size ** 2 / 2, 5);
    expect(polygonArea(vertices(shapePath('triangle', size)))).toBeCloseTo((Math.sqrt(3) / 4) * size ** 2, 1);
    expect(polygonArea(vertices(shapePath('cross', size)))).toBeCloseTo((5 / 9) * size ** 2, 1);
  });

  it('writes no "-0" and at most three decimals', () => {
    for (const shape of markShapes) {
      const d = shapePath(shape, 7);
      expect(d).not.toMatch(/-0(?![.\d])/);
      expect(d).not.toMatch(/\.\d{4}/);
    }
  });

  it('rejects a size that is not a positive finite number, and an unknown shape', () => {
    expect(() => shapePath('circle', 0)).toThrow('shapePath: invalid size 0 (expected a finite number > 0)');
    expect(() => shapePath('circle', Number.NaN)).toThrow(RangeError);
    expect(() => shapePath('star' as MarkShape, 4)).toThrow(
      'shapePath: unknown shape "star" (expected one of "circle"',
    );
  });
});
