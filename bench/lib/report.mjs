// The Markdown report: a table per metric (median and min–max), our medians as ratios to each peer, and issue 6's
// goals checked against this run.
import { formatNumber, formatRatio } from './stats.mjs';

export const METRICS = [
  { key: 'render', title: 'Render to the 2nd rAF', unit: 'ms' },
  { key: 'renderQuiet', title: 'Render to DOM-quiet (last mutation)', unit: 'ms' },
  { key: 'zoom', title: 'Zoom to 1938-04-01..1938-07-01, to the 2nd rAF', unit: 'ms' },
  { key: 'zoomWork', title: "Zoom, main-thread work (call to the end of its frame's rendering)", unit: 'ms' },
  { key: 'pan', title: 'Pan frame: median of 20 steps of 5%, call to the next rAF (60 Hz clock)', unit: 'ms' },
  {
    key: 'panWork',
    title: "Pan frame, main-thread work: median of the 20 calls to the end of their frame's rendering",
    unit: 'ms',
  },
  { key: 'update', title: 'Update with changed data, to the 2nd rAF', unit: 'ms' },
  { key: 'heap', title: 'JS heap growth after GC', unit: 'MiB' },
  { key: 'nodes', title: 'DOM nodes added', unit: 'nodes' },
  {
    key: 'renderWork',
    title: "Render, main-thread work (call to the end of its frame's rendering)",
    unit: 'ms',
    extra: true,
  },
  { key: 'zoomQuiet', title: 'Zoom to DOM-quiet', unit: 'ms', extra: true },
  { key: 'updateQuiet', title: 'Update to DOM-quiet', unit: 'ms', extra: true },
];

const FRAME = 1000 / 60;

/** `results` is what run.mjs writes to latest.json. */
export function renderReport(results) {
  const { meta, libraries, summary, skipped, sizes, bundled } = results;
  const out = [];
  const line = (text = '') => out.push(text);
  const label = (id) => libraries.find((lib) => lib.id === id)?.label ?? id;
  const ids = libraries.map((lib) => lib.id);
  const median = (id, n, key) => summary[id]?.[n]?.[key]?.median ?? null;
  const skip = (id, n) => (skipped[id] && n >= skipped[id].n ? skipped[id] : null);

  line('# Benchmark results');
  line();
  line(
    `${meta.date} · ${meta.chromium} (headless) · ${meta.cores} cores (${meta.cpu}) · Node ${meta.node} · ` +
      `${meta.repeats} runs per library and size, a fresh page each · ${formatNumber(meta.seconds / 60)} min`,
  );
  line();
  line(
    'Chart 1200×600, N point events over 1937-01-01..1939-12-31 in 5 lanes, the same seeded events for every ' +
      'library. Cells: median (min–max). Each timed call is made at the start of a frame; Chromium keeps its 60 Hz ' +
      'frame clock, so a time to a rAF is never under one frame (16.7 ms) and the "work" rows give the time the main ' +
      'thread needed; "—" there means the library changed the DOM after that frame (vis-timeline redraws in its ' +
      'own rAF, timelines-chart animates), so its work shows only in the 2nd-rAF and DOM-quiet rows. A DOM-quiet of 0: ' +
      'no DOM change at all (the canvas baseline repaints only). See bench/README.md for what each metric is.',
  );
  const loads = [...results.runs, ...(results.bundledRuns ?? [])].map((r) => r.load).filter((l) => l !== undefined);
  if (loads.length > 0) {
    line();
    line(
      `Load average of the machine during the runs: ${formatNumber(Math.min(...loads))}–${formatNumber(Math.max(...loads))} ` +
        `(${meta.cores} cores; other work on the machine slows every library).`,
    );
  }

  for (const metric of METRICS) {
    line();
    line(`## ${metric.extra ? 'Extra: ' : ''}${metric.title}, ${metric.unit}`);
    line();
    line(`| library | ${meta.sizes.map((n) => `N=${n.toLocaleString('en-US')}`).join(' | ')} |`);
    line(`|---|${meta.sizes.map(() => '---:').join('|')}|`);
    for (const id of ids) {
      const cells = meta.sizes.map((n) => {
        const skipping = skip(id, n);
        if (skipping) return `skipped (${skipping.reason})`;
        const s = summary[id]?.[n]?.[metric.key];
        if (!s) return '—';
        return cell(s, metric.unit);
      });
      line(`| ${label(id)} | ${cells.join(' | ')} |`);
    }
  }

  if (ids.includes('ours')) {
    line();
    line('## Ours as a ratio of each peer (medians; below 1× is better for ours)');
    for (const metric of METRICS.filter((m) => !m.extra)) {
      line();
      line(`### ${metric.title}`);
      line();
      line(`| ours ÷ | ${meta.sizes.map((n) => `N=${n.toLocaleString('en-US')}`).join(' | ')} |`);
      line(`|---|${meta.sizes.map(() => '---:').join('|')}|`);
      for (const peer of ids.filter((id) => id !== 'ours')) {
        const cells = meta.sizes.map((n) => {
          const ours = median('ours', n, metric.key);
          if (ours === null) return '—';
          const skipping = skip(peer, n);
          // A skipped peer took over the limit to render: its render time is at least the limit.
          if (skipping?.renderAtLeastMs && metric.key === 'render') {
            return `< ${formatRatio(ours / skipping.renderAtLeastMs)}`;
          }
          if (skipping) return 'skipped';
          const theirs = median(peer, n, metric.key);
          return theirs > 0 && ours >= 0 ? formatRatio(ours / theirs) : '—';
        });
        line(`| ${label(peer)} | ${cells.join(' | ')} |`);
      }
    }
  }

  if (bundled) {
    line();
    line('## The bundled dataset: timeline + chord together');
    line();
    line('| | render to the 2nd rAF, ms | render to DOM-quiet, ms | DOM nodes |');
    line('|---|---:|---:|---:|');
    line(
      `| ours: createTimeline + createChord | ${cell(bundled.render)} | ${cell(bundled.renderQuiet)} | ${cell(bundled.nodes, 'nodes')} |`,
    );
    const svg = summary['d3-svg']?.[100];
    if (svg)
      line(`| plain D3 SVG, N=100 | ${cell(svg.render)} | ${cell(svg.renderQuiet)} | ${cell(svg.nodes, 'nodes')} |`);
  }

  line();
  line('## What a page loads (gzip -9)');
  line();
  line('| library | files | bytes | gzip -9 |');
  line('|---|---|---:|---:|');
  for (const [id, size] of Object.entries(sizes)) {
    const files = size.files.map((f) => `\`${f.path}\``).join(' + ');
    line(`| ${label(id)} | ${files} | ${formatBytes(size.bytes)} | ${formatBytes(size.gzip)} |`);
  }
  line();
  line(
    'Our script-tag build includes the dataset, both charts, the custom elements and d3; the plain-D3 pages load ' +
      'all of d3 (their own drawing code, a few lines, is not counted).',
  );

  const goals = checkGoals(results);
  if (goals.length > 0) {
    line();
    line("## Goals (issue 6), from this run's medians");
    line();
    line('| goal | result | numbers |');
    line('|---|---|---|');
    for (const goal of goals) line(`| ${goal.goal} | ${statusText(goal.met)} | ${goal.detail} |`);
  }
  return `${out.join('\n')}\n`;
}

