const maxLength = 80;

/**
 * A short, unambiguous rendering of any value for an error message: strings quoted, numbers as written (`NaN`, `-5`),
 * objects as truncated JSON. Shared by the charts' option checks and layout, so every message reads the same way.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return truncate(JSON.stringify(value));
  if (value === null || value === undefined || typeof value !== 'object') {
    if (typeof value === 'function') return 'a function';
    if (typeof value === 'symbol') return value.toString();
    return String(value);
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date ${value.toISOString()}`;
  try {
    return truncate(JSON.stringify(value) ?? String(value));
  } catch {
    // Cyclic structures and BigInt members cannot be stringified.
    return Object.prototype.toString.call(value);
  }
}

function truncate(text: string): string {
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
