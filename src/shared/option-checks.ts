/**
 * The checks every chart's options go through, so that all of them fail alike: `invalid margin.left: -4 (expected a
 * number ≥ 0)`, `unknown option: "margin.middle"`. Each returns the value it checked, typed, or throws a TypeError that
 * names the option, shows the value and says what was expected.
 */
import { describeValue } from './describe-value';

/** Space around a chart's plot, in pixels. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const marginSides = ['top', 'right', 'bottom', 'left'] as const;

export function invalidOption(name: string, value: unknown, expected: string): TypeError {
  return new TypeError(`invalid ${name}: ${describeValue(value)} (${expected})`);
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function positiveNumber(name: string, value: unknown): number {
  if (isFiniteNumber(value) && value > 0) return value;
  throw invalidOption(name, value, 'expected a positive number');
}

export function nonNegativeNumber(name: string, value: unknown): number {
  if (isFiniteNumber(value) && value >= 0) return value;
  throw invalidOption(name, value, 'expected a number ≥ 0');
}

export function positiveInteger(name: string, value: unknown): number {
  if (Number.isInteger(value) && (value as number) >= 1) return value as number;
  throw invalidOption(name, value, 'expected an integer ≥ 1');
}

export function accessor<F>(name: string, value: unknown): F {
  if (typeof value === 'function') return value as F;
  throw invalidOption(name, value, 'expected a function');
}

export function booleanOption(name: string, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  throw invalidOption(name, value, 'expected true or false');
}

/** A non-empty text, or null when not given. */
export function textOption(name: string, value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw invalidOption(name, value, 'expected a non-empty string');
}

/** An array of distinct strings (an order of keys), copied. */
export function distinctStrings(name: string, value: unknown): readonly string[] {
  if (Array.isArray(value) && value.every((key) => typeof key === 'string') && new Set(value).size === value.length) {
    return [...value];
  }
  throw invalidOption(name, value, 'expected an array of distinct strings');
}

/** A margin: one number for every side, or an object with any of the sides (the others from `defaults`). */
export function marginOption(value: unknown, defaults: Margin): Margin {
  if (typeof value === 'number') {
    const all = nonNegativeNumber('margin', value);
    return { top: all, right: all, bottom: all, left: all };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidOption('margin', value, 'expected a number or an object with top, right, bottom and left');
  }
  const sides: Record<string, unknown> = { ...value };
  for (const key of Object.keys(sides)) {
    if (!(marginSides as readonly string[]).includes(key)) throw new TypeError(`unknown option: "margin.${key}"`);
  }
  const result = { ...defaults };
  for (const side of marginSides) {
    if (sides[side] !== undefined) result[side] = nonNegativeNumber(`margin.${side}`, sides[side]);
  }
  return result;
}
