#!/usr/bin/env node
// The side-by-side benchmark (issue 6): our timeline against vis-timeline, timelines-chart and two plain-D3
// baselines, on the same seeded data, in one headless Chromium run. See bench/README.md.
//
//   node bench/run.mjs [--quick] [--only=ours,canvas] [--sizes=100,1000] [--repeats=5]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { renderReport } from './lib/report.mjs';
import { serve } from './lib/server.mjs';
import { summarize } from './lib/stats.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH);
const DIST = path.join(ROOT, 'dist');

const LIBRARIES = [
  { id: 'ours', label: 'ours (soviet-turkish-contacts)', aliases: [] },
  { id: 'vis-timeline', label: 'vis-timeline 8.5.4', aliases: ['vis'] },
  { id: 'timelines-chart', label: 'timelines-chart 2.14.3', aliases: ['tc', 'timelines'] },
  { id: 'd3-svg', label: 'plain D3 SVG', aliases: ['svg'] },
  { id: 'd3-canvas', label: 'plain D3 canvas', aliases: ['canvas'] },
];
const BUNDLED = 'bundled';
const PAGES = [...LIBRARIES.map((lib) => lib.id), BUNDLED]; // each is pages/<id>.html

const RENDER_LIMIT_MS = 60_000; // a render slower than this is stopped, and the library skipped from this size on
const STEP_LIMIT_MS = 120_000; // any other step: a safety net against a hung page
const QUIET_MS = 500; // DOM-quiet: no mutation for this long
const QUIET_CAP_MS = 30_000; // give up waiting for quiet after this long
const ZOOM = { from: Date.UTC(1938, 3, 1), to: Date.UTC(1938, 6, 1) };
const PAN = { steps: 20, fraction: 0.05 };
const SEEDS = { seed: 1937, seed2: 1939 }; // the data, and the changed data of the update
const VIEWPORT = { width: 1280, height: 800 };

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
  // Not --disable-frame-rate-limit: headless Chromium then makes frames non-stop, even idle, and keeps both cores of
  // a small machine busy, which slows the page under test. The 60 Hz frame clock stays (see README).
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

// Every figure a run can have, and those of a bundled-dataset run (which only renders).
const FIGURES = [
  ...['render', 'renderWork', 'renderSync', 'renderQuiet', 'update', 'updateWork', 'updateQuiet'],
  ...['zoom', 'zoomWork', 'zoomQuiet', 'pan', 'panWork', 'heap', 'nodes', 'elements', 'load'],
];
const BUNDLED_FIGURES = ['render', 'renderWork', 'renderSync', 'renderQuiet', 'heap', 'nodes', 'elements', 'load'];

class UsageError extends Error {}

class StepTimeout extends Error {
  constructor(step, limitMs) {
    super(`${step} took over ${limitMs / 1000} s`);
    this.step = step;
    this.limitMs = limitMs;
  }
}

main().catch((error) => {
  console.error(error instanceof UsageError ? `bench: ${error.message}` : error);
  process.exit(1);
});

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const dist = await snapshotDist();
  try {
    installPeers();
    const results = await measure(options, dist);
    const markdown = renderReport(results);
    const folder = path.join(BENCH, 'results');
    await mkdir(folder, { recursive: true });
    // Only a full run replaces the committed results.
    const base = path.join(folder, options.full ? 'latest' : 'dev');
    await writeFile(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(`${base}.md`, markdown);
    log(`wrote ${path.relative(ROOT, base)}.json and .md; the run took ${formatDuration(results.meta.seconds)}`);
    process.stdout.write(markdown);
  } finally {
    await rm(dist, { recursive: true, force: true });
  }
}

