// Runs every TypeScript example in README.md and checks what it prints against its `// →` comments, so the README
// cannot drift from the code. Imports of 'soviet-turkish-contacts/…' resolve to src/ (vitest.config.ts aliases).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match, index) => ({
  index,
  code: match[1] as string,
}));
const tmp = new URL('../.tmp/', import.meta.url);

/** The printed values each example promises, in order: `console.log(x); // → value`. */
function expectedOutput(code: string): string[] {
  return [...code.matchAll(/\/\/ → (.*)$/gm)].map((match) => (match[1] as string).trim());
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

describe('README examples', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has examples that promise output', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
    expect(examples.every((example) => expectedOutput(example.code).length > 0)).toBe(true);
  });

  it.each(examples)(
    'example $index prints what it says',
    async ({ index, code }) => {
      mkdirSync(tmp, { recursive: true });
      const file = new URL(`readme-example-${index}.ts`, tmp);
      writeFileSync(file, code);
      const printed: string[] = [];
      vi.spyOn(console, 'log').mockImplementation((...values: unknown[]) => {
        printed.push(values.map(show).join(' '));
      });
      await import(/* @vite-ignore */ file.href);
      expect(printed).toEqual(expectedOutput(code));
      // Each example is transformed and imported inside the test, which on 2 busy cores can take seconds.
    },
    30_000,
  );
});
