import { readFileSync } from 'node:fs';
import path from 'node:path';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { transform as transformCss } from 'lightningcss';
import { dts } from 'rollup-plugin-dts';

// npm builds keep d3's code external (the consumer's bundler dedupes it) but inline d3-time-format's locale JSON, so
// no consumer has to load JSON modules (Node would need import attributes for them).
// The server entry and the CLI run in Node: their DOM (linkedom) and PNG renderer (resvg) stay dependencies too.
const external = (id) =>
  (/^d3-/.test(id) && !id.startsWith('d3-time-format/locale/')) ||
  /^node:/.test(id) ||
  id === 'linkedom' ||
  id === '@resvg/resvg-js';
const entries = {
  index: 'src/index.ts',
  data: 'src/data/index.ts',
  timeline: 'src/timeline/index.ts',
  chord: 'src/chord/index.ts',
  elements: 'src/elements/index.ts',
  server: 'src/server/index.ts',
};

/** Ships the theme (classes and --stc-* properties) as dist/theme.css: the components inject no styles of their own. */
const themeCss = () => ({
  name: 'theme-css',
  buildStart() {
    this.addWatchFile('src/shared/theme.css');
  },
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'theme.css', source: readFileSync('src/shared/theme.css', 'utf8') });
    // Types for `import 'soviet-turkish-contacts/theme.css'`: TypeScript checks side-effect imports (TS 6's default).
    this.emitFile({
      type: 'asset',
      fileName: 'theme.css.d.ts',
      source:
        '// The theme: classes and --stc-* custom properties. Import it for its effect; it exports nothing.\nexport {};\n',
    });
  },
});

/**
 * `import css from './x.css?inline'`: the file's text as a string (as Vite does), for constructable stylesheets.
 * Minified: inside a script the theme's comments and indentation are half its bytes (5.5 kB gzip, 2.9 minified).
 */
const cssInline = () => ({
  name: 'css-inline',
  resolveId(source, importer) {
    if (!source.endsWith('.css?inline') || !importer) return null;
    return `${path.resolve(path.dirname(importer), source.slice(0, -'?inline'.length))}?inline`;
  },
  load(id) {
    if (!id.endsWith('.css?inline')) return null;
    const file = id.slice(0, -'?inline'.length);
    this.addWatchFile(file);
    const { code } = transformCss({ filename: file, code: readFileSync(file), minify: true });
    return `export default ${JSON.stringify(code.toString())};`;
  },
});

/** Files the script-tag and iframe builds ship as they are: the page, and the theme under the name pages expect. */
const staticFiles = () => ({
  name: 'static-files',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'embed.html', source: readFileSync('src/embed/embed.html', 'utf8') });
    this.emitFile({ type: 'asset', fileName: 'style.css', source: readFileSync('src/shared/theme.css', 'utf8') });
  },
});

/** A browser script with d3 inlined, minified: what a page loads with a plain `<script src>`. */
const script = (input, file, name, plugins = []) => ({
  input,
  plugins: [nodeResolve(), json({ preferConst: true }), cssInline(), ts(), ...plugins],
  // One file: the export code, loaded lazily by the npm builds, is inlined here.
  output: { file, format: 'iife', name, sourcemap: true, inlineDynamicImports: true, plugins: [terser()] },
});

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    noEmit: false,
    declaration: false,
    sourceMap: true,
    include: ['src/**/*.ts'],
  });

export default [
  {
    input: entries,
    external,
    plugins: [nodeResolve(), json({ preferConst: true }), cssInline(), ts(), themeCss()],
    output: [
      {
        dir: 'dist',
        format: 'es',
        sourcemap: true,
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
      {
        dir: 'dist',
        format: 'cjs',
        sourcemap: true,
        exports: 'named',
        entryFileNames: '[name].cjs',
        chunkFileNames: 'chunks/[name]-[hash].cjs',
      },
    ],
  },
  // The command line: `npx soviet-turkish-contacts render …` (ESM, Node only).
  {
    input: 'src/cli/bin.ts',
    external,
    plugins: [nodeResolve(), json({ preferConst: true }), cssInline(), ts()],
    output: { file: 'dist/cli.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
  },
  script('src/iife.ts', 'dist/soviet-turkish-contacts.iife.min.js', 'SovietTurkishContacts'),
  script('src/embed/page-entry.ts', 'dist/embed.js', 'SovietTurkishContactsEmbed', [staticFiles()]),
  script('src/embed/parent-entry.ts', 'dist/embed-parent.js', 'SovietTurkishContactsEmbedParent'),
  // The same bundled declarations twice: .d.ts for import, .d.cts for require (attw: no "masquerading as ESM").
  ...Object.entries(entries).map(([name, input]) => ({
    input,
    external,
    plugins: [dts({ tsconfig: './tsconfig.json' })],
    output: [
      { file: `dist/${name}.d.ts`, format: 'es' },
      { file: `dist/${name}.d.cts`, format: 'es' },
    ],
  })),
];