function parseArgs(argv) {
  const given = { quick: false, only: null, sizes: null, repeats: null };
  for (const arg of argv) {
    const [name, value] = arg.split('=', 2);
    if (name === '--quick' && value === undefined) given.quick = true;
    else if (name === '--only' && value) given.only = value.split(',').map((s) => s.trim());
    else if (name === '--sizes' && value) given.sizes = value.split(',').map((s) => Number(s.replace(/_/g, '')));
    else if (name === '--repeats' && value) given.repeats = Number(value);
    else if (name === '--help' || name === '-h') {
      console.log('node bench/run.mjs [--quick] [--only=ours,canvas,...] [--sizes=100,1000] [--repeats=5]');
      console.log(`--only takes: ${LIBRARIES.map((l) => [l.id, ...l.aliases].join('|')).join(', ')}, ${BUNDLED}`);
      process.exit(0);
    } else throw new UsageError(`unknown argument ${arg} (see --help)`);
  }
  if (given.sizes?.some((n) => !Number.isInteger(n) || n < 1)) throw new UsageError('--sizes takes positive integers');
  if (given.repeats !== null && !(Number.isInteger(given.repeats) && given.repeats > 0)) {
    throw new UsageError('--repeats takes a positive integer');
  }
  const find = (name) => LIBRARIES.find((l) => l.id === name || l.aliases.includes(name));
  for (const name of given.only ?? []) {
    if (name !== BUNDLED && !find(name)) throw new UsageError(`--only: unknown library "${name}" (see --help)`);
  }
  const sizes = given.sizes ?? (given.quick ? [100, 1000, 10000] : [100, 1000, 10000, 100000]);
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    repeats: given.repeats ?? (given.quick ? 2 : 5),
    libraries: given.only ? LIBRARIES.filter((l) => given.only.some((name) => find(name) === l)) : LIBRARIES,
    bundled: given.only ? given.only.includes(BUNDLED) : true,
    full: !given.quick && !given.only && !given.sizes && !given.repeats,
  };
}

