// The report callback, and the paths and value descriptions that issue messages are written with.

export type Report = (path: string, message: string) => void;

const identifierPattern = /^[A-Za-z_$][\w$]*$/;

/** The path of a property or item of the value at `path`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!identifierPattern.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** The name of the property a path ends in (`contacts[2].kind` → `kind`), for messages like `invalid kind "x"`. */
export function propertyName(path: string): string {
  return /([A-Za-z_$][\w$]*)(?:\[\d+\])*$/.exec(path)?.[1] ?? 'value';
}

export function quoted(text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return JSON.stringify(shown);
}

/** A short description of what was found, for `expected …, got …`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return quoted(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}
