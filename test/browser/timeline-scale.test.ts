import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { TimelineOptions } from '../../src/timeline/create-timeline';
import { type SyntheticRecord, syntheticAccessors, syntheticRecords } from '../../stories/timeline/synthetic-records';
import { focusedId, render } from './timeline-support';

const records = syntheticRecords(10_000);
const options: TimelineOptions<SyntheticRecord> = {
  data: records,
  ...syntheticAccessors,
  rowHeight: 6,
  markSize: 5,
  markGap: 1,
  labels: false,
};

function timed<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = run();
  return { result, ms: performance.now() - started };
}

describe('10,000 records', () => {
  it('render on the canvas layer with a bounded number of SVG marks, and report the time taken', () => {
    const chart = timed(() => render<SyntheticRecord>({ ...options, table: false }));
    const { handle, host } = chart.result;
    const firstLayout = timed(() => host.getBoundingClientRect());
    expect(host.querySelector('.stc-timeline--dense')).not.toBeNull();
    expect(host.querySelector('canvas')?.hidden).toBe(false);
    // The description groups the count as the tables do.
    expect(handle.svg.querySelector('desc')?.textContent).toMatch(/^10,000 records in /);
    // Only the active mark has an element; the canvas draws the others, over the SVG's opaque lane backgrounds.
    expect(handle.svg.querySelectorAll('[role="button"]').length).toBeLessThanOrEqual(1);
    const canvas = host.querySelector('canvas') as HTMLCanvasElement;
    expect(canvas.previousElementSibling).toBe(handle.svg);
    const pixels =
      canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] as number) > 0) painted++;
    expect(painted / (canvas.width * canvas.height)).toBeGreaterThan(0.05);

    const zoom = timed(() => handle.zoomTo({ from: '1938-01', to: '1938-12' }));
    const wheel = timed(() =>
      handle.svg.dispatchEvent(
        new WheelEvent('wheel', { deltaY: -100, clientX: 400, clientY: 80, bubbles: true, cancelable: true }),
      ),
    );
    const zoomToSvg = timed(() => handle.zoomTo({ from: '1938-03', to: '1938-03' }));

    console.info(
      `[timeline-scale] 10,000 records: createTimeline ${chart.ms.toFixed(0)} ms (+ first layout ${firstLayout.ms.toFixed(0)} ms) ` +
        `without the table; zoomTo (canvas) ${zoom.ms.toFixed(1)} ms, wheel step (canvas) ${wheel.ms.toFixed(1)} ms, ` +
        `zoomTo a month (SVG marks) ${zoomToSvg.ms.toFixed(1)} ms`,
    );
    // Budgets with room for a slow CI machine; the benchmark issue measures properly.
    expect(chart.ms).toBeLessThan(3000);
    expect(zoom.ms).toBeLessThan(500);
  });

  it('build the hidden table one page at a time, and report what it costs', () => {
    const laidOut = (chartOptions: TimelineOptions<SyntheticRecord>) =>
      timed(() => {
        const rendered = render<SyntheticRecord>(chartOptions);
        rendered.host.getBoundingClientRect();
        return rendered;
      });
    // Alternate the two, after a first run of each: the first createTimeline also pays for compiling the code.
    const without: number[] = [];
    const withTable: number[] = [];
    let last = laidOut(options);
    laidOut({ ...options, table: false });
    for (let round = 0; round < 3; round++) {
      without.push(laidOut({ ...options, table: false }).ms);
      last = laidOut(options);
      withTable.push(last.ms);
    }
    const { host } = last.result;
    const container = host.querySelector<HTMLElement>('.stc-table-container');
    expect(container?.classList.contains('stc-visually-hidden-focusable')).toBe(true);
    expect(container?.querySelector('tbody')?.rows).toHaveLength(50);
    const pager = container?.querySelector('nav');
    expect(pager?.querySelector('[role="status"]')?.textContent).toBe('Rows 1–50 of 10,000');
    expect(Array.from(pager?.querySelectorAll('button') ?? [], (button) => button.textContent)).toEqual([
      'Previous 50 rows',
      'Next 50 rows',
    ]);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1] as number;
    console.info(
      `[timeline-scale] 10,000 records, createTimeline laid out (median of 3): ${median(without).toFixed(0)} ms ` +
        `without the table, ${median(withTable).toFixed(0)} ms with the hidden table ` +
        `(without: ${without.map((ms) => ms.toFixed(0)).join(', ')}; with: ${withTable.map((ms) => ms.toFixed(0)).join(', ')})`,
    );
  });

  it('read the details of the rows shown, and find a column only late rows have while the page is idle', async () => {
    // Records whose details are first read after createTimeline returns get a place: a column that the first scan
    // cannot know about.
    let building = true;
    const readWhileBuilding = new Set<string>();
    const details = vi.fn((record: SyntheticRecord) => {
      if (building) readWhileBuilding.add(record.id);
      return { date: record.id, kind: record.kind, place: building ? undefined : 'Ankara' };
    });
    const { host } = render<SyntheticRecord>({ ...options, details });
    building = false;
    const headers = () => Array.from(host.querySelectorAll('thead th'), (th) => th.textContent);
    // At most the rows scanned at once for optional columns, and the page shown.
    expect(readWhileBuilding.size).toBeGreaterThanOrEqual(100);
    expect(readWhileBuilding.size).toBeLessThanOrEqual(1100);
    expect(headers()).not.toContain('Place');
    await expect.poll(headers, { timeout: 5000 }).toContain('Place');
    expect(details).toHaveBeenCalledTimes(records.length);
    expect(host.querySelector('tbody')?.rows).toHaveLength(50);
  });

  it('with details from the accessors alone, read only the rows shown: no scan for columns they cannot give', async () => {
    // The layout reads each label once; the table's details read it again, for the rows shown only.
    let labelCalls = 0;
    const label = (record: SyntheticRecord) => {
      labelCalls++;
      return syntheticAccessors.label(record);
    };
    const { host } = render<SyntheticRecord>({ ...options, label });
    const whenBuilt = labelCalls;
    expect(whenBuilt).toBeGreaterThanOrEqual(records.length);
    expect(whenBuilt).toBeLessThan(records.length + 200);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(labelCalls).toBe(whenBuilt);
    expect(Array.from(host.querySelectorAll('thead th'), (th) => th.textContent?.trim())).toEqual([
      'Date',
      'Kind',
      'Summary',
      'Lane',
    ]);
  });

  it('stop the idle scan when destroyed', async () => {
    const details = vi.fn((record: SyntheticRecord) => ({ date: record.id, kind: record.kind }));
    const { handle } = render<SyntheticRecord>({ ...options, details });
    const calls = details.mock.calls.length;
    expect(calls).toBeLessThan(records.length);
    handle.destroy();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(details).toHaveBeenCalledTimes(calls);
  });

  it('draw SVG marks, up to the limit, once zoomed in far enough', () => {
    const { handle, host } = render<SyntheticRecord>({ ...options, table: false, svgMarkLimit: 400 });
    handle.zoomTo({ from: '1938-03-01', to: '1938-03-10' });
    const marks = handle.svg.querySelectorAll('[role="button"]').length;
    expect(marks).toBeGreaterThan(10);
    expect(marks).toBeLessThanOrEqual(401);
    expect(host.querySelector('.stc-timeline--dense')).toBeNull();
    expect(host.querySelector('canvas')?.hidden).toBe(true);
  });

  it('stay reachable by keyboard: arrows walk the records and the view follows', async () => {
    const { handle } = render<SyntheticRecord>({ ...options, table: false });
    const first = handle.svg.querySelector<SVGGElement>('[tabindex="0"]') as SVGGElement;
    first.focus();
    const start = focusedId();
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{ArrowRight}');
    expect(focusedId()).not.toBe(start);
    expect(handle.svg.querySelectorAll('[role="button"]').length).toBeLessThanOrEqual(2);
    await userEvent.keyboard('{End}');
    const last = focusedId();
    expect(last).not.toBeNull();
    handle.zoomTo({ from: '1937-01', to: '1937-01' });
    // The end of the lane is now far outside the view; Tab back to it pans there.
    (document.activeElement as SVGGElement).blur();
    (handle.svg.querySelector('[tabindex="0"]') as SVGGElement).focus();
    expect(focusedId()).toBe(last);
    expect(+handle.domain[0]).toBeGreaterThan(Date.UTC(1939, 0, 1));
  });

  it('answer hover and click on the canvas by hit-testing the layout', async () => {
    const { handle, host } = render<SyntheticRecord>({ ...options, table: false });
    const select = vi.fn();
    handle.on('select', select);
    const box = handle.svg.getBoundingClientRect();
    // Scan the first rows of the plot for a mark under the pointer.
    let hit = false;
    for (let y = 12; y < 60 && !hit; y += 2) {
      for (let x = 200; x < 800 && !hit; x += 3) {
        const point = { clientX: box.left + x, clientY: box.top + y, bubbles: true };
        handle.svg.dispatchEvent(new PointerEvent('pointermove', point));
        if (host.querySelector<HTMLElement>('[role="tooltip"]')?.hidden === false) {
          handle.svg.dispatchEvent(new MouseEvent('click', point));
          hit = true;
        }
      }
    }
    expect(hit).toBe(true);
    expect(select).toHaveBeenCalledTimes(1);
    expect(select.mock.calls[0]?.[0].record.id).toMatch(/^synthetic-\d+$/);
  });
});
