import { describe, expect, it } from 'vitest';
import { chordSpec, timelineSpec } from '../../../src/elements/metadata';
import { AttributeValueError, parseAttribute } from '../../../src/elements/parse-attribute';

const spec = (name: string, element = timelineSpec) => {
  const found = element.attributes.find((attribute) => attribute.name === name);
  if (!found) throw new Error(`no attribute ${name}`);
  return found;
};

describe('parseAttribute', () => {
  it('reads words of an enum, and names the attribute, the value and the words otherwise', () => {
    expect(parseAttribute(spec('lane'), 'person')).toBe('person');
    expect(parseAttribute(spec('lane'), ' kind ')).toBe('kind');
    expect(() => parseAttribute(spec('lane'), 'persons')).toThrow(
      'invalid attribute lane="persons" (expected one of "polity-pair", "person", "kind")',
    );
    expect(() => parseAttribute(spec('table', chordSpec), 'none')).toThrow(AttributeValueError);
    expect(parseAttribute(spec('table'), 'none')).toBe('none');
  });

  it('reads a boolean attribute by its presence, as HTML does', () => {
    expect(parseAttribute(spec('brush'), '')).toBe(true);
    expect(parseAttribute(spec('brush'), 'brush')).toBe(true);
    expect(parseAttribute(spec('brush'), null)).toBe(false);
  });

  it('reads numbers, refusing text and empty values', () => {
    expect(parseAttribute(spec('threshold', chordSpec), '0.05')).toBe(0.05);
    expect(() => parseAttribute(spec('threshold', chordSpec), 'lots')).toThrow('(expected a number)');
    expect(() => parseAttribute(spec('threshold', chordSpec), '')).toThrow(AttributeValueError);
  });

  it('reads sizes as positive pixels or their words', () => {
    expect(parseAttribute(spec('height'), '420')).toBe(420);
    expect(parseAttribute(spec('height'), 'auto')).toBe('auto');
    expect(() => parseAttribute(spec('height'), '0')).toThrow('expected a positive number of pixels or "auto"');
    expect(() => parseAttribute(spec('height', chordSpec), 'auto')).toThrow(
      'invalid attribute height="auto" (expected a positive number of pixels)',
    );
  });

  it('passes text on, and an absent attribute as "not given"', () => {
    expect(parseAttribute(spec('from'), '1938-01')).toBe('1938-01');
    expect(parseAttribute(spec('title'), '')).toBe('');
    expect(parseAttribute(spec('lane'), null)).toBeUndefined();
  });
});
