import { describe, expect, it } from 'vitest';
import { rescaleLayout } from '../../../src/timeline/layout/rescale-layout';
import { type Mark, type TimelineLayout, timelineLayout } from '../../../src/timeline/layout/timeline-layout';
import { isInView, visibleMarks } from '../../../src/timeline/layout/visible-marks';
import { normalizeTimelineOptions, type TimelineDateInput } from '../../../src/timeline/options';

interface Event {
  id: string;
  date: TimelineDateInput;
  lane: string;
}

const dayMs = 86_400_000;
const start = Date.UTC(1937, 0, 1);

function layOut(data: Event[]): TimelineLayout<Event> {
  const options = normalizeTimelineOptions<Event>({
    data,
    id: (d) => d.id,
    date: (d) => d.date,
    lane: (d) => d.lane,
    label: (d) => d.id,
    kind: () => 'event',
  });
  return timelineLayout(options, (text) => text.length * 6);
}

/** The layout with its marks behind a proxy that counts which marks are read. */
function counted<T>(layout: TimelineLayout<T>): { layout: TimelineLayout<T>; read: Set<number> } {
  const read = new Set<number>();
  const marks = new Proxy(layout.marks as Mark<T>[], {
    get(target, property, receiver) {
      if (typeof property === 'string' && /^\d+$/.test(property)) read.add(Number(property));
      return Reflect.get(target, property, receiver);
    },
  });
  return { layout: { ...layout, marks }, read };
}

describe('visibleMarks', () => {
  // 10,000 points, about nine a day over three years, in two lanes.
  const points: Event[] = Array.from({ length: 10_000 }, (_, i) => ({
    id: `p${i}`,
    date: new Date(start + Math.floor((i * 1095) / 10_000) * dayMs),
    lane: i % 2 ? 'a' : 'b',
  }));

  it('finds the marks in view, in the layout order, reading few others', () => {
    const layout = layOut(points);
    rescaleLayout(layout, [Date.UTC(1938, 3, 1), Date.UTC(1938, 4, 1)]);
    const everyInView = layout.marks.filter((mark) => isInView(mark, layout.plot));
    expect(everyInView.length).toBeGreaterThan(200);
    const probe = counted(layout);
    expect(visibleMarks(probe.layout)).toEqual(everyInView);
    // The marks in view, a few either side of the view, and two binary searches of 10,000 (14 steps each).
    expect(probe.read.size).toBeLessThan(everyInView.length + 100);
  });

  it('still finds a long range that began before the view', () => {
    const range: Event = { id: 'range', date: { from: '1937-02-01', to: '1939-11-30', basis: 'stated' }, lane: 'a' };
    const layout = layOut([range, ...points]);
    rescaleLayout(layout, [Date.UTC(1939, 5, 1), Date.UTC(1939, 5, 8)]);
    const visible = visibleMarks(layout);
    expect(visible.map((mark) => mark.id)).toContain('range');
    expect(visible).toEqual(layout.marks.filter((mark) => isInView(mark, layout.plot)));
  });

  it('finds nothing when the view holds no mark', () => {
    const layout = layOut(points.filter((_, i) => i < 100 || i > 9_900));
    rescaleLayout(layout, [Date.UTC(1938, 3, 1), Date.UTC(1938, 4, 1)]);
    expect(visibleMarks(layout)).toEqual([]);
  });
});
