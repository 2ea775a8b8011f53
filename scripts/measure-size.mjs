// What a page pays for each part of the package, in bytes after `gzip -9`: the bundles a site's build would make of
// the built package (dist/), minified with terser. Used by `npm run size` (a table) and by the size test in
// `npm test` (test/unit/package/size.test.ts), which holds each figure to its limit in size-budgets.json.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const dist = path.join(root, 'dist');

/** The budgets and limits, from size-budgets.json (documented there). */
export const budgets = JSON.parse(readFileSync(path.join(root, 'size-budgets.json'), 'utf8')).bundles;

/**
 * The bundled dataset's chunk of dist/, which the script-tag measure leaves out. Found by what it exports, so a
 * stale file of an older build (if dist/ was not cleaned) cannot be taken for it.
 */
function datasetChunk() {
  const chunks = path.join(dist, 'chunks');
  const data = readFileSync(path.join(dist, 'data.js'), 'utf8');
  const name = readdirSync(chunks).find((file) => /^dataset-.*\.js$/.test(file) && data.includes(`/${file}'`));
  if (!name) throw new Error('no dataset chunk imported by dist/data.js: run `npm run build` first');
  return path.join(chunks, name);
}

/** A plugin that replaces the dataset's chunk by an empty one exporting the same name. */
function withoutDataset() {
  const file = datasetChunk();
  return {
    name: 'without-dataset',
    load(id) {
      if (id !== file) return null;
      const exported = /export \{ dataset as (\w+) \};/.exec(readFileSync(file, 'utf8'));
      if (!exported) throw new Error(`${file} no longer exports \`dataset as …\`: update scripts/measure-size.mjs`);
      return `const dataset = undefined;\nexport { dataset as ${exported[1]} };\n`;
    },
  };
}

/**
 * Bundles `source` (a module importing from dist/) as a site would: Rollup, terser, d3 external or inlined.
 * Returns the minified code.
 */
async function bundle(source, { d3 = 'external', format = 'es', plugins = [] } = {}) {
  const entry = '\0size-entry';
  const build = await rollup({
    input: entry,
    external: d3 === 'external' ? (id) => /^d3-/.test(id) : undefined,
    onwarn: (warning, warn) => (warning.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(warning)),
    plugins: [
      { name: 'entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? source : null) },
      ...plugins,
      nodeResolve(),
    ],
  });
  const { output } = await build.generate({
    format,
    name: 'SovietTurkishContacts',
    inlineDynamicImports: format === 'iife',
    plugins: [terser()],
  });
  await build.close();
  return initialCode(output);
}

/**
 * The code a page loads before anything is used: the entry chunk and the chunks it imports statically. Chunks only
 * reached by a dynamic import (the export code, loaded on the first export) are left out.
 */
function initialCode(output) {
  const chunks = new Map(output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const loaded = new Set();
  const visit = (chunk) => {
    if (loaded.has(chunk)) return;
    loaded.add(chunk);
    for (const name of chunk.imports) if (chunks.has(name)) visit(chunks.get(name));
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk);
  return [...loaded].map((chunk) => chunk.code).join('\n');
}

const measures = {
  timeline: () => bundle(`export { createTimeline } from '${dist}/timeline.js';`),
  chord: () => bundle(`export { createChord } from '${dist}/chord.js';`),
  dataset: () => bundle(`export { dataset } from '${dist}/data.js';`),
  'script-tag': () =>
    bundle(`export * from '${dist}/index.js';\nexport * from '${dist}/elements.js';`, {
      d3: 'inlined',
      format: 'iife',
      plugins: [withoutDataset()],
    }),
};

/** Each bundle's minified and gzip -9 size in bytes, with its budget and limit. */
export async function measureSizes() {
  const results = [];
  for (const [name, build] of Object.entries(measures)) {
    const budget = budgets[name];
    if (!budget) throw new Error(`size-budgets.json has no entry for "${name}"`);
    const code = await build();
    results.push({ name, ...budget, minified: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length });
  }
  return results;
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** The results as a Markdown table. */
export function sizeTable(results) {
  const rows = results.map(({ name, what, minified, gzip, budget, limit }) => {
    const verdict = gzip <= budget ? 'within budget' : `${kB(gzip - budget)} over budget`;
    return `| ${name} | ${what} | ${kB(minified)} | **${kB(gzip)}** | ${kB(budget)} | ${kB(limit)} | ${verdict} |`;
  });
  return [
    '| bundle | what | minified | gzip -9 | budget | limit (test) | |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = await measureSizes();
  console.log(sizeTable(results));
  const overLimit = results.filter(({ gzip, limit }) => gzip > limit);
  for (const { name, gzip, limit } of overLimit)
    console.error(`${name}: ${kB(gzip)} is over its limit of ${kB(limit)}`);
  process.exitCode = overLimit.length ? 1 : 0;
}
