import { readFileSync } from 'node:fs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';

// npm builds keep d3's code external (the consumer's bundler dedupes it) but inline d3-time-format's locale JSON, so
// no consumer has to load JSON modules (Node would need import attributes for them).
const external = (id) => /^d3-/.test(id) && !id.startsWith('d3-time-format/locale/');
const entries = { index: 'src/index.ts', data: 'src/data/index.ts' };

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
    plugins: [nodeResolve(), json({ preferConst: true }), ts(), themeCss()],
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
