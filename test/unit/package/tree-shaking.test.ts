// What a consumer's bundler keeps of the built package (dist/, built by npm test before the tests): importing one
// chart alone must not bring in the other chart or the dataset. Bundled with Rollup and minified, as a site would.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { describe, expect, it } from 'vitest';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../dist');

/** The minified code of a consumer whose only module is `source` (d3 left external, as the package leaves it). */
async function bundle(source: string): Promise<string> {
  const entry = '\0consumer';
  const build = await rollup({
    input: entry,
    external: (id) => /^d3-/.test(id),
    plugins: [
      { name: 'consumer', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? source : null) },
      nodeResolve(),
    ],
  });
  const { output } = await build.generate({ format: 'es', plugins: [terser()] });
  await build.close();
  return output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
}

// Strings only the dataset, the timeline or the chord contain, which minifying keeps.
const fromDataset = 'karsky-ataturk-1937-06-01';
const fromTimeline = 'stc-timeline__lane-marks';
const fromChord = 'stc-chord__ribbons';

describe('a consumer importing one chart', () => {
  it('soviet-turkish-contacts/chord: the chord, without the timeline or the dataset', async () => {
    const code = await bundle(`export { createChord } from '${dist}/chord.js';`);
    expect(code).toContain(fromChord);
    expect(code).not.toContain(fromTimeline);
    expect(code).not.toContain(fromDataset);
  }, 60_000);

  it('soviet-turkish-contacts/timeline: the timeline, without the chord or the dataset', async () => {
    const code = await bundle(`export { createTimeline } from '${dist}/timeline.js';`);
    expect(code).toContain(fromTimeline);
    expect(code).not.toContain(fromChord);
    expect(code).not.toContain(fromDataset);
  }, 60_000);

  it('the main entry: createChord alone brings the dataset (its default) but not the timeline', async () => {
    const code = await bundle(`export { createChord } from '${dist}/index.js';`);
    expect(code).toContain(fromDataset);
    expect(code).not.toContain(fromTimeline);
  }, 60_000);
});
