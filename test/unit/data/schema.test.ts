import { readFileSync } from 'node:fs';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { isIsoDate } from '../../../src/data/dates';
import { patterns, recordFields, validateDataset } from '../../../src/data/validate';
import { validDataset } from '../../fixtures/datasets/valid';
import { apply, parsePath, remove, semanticCases, set, structuralCases } from './malformed-cases';

interface ObjectSchema {
  type?: string;
  properties?: Record<string, unknown>;
  required?: string[];
  additionalProperties?: boolean;
  pattern?: string;
}

const schemaUrl = new URL('../../../data/schema/dataset.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8')) as {
  $schema: string;
  $id: string;
  description: string;
  $defs: Record<string, ObjectSchema>;
};
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validateWithSchema = ajv.compile(schema);

function schemaErrors(input: unknown): ErrorObject[] {
  return validateWithSchema(input) ? [] : [...(validateWithSchema.errors ?? [])];
}

function validatorAccepts(input: unknown): boolean {
  try {
    validateDataset(input);
    return true;
  } catch {
    return false;
  }
}

/** An ajv instance path (`/contacts/0/kind`) as keys (`['contacts', 0, 'kind']`). */
function instanceKeys(error: ErrorObject): (string | number)[] {
  if (error.instancePath === '') return [];
  return error.instancePath
    .slice(1)
    .split('/')
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment.replaceAll('~1', '/').replaceAll('~0', '~')));
}

function isPrefix(prefix: readonly (string | number)[], keys: readonly (string | number)[]): boolean {
  return prefix.length <= keys.length && prefix.every((key, index) => key === keys[index]);
}

describe('data/schema/dataset.schema.json', () => {
  it('is a draft 2020-12 schema with its published $id, compiled by ajv in strict mode', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://unpkg.com/soviet-turkish-contacts/data/schema/dataset.schema.json');
    expect(typeof validateWithSchema).toBe('function');
    expect(schema.description).toMatch(/cannot express/);
  });

  it('accepts the valid fixture', () => {
    expect(schemaErrors(validDataset())).toEqual([]);
  });

  describe('rejects every structural malformation, at the same place', () => {
    it.each(structuralCases)('$name → $path', ({ edit, path }) => {
      const errors = schemaErrors(apply(edit));
      expect(errors.length).toBeGreaterThan(0);
      // ajv reports a missing or unknown property on its parent object, so the path or an ancestor must match.
      const keys = parsePath(path);
      expect(
        errors.some((error) => isPrefix(instanceKeys(error), keys)),
        JSON.stringify(errors.map((error) => `${error.instancePath} ${error.message}`)),
      ).toBe(true);
    });
  });

  it('accepts what only validateDataset can check (references, quotes, derived values, date order)', () => {
    const beyondSchema = semanticCases.filter((c) => !c.path.endsWith('.direction'));
    const rejected = beyondSchema.filter((c) => schemaErrors(apply(c.edit)).length > 0).map((c) => c.name);
    expect(rejected).toEqual([]);
  });

  it('ties the direction to the kind of contact, as the validator does', () => {
    expect(schemaErrors(apply(set('contacts[0].direction', { from: ['karsky'], to: ['ataturk'] })))).not.toEqual([]);
    expect(schemaErrors(apply(set('contacts[2].direction', null)))).not.toEqual([]);
  });
});

describe('the schema, the validator and the types agree', () => {
  const defs = schema.$defs;

  it.each(Object.entries(recordFields))('$defs.%s lists the same properties and required fields', (name, fields) => {
    const def = defs[name];
    expect(def, `$defs.${name}`).toBeDefined();
    expect(def?.type).toBe('object');
    expect(def?.additionalProperties).toBe(false);
    expect(Object.keys(def?.properties ?? {}).sort()).toEqual(Object.keys(fields).sort());
    const requiredFields = Object.entries(fields)
      .filter(([, spec]) => !spec.optional)
      .map(([key]) => key);
    expect([...(def?.required ?? [])].sort()).toEqual(requiredFields.sort());
  });

  it('every object in $defs is one of the validator’s records', () => {
    const objectDefs = Object.entries(defs)
      .filter(([, def]) => def.type === 'object' || def.properties !== undefined)
      .map(([name]) => name);
    expect(objectDefs.sort()).toEqual(Object.keys(recordFields).sort());
  });

  it('uses the validator’s id and facts-reference patterns', () => {
    expect(defs.Id?.pattern).toBe(patterns.id.source);
    expect(defs.FactsRef?.pattern).toBe(patterns.factsRef.source);
    expect(defs.RecordFactsRef?.pattern).toBe(patterns.recordFacts.source);
  });

  it('its IsoDate pattern accepts exactly the real calendar dates isIsoDate accepts', () => {
    const isoPattern = new RegExp(defs.IsoDate?.pattern ?? '$^', 'u');
    for (const [date, valid] of [
      ['1937', true],
      ['1939-10', true],
      ['1937-06-01', true],
      ['1936-02-29', true],
      ['2000-02-29', true],
      ['1900-02-29', false],
      ['0000-02-29', true],
      ['0100-02-29', false],
      ['1937-02-29', false],
      ['1937-02-30', false],
      ['1937-04-31', false],
      ['1937-13', false],
      ['1937-00', false],
      ['1937-06-00', false],
      ['37-06-01', false],
      ['1937-6-1', false],
    ] as const) {
      expect([date, isoPattern.test(date)]).toEqual([date, valid]);
      expect([date, isIsoDate(date)]).toEqual([date, valid]);
    }
    const twoDigits = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    const year = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0'));
    const date = fc.oneof(
      year,
      fc.tuple(year, twoDigits).map(([y, m]) => `${y}-${m}`),
      fc.tuple(year, twoDigits, twoDigits).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc
        .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 28, max: 31 }))
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${d}`),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(fc.property(date, (value) => isoPattern.test(value) === isIsoDate(value)));
  });

  /** Every path in the fixture below the root, and whether it names an object property (which can be removed). */
  function pathsIn(value: unknown, path = ''): { path: string; leaf: unknown; isProperty: boolean }[] {
    if (typeof value !== 'object' || value === null) return [];
    const children = Array.isArray(value)
      ? value.map((leaf, index) => ({ leaf, path: `${path}[${index}]`, isProperty: false }))
      : Object.entries(value).map(([key, leaf]) => ({ leaf, path: path ? `${path}.${key}` : key, isProperty: true }));
    return children.flatMap((child) => [child, ...pathsIn(child.leaf, child.path)]);
  }

  it('removing any one property of the valid fixture is rejected by both or by neither', () => {
    const disagreements = pathsIn(validDataset())
      .filter(({ isProperty }) => isProperty)
      .map(({ path }) => {
        const input = apply(remove(path));
        return { path, schema: schemaErrors(input).length === 0, validator: validatorAccepts(input) };
      })
      .filter((result) => result.schema !== result.validator);
    expect(disagreements).toEqual([]);
  });

  it('emptying any one string of the valid fixture is rejected by both or by neither', () => {
    const disagreements = pathsIn(validDataset())
      .filter(({ leaf }) => typeof leaf === 'string')
      .map(({ path }) => {
        const input = apply(set(path, ''));
        return { path, schema: schemaErrors(input).length === 0, validator: validatorAccepts(input) };
      })
      .filter((result) => result.schema !== result.validator);
    expect(disagreements).toEqual([]);
  });
});

describe('the bundled dataset', () => {
  it('is accepted by the JSON Schema', () => {
    expect(schemaErrors(dataset)).toEqual([]);
  });
});
