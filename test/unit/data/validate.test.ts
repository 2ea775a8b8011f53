import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { DatasetError, type DatasetIssue, validateDataset } from '../../../src/data/validate';
import { validDataset } from '../../fixtures/datasets/valid';
import {
  apply,
  type Edit,
  type MalformedCase,
  semanticCases,
  set,
  structuralCases,
  threeProblems,
} from './malformed-cases';

/** The issues validateDataset reports for an input, or [] when it accepts it. */
function issuesOf(input: unknown): readonly DatasetIssue[] {
  try {
    validateDataset(input);
    return [];
  } catch (error) {
    if (error instanceof DatasetError) return error.issues;
    throw error;
  }
}

function expectIssue(edit: Edit, { path, message }: Pick<MalformedCase, 'path' | 'message'>): void {
  const issues = issuesOf(apply(edit));
  const atPath = issues.filter((issue) => issue.path === path);
  expect(
    atPath.map((issue) => issue.message),
    `issues: ${JSON.stringify(issues, null, 1)}`,
  ).toContainEqual(expect.stringContaining(message));
}

describe('validateDataset', () => {
  it('accepts the valid fixture and returns the same object', () => {
    const input = validDataset();
    expect(validateDataset(input)).toBe(input);
  });

  it('is given enough structural and semantic cases', () => {
    expect(new Set(structuralCases.map((c) => c.name)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(semanticCases.map((c) => c.name)).size).toBeGreaterThanOrEqual(10);
  });

  describe('rejects structural malformations', () => {
    it.each(structuralCases)('$name → $path', (malformed) => {
      expectIssue(malformed.edit, malformed);
    });
  });

  describe('rejects semantic malformations', () => {
    it.each(semanticCases)('$name → $path', (malformed) => {
      expectIssue(malformed.edit, malformed);
    });
  });

  it('reports every problem at once, each once', () => {
    const issues = issuesOf(apply(threeProblems.edit));
    expect(issues.map((issue) => issue.path).sort()).toEqual([...threeProblems.paths].sort());
  });

  it('does not report the consequences of a malformed record as further problems', () => {
    // Karsky's record is broken, but contacts naming him must not then report him as an unknown person.
    const issues = issuesOf(apply(set('people[0].kind', 'diplomat')));
    expect(issues).toEqual([
      { path: 'people[0].kind', message: 'invalid kind "diplomat" (expected one of person, office, group)' },
    ]);
  });

  it('does not check references into a collection that is not an array', () => {
    const issues = issuesOf(apply(set('people', {})));
    expect(issues).toEqual([{ path: 'people', message: 'expected an array of people, got an object' }]);
  });

  it('names the expected field list for an unknown property', () => {
    const issues = issuesOf(apply(set('meta.editor', 'x')));
    expect(issues).toEqual([
      {
        path: 'meta.editor',
        message: 'unknown property (expected only title, version, citation, license, collection)',
      },
    ]);
  });

  it('quotes property names that are not identifiers in paths', () => {
    const issues = issuesOf(apply(set('meta.collection', { title: 'x', url: 'https://example.org/', 'a b': 1 })));
    expect(issues.map((issue) => issue.path)).toEqual(['meta.collection["a b"]']);
  });

  it('accepts a date written to month or year precision in every form', () => {
    const input = apply(set('contacts[1].date', { from: '1937-05', to: '1937', basis: 'inferred' }));
    expect(issuesOf(input)).toEqual([]);
  });
});

describe('DatasetError', () => {
  it('lists the count and each issue with its path, one per line', () => {
    expect(() => validateDataset(apply(threeProblems.edit))).toThrow(DatasetError);
    const error = (() => {
      try {
        validateDataset(apply(threeProblems.edit));
      } catch (caught) {
        return caught as DatasetError;
      }
      throw new Error('expected a DatasetError');
    })();
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('Invalid dataset: 3 issues');
    expect(lines).toContain(
      '  contacts[2].kind: invalid kind "meting" (expected one of meeting, talks, telegram, letter, message)',
    );
    expect(lines).toContain('  people[4].possibly[0].person: unknown person "litvinoff"');
    expect(lines).toHaveLength(4);
    expect(error.name).toBe('DatasetError');
    expect(Object.isFrozen(error.issues)).toBe(true);
  });

  it('shows the first issues and counts the rest when there are many', () => {
    const error = new DatasetError(Array.from({ length: 12 }, (_, i) => ({ path: `contacts[${i}]`, message: 'bad' })));
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('Invalid dataset: 12 issues');
    expect(lines).toContain('  contacts[7]: bad');
    expect(lines).not.toContain('  contacts[8]: bad');
    expect(lines.at(-1)).toBe("  … and 4 more (see the error's issues)");
    expect(error.issues).toHaveLength(12);
  });

  it('names the whole input when the problem is at the root', () => {
    expect(() => validateDataset('dataset')).toThrow(
      /^Invalid dataset: 1 issue\n {2}\(dataset\): expected the dataset/,
    );
  });
});

describe('the bundled dataset', () => {
  it('validateDataset accepts the bundled dataset', () => {
    expect(issuesOf(dataset)).toEqual([]);
  });
});
