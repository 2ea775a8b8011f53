// The TypeScript examples of README.md, and how to run one: each is written to a file, imported, and what it prints
// is compared with its `// →` comments. Shared by the two README tests (one runs in jsdom, one in plain Node).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, vi } from 'vitest';

// Paths, not URL objects: under jsdom, `URL` is jsdom's, which node:fs does not accept.
const here = path.dirname(fileURLToPath(import.meta.url));
const readme = readFileSync(path.join(here, '../../../README.md'), 'utf8');
const tmp = path.join(here, '../../.tmp');

export interface ReadmeExample {
  index: number;
  code: string;
}

export const readmeExamples: ReadmeExample[] = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match, index) => ({
  index,
  code: match[1] as string,
}));

/** Whether an example is for Node (the server entry): it runs without a page. */
export const runsInNode = (example: ReadmeExample) => example.code.includes("'soviet-turkish-contacts/server'");

/** The printed values an example promises, in order: `console.log(x); // → value`. */
export function expectedOutput(code: string): string[] {
  return [...code.matchAll(/\/\/ → (.*)$/gm)].map((match) => (match[1] as string).trim());
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Runs an example and checks that it prints what its comments say. */
export async function expectPrintsWhatItSays({ index, code }: ReadmeExample): Promise<void> {
  mkdirSync(tmp, { recursive: true });
  const file = path.join(tmp, `readme-example-${index}.ts`);
  writeFileSync(file, code);
  const printed: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...values: unknown[]) => {
    printed.push(values.map(show).join(' '));
  });
  await import(/* @vite-ignore */ pathToFileURL(file).href);
  expect(printed).toEqual(expectedOutput(code));
}