/** The files of dist/ and node_modules/ that a page loads (its <script src> and <link href>). */
function pageAssets(page) {
  const html = readFileSync(path.join(BENCH, 'pages', `${page}.html`), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(dist|node_modules)\/([^"]+)"/g)].map(([, root, file]) => ({ root, file }));
}

/**
 * Copies the files of dist/ that the pages load to a temporary folder, so that a rebuild during the run (the build
 * empties dist/ first) neither breaks it nor mixes two builds in one set of results.
 */
async function snapshotDist() {
  const files = new Set(
    PAGES.flatMap((page) =>
      pageAssets(page)
        .filter((a) => a.root === 'dist')
        .map((a) => a.file),
    ),
  );
  const missing = [...files].filter((file) => !existsSync(path.join(DIST, file)));
  if (missing.length > 0) {
    throw new UsageError(
      `dist/${missing[0]} is missing: run npm run build first (npm run bench builds, then runs this)`,
    );
  }
  const folder = await mkdtemp(path.join(os.tmpdir(), 'stc-bench-dist-'));
  for (const file of files) {
    await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
    await copyFile(path.join(DIST, file), path.join(folder, file));
  }
  return folder;
}

/** The peers live in bench/node_modules, installed from bench/package-lock.json. */
function installPeers() {
  const peers = ['vis-timeline', 'timelines-chart', 'd3'];
  if (peers.every((name) => existsSync(path.join(BENCH, 'node_modules', name, 'package.json')))) return;
  log('installing the peers: npm ci --prefix bench');
  execFileSync('npm', ['ci', '--prefix', BENCH, '--no-audit', '--no-fund'], { stdio: ['ignore', 2, 2] });
}

/** Runs every library at every size, `repeats` times, and returns everything latest.json holds. */
async function measure(options, dist) {
  const { chromium } = await import('playwright');
  const started = Date.now();
  const roots = { pages: path.join(BENCH, 'pages'), dist, node_modules: path.join(BENCH, 'node_modules') };
  const server = await serve(roots);
  const launch = () =>
    chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    });
  const browser = { current: await launch() };
  const chromiumVersion = `Chromium ${browser.current.version()}`;
  log(`${chromiumVersion}, pages at ${server.origin}; N = ${options.sizes.join(', ')}; ${options.repeats} runs each`);

  const runs = [];
  const bundledRuns = [];
  const skipped = {};
  try {
    for (const [index, n] of options.sizes.entries()) {
      for (let rep = 0; rep < options.repeats; rep++) {
        const tag = `N=${n} run ${rep + 1}/${options.repeats}`;
        // Libraries take turns within a repeat, so that a slow spell of the machine hits them all alike.
        for (const lib of options.libraries) {
          if (skipped[lib.id]) continue;
          const run = await runOnce(browser, launch, server.origin, lib.id, n);
          runs.push({ lib: lib.id, n, rep, ...run });
          if (run.timeout) {
            skipped[lib.id] = {
              n,
              reason: `> ${run.timeout.limitMs / 1000} s`,
              step: run.timeout.step,
              // Only a render over the limit gives a lower bound of its render time.
              renderAtLeastMs: run.timeout.step === 'render' ? run.timeout.limitMs : null,
            };
            log(
              `${tag} ${lib.id}: ${run.timeout.step} took over ${run.timeout.limitMs / 1000} s: skipped from N=${n} on`,
            );
          } else log(`${tag} ${lib.id}: ${describe(run)}`);
        }
        // The bundled dataset does not depend on N: its runs go with the first size.
        if (options.bundled && index === 0) {
          const run = await runOnce(browser, launch, server.origin, BUNDLED, n);
          bundledRuns.push({ rep, ...run });
          log(`run ${rep + 1}/${options.repeats} bundled dataset: ${describe(run)}`);
        }
      }
    }
  } finally {
    await browser.current.close();
    await server.close();
  }

  const summary = {};
  for (const lib of options.libraries) {
    summary[lib.id] = {};
    for (const n of options.sizes) {
      const done = runs.filter((r) => r.lib === lib.id && r.n === n && !r.timeout && !r.error);
      if (done.length === 0 || (skipped[lib.id] && n >= skipped[lib.id].n)) continue;
      summary[lib.id][n] = Object.fromEntries(FIGURES.map((key) => [key, summarizeRuns(done, key)]));
    }
  }
  const bundledDone = bundledRuns.filter((r) => !r.timeout && !r.error);
  const iife = readFileSync(path.join(dist, 'soviet-turkish-contacts.iife.min.js'));
  return {
    meta: {
      date: new Date().toISOString(),
      chromium: chromiumVersion,
      chromiumArgs: CHROMIUM_ARGS,
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      viewport: VIEWPORT,
      sizes: options.sizes,
      repeats: options.repeats,
      renderLimitMs: RENDER_LIMIT_MS,
      quietMs: QUIET_MS,
      zoom: { from: new Date(ZOOM.from).toISOString(), to: new Date(ZOOM.to).toISOString() },
      pan: PAN,
      seeds: SEEDS,
      // Which build of ours was measured.
      oursSha256: createHash('sha256').update(iife).digest('hex'),
      seconds: Math.round((Date.now() - started) / 1000),
    },
    libraries: options.libraries.map(({ id, label }) => ({ id, label })),
    sizes: pageSizes(
      options.libraries.map((lib) => lib.id),
      roots,
    ),
    skipped,
    summary,
    bundled: options.bundled
      ? Object.fromEntries(BUNDLED_FIGURES.map((key) => [key, summarizeRuns(bundledDone, key)]))
      : null,
    runs,
    bundledRuns,
  };
}

