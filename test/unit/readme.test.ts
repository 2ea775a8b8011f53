// @vitest-environment jsdom
// Runs every TypeScript example in README.md and checks what it prints against its `// →` comments, so the README
// cannot drift from the code. Imports of 'soviet-turkish-contacts/…' resolve to src/ (vitest.config.ts aliases).
// The examples run in jsdom, with a `#chart` element in the page, so that the timeline's examples run as written.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Paths, not URL objects: under jsdom, `URL` is jsdom's, which node:fs does not accept.
const here = path.dirname(fileURLToPath(import.meta.url));
const readme = readFileSync(path.join(here, '../../README.md'), 'utf8');
const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match, index) => ({
  index,
  code: match[1] as string,
}));
const tmp = path.join(here, '../.tmp');

/** The printed values each example promises, in order: `console.log(x); // → value`. */
function expectedOutput(code: string): string[] {
  return [...code.matchAll(/\/\/ → (.*)$/gm)].map((match) => (match[1] as string).trim());
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

describe('README examples', () => {
  beforeEach(() => {
    const chart = document.createElement('div');
    chart.id = 'chart';
    document.body.append(chart);
    // jsdom has no 2D canvas (it logs "Not implemented"); the timeline then measures text by a fixed estimate.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('has examples that promise output', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
    expect(examples.every((example) => expectedOutput(example.code).length > 0)).toBe(true);
  });

  it.each(examples)(
    'example $index prints what it says',
    async ({ index, code }) => {
      mkdirSync(tmp, { recursive: true });
      const file = path.join(tmp, `readme-example-${index}.ts`);
      writeFileSync(file, code);
      const printed: string[] = [];
      vi.spyOn(console, 'log').mockImplementation((...values: unknown[]) => {
        printed.push(values.map(show).join(' '));
      });
      await import(/* @vite-ignore */ pathToFileURL(file).href);
      expect(printed).toEqual(expectedOutput(code));
      // An example that draws a chart also removes it (destroy()), as the README tells users to.
      expect(document.querySelector('#chart')?.childElementCount).toBe(0);
      // Each example is transformed and imported inside the test, which on 2 busy cores can take seconds.
    },
    30_000,
  );
});
