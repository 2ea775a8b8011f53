import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Browser tests drive Debian's Chromium; nothing may download a browser here.
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromePath);
const onCI = process.env.CI === 'true';
if (!hasChromium && onCI) {
  throw new Error(
    `Chromium not found at ${chromePath}: under CI=true the browser and story tests must run. ` +
      'Install Debian\'s "chromium" package or set CHROME_PATH.',
  );
}
if (!hasChromium) {
  console.warn(`[vitest] Chromium not found at ${chromePath} (set CHROME_PATH): browser and story tests are skipped.`);
}

const launchOptions = {
  executablePath: chromePath,
  // Without the background-networking flags Chromium keeps dialling hosts this machine cannot reach.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

// A fresh object per project: vitest mutates `instances`.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions }),
  instances: [{ browser: 'chromium' as const }],
  viewport: { width: 1200, height: 800 },
});

// Pre-bundled before the first browser test: otherwise, on a cold cache (a fresh clone, as in CI), Vite discovers them
// mid-run, reloads, and d3-zoom can meet a second copy of d3-selection ("selection.interrupt is not a function").
const optimizeDeps = {
  include: [
    'd3-selection',
    'd3-zoom',
    'd3-brush',
    'd3-chord',
    'd3-path',
    'd3-transition',
    'd3-scale',
    'd3-time',
    'd3-time-format',
    'axe-core',
  ],
};

const alias = {
  'soviet-turkish-contacts/theme.css': path.join(dirname, 'src/shared/theme.css'),
  'soviet-turkish-contacts/data': path.join(dirname, 'src/data/index.ts'),
  'soviet-turkish-contacts/server': path.join(dirname, 'src/server/index.ts'),
  'soviet-turkish-contacts/timeline': path.join(dirname, 'src/timeline/index.ts'),
  'soviet-turkish-contacts/chord': path.join(dirname, 'src/chord/index.ts'),
  'soviet-turkish-contacts/elements': path.join(dirname, 'src/elements/index.ts'),
  'soviet-turkish-contacts': path.join(dirname, 'src/index.ts'),
};

const browserProjects = hasChromium
  ? [
      {
        resolve: { alias },
        optimizeDeps,
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], browser: browser() },
      },
      {
        extends: true as const,
        optimizeDeps,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: { name: 'storybook', browser: browser() },
      },
    ]
  : [
      {
        // Reports each browser test file as skipped, with the reason, instead of silently running nothing.
        test: {
          name: 'browser-unavailable',
          environment: 'node',
          include: ['test/browser-unavailable.test.ts'],
          env: { STC_CHROME_PATH: chromePath },
        },
      },
    ];

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          typecheck: { enabled: true, include: ['test/types/**/*.test-d.ts'], tsconfig: './tsconfig.tools.json' },
        },
      },
      ...browserProjects,
    ],
  },
});