/** One run: a fresh context and page, the library drawing N events; then update, zoom and pan. */
async function runOnce(browser, launch, origin, page, n) {
  const context = await browser.current.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  // Nothing leaves 127.0.0.1.
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const cdp = await context.newCDPSession(tab);
  const heapUsed = async () => {
    // Twice: objects freed by the first collection's finalizers go in the second.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const step = (name, fn, arg, limitMs = STEP_LIMIT_MS) => withTimeout(tab.evaluate(fn, arg), limitMs, name);
  const quiet = () => step('waiting for DOM-quiet', ([q, cap]) => window.bench.quiet(q, cap), [QUIET_MS, QUIET_CAP_MS]);

  // The machine's load average: other work on it shows in the times.
  const run = { load: Number(os.loadavg()[0].toFixed(2)), errors };
  try {
    await tab.goto(`${origin}/pages/${page}.html`);
    await step('setup', (arg) => window.bench.setup(arg), { n, ...SEEDS });
    const heap0 = await heapUsed();
    const nodes0 = await step('counting nodes', () => window.bench.nodes());
    const render = await step('render', () => window.bench.render(), undefined, RENDER_LIMIT_MS);
    run.render = render.raf2;
    run.renderWork = render.work;
    run.renderSync = render.sync;
    run.renderQuiet = await quiet();
    run.heap = ((await heapUsed()) - heap0) / 2 ** 20;
    const nodes1 = await step('counting nodes', () => window.bench.nodes());
    run.nodes = nodes1.nodes - nodes0.nodes;
    run.elements = nodes1.elements - nodes0.elements;
    if (page !== BUNDLED) {
      const update = await step('update', () => window.bench.update());
      run.update = update.raf2;
      run.updateWork = update.work;
      run.updateQuiet = await quiet();
      const zoom = await step('zoom', ({ from, to }) => window.bench.zoom(from, to), ZOOM);
      run.zoom = zoom.raf2;
      run.zoomWork = zoom.work;
      run.zoomQuiet = await quiet();
      const pan = await step('pan', ({ steps, fraction }) => window.bench.pan(steps, fraction), PAN);
      run.pan = summarize(pan.frames).median;
      // Only when every step did all its work in its own frame.
      run.panWork = pan.work.includes(null) ? null : summarize(pan.work).median;
      run.panFrames = pan.frames;
      run.panWorkFrames = pan.work;
    }
  } catch (error) {
    if (!(error instanceof StepTimeout)) {
      run.error = error.message;
      await context.close();
      return run;
    }
    // The page is stuck in the library's code: drop the whole browser and start a new one.
    run.timeout = { step: error.step, limitMs: error.limitMs };
    await withTimeout(browser.current.close(), 30_000, 'closing the browser').catch(() => {});
    browser.current = await launch();
    return run;
  }
  await context.close();
  return run;
}

function withTimeout(promise, limitMs, step) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeout(step, limitMs)), limitMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** What each page loads from dist/ and node_modules/, in bytes and gzipped at level 9. */
function pageSizes(pages, roots) {
  const sizes = {};
  for (const page of pages) {
    const files = pageAssets(page).map(({ root, file }) => {
      const buffer = readFileSync(path.join(roots[root], file));
      return { path: `${root}/${file}`, bytes: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
    });
    const total = (key) => files.reduce((sum, f) => sum + f[key], 0);
    sizes[page] = { files, bytes: total('bytes'), gzip: total('gzip') };
  }
  return sizes;
}

/** Median, min and max of one figure over runs; `runs` says how many runs there were (some may lack the figure). */
function summarizeRuns(runs, key) {
  const summary = summarize(runs.map((run) => run[key]));
  return summary && { ...summary, runs: runs.length };
}

function describe(run) {
  if (run.error) return `failed: ${run.error}`;
  const parts = [`render ${ms(run.render)} (DOM-quiet ${ms(run.renderQuiet)})`];
  if (run.update !== undefined) {
    parts.push(`update ${ms(run.update)}`, `zoom ${ms(run.zoom)} (work ${ms(run.zoomWork)})`);
    parts.push(`pan ${ms(run.pan)} (work ${ms(run.panWork)})`);
  }
  parts.push(`heap ${run.heap.toFixed(2)} MiB`, `${run.nodes} nodes`);
  if (run.errors.length > 0) parts.push(`page errors: ${run.errors.join('; ')}`);
  return parts.join(', ');
}

function ms(value) {
  return typeof value === 'number' ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : '—';
}

function formatDuration(seconds) {
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

function log(message) {
  console.error(`bench: ${message}`);
}
