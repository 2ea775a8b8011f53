// Checks: small composable validators of one value, and the combinators that build records and unions from them.
import { at, describe, propertyName, quoted, type Report } from './messages';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface Check {
  /** What a valid value is, as a message would say it: "a non-empty string". */
  readonly expected: string;
  /** Whether the value has the right JSON type; if not, the message is `expected <expected>, got <value>`. */
  readonly isType: (value: unknown) => boolean;
  /** Further checks, called only with a value `isType` accepted. */
  readonly refine: (value: unknown, path: string, report: Report) => void;
}

export function makeCheck<T>(
  expected: string,
  isType: (value: unknown) => value is T,
  refine: (value: T, path: string, report: Report) => void = () => {},
): Check {
  // The cast is safe: runCheck calls refine only after isType has accepted the value.
  return { expected, isType, refine: (value, path, report) => refine(value as T, path, report) };
}

export function runCheck(check: Check, value: unknown, path: string, report: Report): void {
  if (!check.isType(value)) report(path, `expected ${check.expected}, got ${describe(value)}`);
  else check.refine(value, path, report);
}

export const isString = (value: unknown): value is string => typeof value === 'string';

/** Any string, even empty or blank (a correction may remove text). */
export const anyString = makeCheck('a string', isString);

export const text = makeCheck('a non-empty string', isString, (value, path, report) => {
  if (value.trim() === '') report(path, `expected a non-empty string, got ${quoted(value)}`);
});

export function matching(expected: string, pattern: RegExp, noun: string, hint: string): Check {
  return makeCheck(expected, isString, (value, path, report) => {
    if (!pattern.test(value)) report(path, `invalid ${noun} ${quoted(value)} (expected ${hint})`);
  });
}

export const nonNegativeInteger = makeCheck(
  'a non-negative integer',
  (value): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0,
);

export function oneOf<const T extends string>(values: readonly T[]): Check {
  const list = values.join(', ');
  return makeCheck(`one of ${list}`, isString, (value, path, report) => {
    if (!(values as readonly string[]).includes(value)) {
      report(path, `invalid ${propertyName(path)} ${quoted(value)} (expected one of ${list})`);
    }
  });
}

export function literal(constant: string): Check {
  return makeCheck(JSON.stringify(constant), isString, (value, path, report) => {
    if (value !== constant) report(path, `invalid ${propertyName(path)} ${quoted(value)} (expected "${constant}")`);
  });
}

export function nullable(check: Check): Check {
  return {
    expected: `${check.expected} or null`,
    isType: (value) => value === null || check.isType(value),
    refine: (value, path, report) => {
      if (value !== null) check.refine(value, path, report);
    },
  };
}

interface ListOptions {
  /** The fewest items allowed. */
  readonly min?: number;
  /** Whether an item (a string) may appear only once. */
  readonly unique?: boolean;
}

/** An array whose items pass `item`; `items` names them in messages ("person ids"). */
export function listOf(items: string, item: Check, { min = 0, unique = false }: ListOptions = {}): Check {
  const expected =
    min === 0
      ? `an array of ${items}`
      : min === 1
        ? `a non-empty array of ${items}`
        : `an array of at least ${min} ${items}`;
  return makeCheck(expected, Array.isArray, (value, path, report) => {
    if (value.length < min) report(path, `too few items: expected ${expected}, got ${value.length}`);
    const firstIndex = new Map<unknown, number>();
    value.forEach((entry: unknown, index) => {
      runCheck(item, entry, at(path, index), report);
      if (!unique || typeof entry !== 'string') return;
      const first = firstIndex.get(entry);
      if (first === undefined) firstIndex.set(entry, index);
      else report(at(path, index), `duplicate ${quoted(entry)} (already at ${at(path, first)})`);
    });
  });
}

export interface FieldSpec<Optional extends boolean = boolean> {
  readonly check: Check;
  readonly optional: Optional;
}

export const required = (check: Check): FieldSpec<false> => ({ check, optional: false });
export const optional = (check: Check): FieldSpec<true> => ({ check, optional: true });

type IsOptional<T, K extends keyof T> = Partial<Pick<T, K>> extends Pick<T, K> ? true : false;

/**
 * A field table lists every key of `T` (a missing or extra key is a type error) and marks exactly the optional ones
 * as `optional`, so the table cannot drift from the interface.
 */
export type FieldTable<T> = { readonly [K in keyof T]-?: FieldSpec<IsOptional<T, K>> };

/** An object with exactly the fields of `table`: missing required fields and unknown properties are both reported. */
export function recordOf(expected: string, table: Readonly<Record<string, FieldSpec>>): Check {
  const known = Object.keys(table);
  return makeCheck(expected, isPlainObject, (value, path, report) => {
    for (const key of known) {
      const spec = table[key] as FieldSpec;
      if (Object.hasOwn(value, key)) runCheck(spec.check, value[key], at(path, key), report);
      else if (!spec.optional) report(at(path, key), `missing (expected ${spec.check.expected})`);
    }
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(table, key)) report(at(path, key), `unknown property (expected only ${known.join(', ')})`);
    }
  });
}

/** A union told apart by the string at `tag` (`kind`, `from`), each variant with its own field table. */
export function taggedUnion(expected: string, tag: string, variants: Readonly<Record<string, Check>>): Check {
  const tags = Object.keys(variants);
  return makeCheck(expected, isPlainObject, (value, path, report) => {
    const variant = typeof value[tag] === 'string' ? variants[value[tag]] : undefined;
    if (variant !== undefined) return runCheck(variant, value, path, report);
    if (!Object.hasOwn(value, tag)) report(at(path, tag), `missing (expected one of ${tags.join(', ')})`);
    else runCheck(oneOf(tags), value[tag], at(path, tag), report);
  });
}
