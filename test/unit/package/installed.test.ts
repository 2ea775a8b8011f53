// The package as a user gets it: `npm pack` of the built dist/ (npm test builds first), installed into a fresh project,
// then used there the ways the README shows: ESM and CommonJS imports of every entry, a type-checked TypeScript
// consumer, a consumer bundled with Rollup, and the CLI through its installed bin.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const project = path.join(repo, 'test/.tmp/installed-package');
const bin = (name: string) => path.join(repo, 'node_modules/.bin', name);

function run(command: string, args: string[], cwd = project): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });
}

beforeAll(() => {
  if (!existsSync(path.join(repo, 'dist/index.js'))) throw new Error('dist/ is not built: run npm run build first');
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', project], repo).trim().split('\n').at(-1);
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2),
  );
  // From npm's cache where it can: the dependencies are the package's own (d3, linkedom, resvg).
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', `./${tarball}`]);
}, 300_000);

// Each step starts Node, tsc or Rollup in the scratch project: seconds each, more on a cold, busy machine.
describe('the installed package', { timeout: 120_000 }, () => {
  it('imports every entry as ESM, and with require', () => {
    const esm = run('node', [
      '--input-type=module',
      '-e',
      `const main = await import('soviet-turkish-contacts');
       const data = await import('soviet-turkish-contacts/data');
       const timeline = await import('soviet-turkish-contacts/timeline');
       const chord = await import('soviet-turkish-contacts/chord');
       const server = await import('soviet-turkish-contacts/server');
       const elements = await import('soviet-turkish-contacts/elements');
       console.log(typeof main.createTimeline, typeof main.linkViews, data.dataset.contacts.length,
         typeof timeline.createTimeline, typeof chord.createChord, typeof server.renderChordSVG,
         typeof elements.defineElements);`,
    ]);
    expect(esm.trim()).toBe('function function 42 function function function function');
    const cjs = run('node', [
      '-e',
      `const { createChord } = require('soviet-turkish-contacts');
       const { contactsToCSV, dataset } = require('soviet-turkish-contacts/data');
       const { renderTimelineSVG } = require('soviet-turkish-contacts/server');
       console.log(typeof createChord, contactsToCSV(dataset).split('\\r\\n').length > 40, typeof renderTimelineSVG);`,
    ]);
    expect(cjs.trim()).toBe('function true function');
  });

  it('type-checks a TypeScript consumer of the entries, the theme and the custom elements', () => {
    writeFileSync(
      path.join(project, 'consumer.ts'),
      `import 'soviet-turkish-contacts/theme.css';
import { createTimeline, linkViews, type TimelineBrushEvent } from 'soviet-turkish-contacts';
import { createChord } from 'soviet-turkish-contacts/chord';
import { type Contact, dataset } from 'soviet-turkish-contacts/data';
import 'soviet-turkish-contacts/elements';

const timeline = createTimeline(document.body, { lane: 'person', brush: true });
const chord = createChord(document.body, { dataset, by: 'person' });
linkViews(timeline, chord);
timeline.on('brush', (event: TimelineBrushEvent<unknown>) => event.days?.from);
const element: HTMLElementTagNameMap['stc-timeline'] = document.createElement('stc-timeline');
const first: Contact | undefined = dataset.contacts[0] as Contact | undefined;
export { element, first };
`,
    );
    writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    expect(() => run(bin('tsc'), ['-p', '.'])).not.toThrow();
  });

  it('bundles with Rollup (d3 and all), the export code in a chunk of its own loaded on first use', () => {
    writeFileSync(
      path.join(project, 'bundle-entry.js'),
      "import { createChord } from 'soviet-turkish-contacts/chord';\nwindow.draw = createChord;\n",
    );
    writeFileSync(
      path.join(project, 'rollup.config.mjs'),
      `import { nodeResolve } from '${path.join(repo, 'node_modules/@rollup/plugin-node-resolve/dist/es/index.js')}';
export default { input: 'bundle-entry.js', plugins: [nodeResolve({ browser: true })], output: { dir: 'bundle', format: 'es' } };
`,
    );
    rmSync(path.join(project, 'bundle'), { recursive: true, force: true });
    run(bin('rollup'), ['-c', '--silent']);
    const files = readdirSync(path.join(project, 'bundle'));
    const code = (file: string) => readFileSync(path.join(project, 'bundle', file), 'utf8');
    const entry = code('bundle-entry.js');
    expect(entry).toContain('stc-chord__ribbons');
    expect(entry).not.toContain('karsky-ataturk-1937-06-01');
    // The standalone-SVG code (it resolves the theme's colours) is only in the lazily imported chunk.
    const lazy = files.filter((file) => file !== 'bundle-entry.js');
    expect(lazy).toHaveLength(1);
    expect(entry).toContain(`import('./${lazy[0]}')`);
    expect(code(lazy[0] as string)).toContain('xmlns');
    expect(entry).not.toContain('<?xml');
  });

  it('ships the browser files byte for byte as built, which the README snippets are tested with in Chromium', () => {
    // test/browser/readme-html.test.ts loads the repo's dist/ in pages; these are the files a CDN serves from the
    // package, so that test covers the installed package too.
    const installed = path.join(project, 'node_modules/soviet-turkish-contacts/dist');
    for (const file of [
      'soviet-turkish-contacts.iife.min.js',
      'style.css',
      'embed.html',
      'embed.js',
      'embed-parent.js',
      'elements.js',
    ]) {
      expect(readFileSync(path.join(installed, file)).equals(readFileSync(path.join(repo, 'dist', file))), file).toBe(
        true,
      );
    }
    const manifest = JSON.parse(
      readFileSync(path.join(project, 'node_modules/soviet-turkish-contacts/package.json'), 'utf8'),
    );
    expect(manifest.unpkg).toBe('./dist/soviet-turkish-contacts.iife.min.js');
    expect(manifest.customElements).toBe('custom-elements.json');
    expect(existsSync(path.join(project, 'node_modules/soviet-turkish-contacts/custom-elements.json'))).toBe(true);
  });

  it('runs the CLI from its installed bin: help, an SVG, a PNG, and exit 2 for a bad option', () => {
    const cli = path.join(project, 'node_modules/.bin/soviet-turkish-contacts');
    expect(run(cli, ['--help'])).toMatch(/^Usage: soviet-turkish-contacts render timeline\|chord/);
    run(cli, ['render', 'timeline', '--lane', 'kind', '-o', 'timeline.svg']);
    expect(readFileSync(path.join(project, 'timeline.svg'), 'utf8')).toContain('<title>Timeline of Soviet–Turkish');
    run(cli, ['render', 'chord', '--theme', 'dark', '-o', 'chord.png']);
    expect(readFileSync(path.join(project, 'chord.png')).subarray(1, 4).toString()).toBe('PNG');
    let status: number | null = null;
    try {
      run(cli, ['render', 'chord', '--lane', 'kind', '-o', 'x.svg']);
    } catch (error) {
      status = (error as { status: number | null }).status;
    }
    expect(status).toBe(2);
  });
});
