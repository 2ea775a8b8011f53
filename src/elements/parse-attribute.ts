/**
 * An attribute's text as an option value, by its spec in metadata.ts. Pure (tested in Node). What a chart checks
 * itself (a locale, the order of from and to, a threshold's range) is passed on and refused there, with the chart's
 * own message; what only the element knows (words, numbers, booleans as text) is checked here.
 */
import type { AttributeSpec } from './metadata';

/** A refused attribute value: the message names the attribute, the value and what was expected. */
export class AttributeValueError extends TypeError {
  constructor(
    readonly attribute: string,
    readonly value: string,
    expected: string,
  ) {
    super(`invalid attribute ${attribute}=${JSON.stringify(value)} (expected ${expected})`);
    this.name = 'AttributeValueError';
  }
}

const quoted = (words: readonly string[]) => words.map((word) => `"${word}"`).join(', ');

/**
 * @param raw the attribute's text, or null when it is absent (the option is then left to its default)
 * @returns the option's value, or undefined for "not given"
 * @throws AttributeValueError
 */
export function parseAttribute(spec: AttributeSpec, raw: string | null): unknown {
  if (spec.kind === 'boolean') return raw !== null;
  if (raw === null) return undefined;
  const text = raw.trim();
  switch (spec.kind) {
    case 'enum': {
      const values = spec.values ?? [];
      if (!values.includes(text)) throw new AttributeValueError(spec.name, raw, `one of ${quoted(values)}`);
      return text;
    }
    case 'number': {
      const value = text === '' ? Number.NaN : Number(text);
      if (!Number.isFinite(value)) throw new AttributeValueError(spec.name, raw, 'a number');
      return value;
    }
    case 'size': {
      const words = spec.values ?? [];
      if (words.includes(text)) return text;
      const value = text === '' ? Number.NaN : Number(text);
      if (!(Number.isFinite(value) && value > 0)) {
        const others = words.length > 0 ? ` or ${quoted(words)}` : '';
        throw new AttributeValueError(spec.name, raw, `a positive number of pixels${others}`);
      }
      return value;
    }
    case 'string':
      return raw;
  }
}
