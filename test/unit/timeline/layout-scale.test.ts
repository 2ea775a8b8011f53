import { describe, expect, it } from 'vitest';
import { timelineLayout } from '../../../src/timeline/layout/timeline-layout';
import { normalizeTimelineOptions, type TimelineDateInput } from '../../../src/timeline/options';

interface SyntheticRecord {
  id: string;
  date: TimelineDateInput;
  lanes: string[];
  label: string;
}

/** A small seeded generator (mulberry32) so every run lays out the same records. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function synthetic(count: number): SyntheticRecord[] {
  const next = random(1937);
  const epoch = Date.UTC(1937, 0, 1);
  const iso = (day: number) => new Date(epoch + day * 86_400_000).toISOString().slice(0, 10);
  const lanes = Array.from({ length: 24 }, (_, i) => `lane-${i}`);
  return Array.from({ length: count }, (_, i) => {
    const day = Math.floor(next() * 3 * 365);
    const form = next();
    const date: TimelineDateInput =
      form < 0.5
        ? iso(day)
        : form < 0.7
          ? { from: iso(day), to: iso(day + Math.floor(next() * 20)), basis: 'stated' }
          : form < 0.85
            ? { notAfter: iso(day), basis: 'inferred' }
            : { notBefore: iso(day), notAfter: iso(day + Math.floor(next() * 40)), basis: 'inferred' };
    const lane = lanes[Math.floor(next() * lanes.length)] as string;
    const second = next() < 0.1 ? [lanes[Math.floor(next() * lanes.length)] as string] : [];
    return { id: `s${i}`, date, lanes: [lane, ...second], label: `Record ${i}` };
  });
}

describe('timelineLayout at scale', () => {
  it('lays out 100,000 records quickly (a smoke check; the benchmark measures it properly)', () => {
    const data = synthetic(100_000);
    const options = normalizeTimelineOptions<SyntheticRecord>({
      data,
      id: (d) => d.id,
      date: (d) => d.date,
      lane: (d) => d.lanes,
      label: (d) => d.label,
      kind: () => 'meeting',
      width: 1200,
    });
    const measure = (text: string) => text.length * 6.5;
    // Wall time, and CPU time, which other processes competing for the cores (parallel test files, CI) inflate far less.
    const timed = () => {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const layout = timelineLayout(options, measure);
      const { user, system } = process.cpuUsage(cpu);
      return { layout, wall: performance.now() - started, cpu: (user + system) / 1000 };
    };
    // The first call runs cold, as a page's first render does; the second once the JIT has compiled the code.
    const cold = timed();
    const warm = timed();
    const { layout } = cold;
    console.log(
      `timelineLayout: ${data.length} records, ${layout.marks.length} marks, ${layout.rows.length} rows: ` +
        `cold ${cold.wall.toFixed(0)} ms (CPU ${cold.cpu.toFixed(0)} ms), warm ${warm.wall.toFixed(0)} ms ` +
        `(CPU ${warm.cpu.toFixed(0)} ms)`,
    );
    const expectedMarks = data.reduce((sum, d) => sum + new Set(d.lanes).size, 0);
    expect(layout.marks).toHaveLength(expectedMarks);
    expect(layout.lanes).toHaveLength(24);
    expect(Math.min(cold.wall, cold.cpu)).toBeLessThan(3000);
  }, 30_000);
});