/** Median (min–max), and how many runs had the figure when not all did. */
function cell(s, unit) {
  if (!s) return '—';
  const format = unit === 'nodes' ? (v) => Math.round(v).toLocaleString('en-US') : formatNumber;
  const range = s.min !== s.max ? ` (${format(s.min)}–${format(s.max)})` : '';
  const partial = s.runs && s.count < s.runs ? ` [${s.count} of ${s.runs} runs]` : '';
  return `${format(s.median)}${range}${partial}`;
}

function statusText(met) {
  if (met === null) return 'not measured';
  return met ? '**met**' : '**not met**';
}

function formatBytes(bytes) {
  return `${(bytes / 1000).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} kB`;
}

/** Each goal of issue 6 that this run can check: { goal, met (true, false or null), detail }. */
export function checkGoals({ summary, skipped, bundled }) {
  const goals = [];
  const m = (id, n, key) => summary[id]?.[n]?.[key]?.median ?? null;
  const skippedAt = (id, n) => (skipped[id] && n >= skipped[id].n ? skipped[id] : null);
  const ms = (value) => `${formatNumber(value)} ms`;
  const add = (goal, met, detail) => goals.push({ goal, met, detail });
  const ours10k = m('ours', 10000, 'render');

  // Render N=10,000.
  {
    const canvas = m('d3-canvas', 10000, 'render');
    add(
      'Render N=10,000 ≤ 1.5× plain canvas',
      ours10k === null || canvas === null ? null : ours10k <= 1.5 * canvas,
      ours10k === null || canvas === null
        ? 'needs ours and d3-canvas at N=10,000'
        : `ours ${ms(ours10k)} vs canvas ${ms(canvas)}: ${formatRatio(ours10k / canvas)}`,
    );
  }
  {
    // Like for like: our chart is done when it has both painted and stopped changing the DOM.
    const oursRaf = m('ours', 10000, 'render');
    const oursQuiet = m('ours', 10000, 'renderQuiet');
    const tc = m('timelines-chart', 10000, 'renderQuiet');
    const ours = oursRaf === null ? null : Math.max(oursRaf, oursQuiet ?? 0);
    const tcSkip = skippedAt('timelines-chart', 10000);
    const theirs = tcSkip ? tcSkip.renderAtLeastMs : tc;
    add(
      'Render N=10,000 ≥ 5× faster than timelines-chart (DOM-quiet)',
      ours === null || theirs === null ? null : theirs / ours >= 5,
      ours === null || theirs === null
        ? 'needs ours and timelines-chart at N=10,000'
        : `timelines-chart DOM-quiet ${tcSkip ? `> ${ms(theirs)} (skipped)` : ms(theirs)} vs ours ${ms(ours)} ` +
            `(the later of its 2nd rAF and DOM-quiet): ${formatRatio(theirs / ours)} faster`,
    );
  }
  {
    const visSkip = skippedAt('vis-timeline', 10000);
    const vis = visSkip ? visSkip.renderAtLeastMs : m('vis-timeline', 10000, 'render');
    add(
      'Render N=10,000 ≥ 500× faster than vis-timeline',
      ours10k === null || vis === null ? null : vis / ours10k >= 500,
      ours10k === null || vis === null
        ? 'needs ours and vis-timeline at N=10,000'
        : `vis-timeline ${visSkip ? `> ${ms(vis)} (skipped at ${visSkip.reason}; its lower bound, the limit, is used)` : ms(vis)} ` +
            `vs ours ${ms(ours10k)}: ${visSkip ? 'at least ' : ''}${formatRatio(vis / ours10k)} faster`,
    );
  }
  // Zoom and pan at N=10,000: a frame's main-thread work (to a rAF, the 60 Hz clock would floor every time at 16.7).
  for (const [key, name] of [
    ['zoom', 'Zoom'],
    ['pan', 'Pan frame'],
  ]) {
    const work = m('ours', 10000, `${key}Work`);
    const frame = m('ours', 10000, key);
    const canvas = m('d3-canvas', 10000, `${key}Work`);
    add(
      `${name} N=10,000 within one 16.7 ms frame (main-thread work)`,
      work === null ? null : work <= FRAME,
      work === null
        ? 'needs ours at N=10,000'
        : `ours ${ms(work)} of work (${key === 'zoom' ? 'to the 2nd rAF' : 'to the next rAF'}: ${ms(frame)})`,
    );
    add(
      `${name} N=10,000 ≤ 1.5× plain canvas (main-thread work)`,
      work === null || canvas === null ? null : work <= 1.5 * canvas,
      work === null || canvas === null
        ? 'needs ours and d3-canvas at N=10,000'
        : `ours ${ms(work)} vs canvas ${ms(canvas)}: ${formatRatio(work / canvas)}`,
    );
  }
  // N=100,000.
  {
    const ours100k = m('ours', 100000, 'render');
    add(
      'Render N=100,000 < 10× ours at N=10,000',
      ours100k === null || ours10k === null ? null : ours100k < 10 * ours10k,
      ours100k === null || ours10k === null
        ? 'needs ours at N=10,000 and N=100,000'
        : `${ms(ours100k)} vs ${ms(ours10k)}: ${formatRatio(ours100k / ours10k)}`,
    );
    for (const [key, name] of [
      ['zoom', 'Zoom'],
      ['pan', 'Pan frame'],
    ]) {
      const work = m('ours', 100000, `${key}Work`);
      const frame = m('ours', 100000, key);
      add(
        `${name} N=100,000 < 33 ms (main-thread work)`,
        work === null ? null : work < 33,
        work === null
          ? 'needs ours at N=100,000'
          : `ours ${ms(work)} of work (${key === 'zoom' ? 'to the 2nd rAF' : 'to the next rAF'}: ${ms(frame)})`,
      );
    }
  }
  {
    const nodes = m('ours', 10000, 'nodes');
    add(
      'DOM nodes N=10,000 < 1,000',
      nodes === null ? null : nodes < 1000,
      nodes === null ? 'needs ours at N=10,000' : `ours ${formatNumber(nodes)} nodes`,
    );
    const heap = m('ours', 10000, 'heap');
    add(
      'Heap growth after GC N=10,000 < 5 MiB',
      heap === null ? null : heap < 5,
      heap === null ? 'needs ours at N=10,000' : `ours ${formatNumber(heap)} MiB`,
    );
  }
  {
    const ours = bundled?.render?.median ?? null;
    const svg = m('d3-svg', 100, 'render');
    add(
      'Bundled timeline + chord ≤ 1.2× plain D3 SVG at N=100',
      ours === null || svg === null ? null : ours <= 1.2 * svg,
      ours === null || svg === null
        ? 'needs the bundled page and d3-svg at N=100'
        : `ours ${ms(ours)} vs D3 SVG ${ms(svg)}: ${formatRatio(ours / svg)}`,
    );
  }
  return goals;
}
