import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import type { DeepReadonly, SourceDocument } from '../../src/data/types';
import { makeHost, markOf, render } from './timeline-support';

const contacts = dataset.contacts;
const marksIn = (svg: SVGSVGElement) => Array.from(svg.querySelectorAll<SVGGElement>('[role="button"]'));

describe('createTimeline: the bundled dataset by default', () => {
  it('draws one focusable mark per contact, exactly one of them in the tab order', () => {
    const { handle } = render();
    const marks = marksIn(handle.svg);
    expect(marks.map((m) => m.getAttribute('data-id')).sort()).toEqual(contacts.map((c) => c.id).sort());
    expect(marks.every((m) => m.getAttribute('tabindex') === '0' || m.getAttribute('tabindex') === '-1')).toBe(true);
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0').map((m) => m.getAttribute('data-id'))).toEqual([
      'litvinov-apaydin-1937-04-15',
    ]);
  });

  it('names and describes the chart: an SVG group with an aria-label and a <desc>', () => {
    const { handle } = render();
    const svg = handle.svg;
    expect(svg.getAttribute('role')).toBe('group');
    expect(svg.getAttribute('aria-label')).toBe('Timeline of Soviet–Turkish diplomatic contacts, 1937–1939');
    const desc = document.getElementById(svg.getAttribute('aria-describedby') ?? '');
    expect(desc?.tagName).toBe('desc');
    expect(desc?.textContent).toMatch(
      new RegExp(`^${contacts.length} records in 7 lanes, from 15 April 1937 to 28 December 1939\\.`),
    );
    expect(desc?.textContent).toContain('arrow keys');
  });

  it('groups marks by lane, each group named after its lane', () => {
    const { handle } = render();
    const groups = Array.from(handle.svg.querySelectorAll('.stc-timeline__lane-marks'));
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual([
      'Turkey–USSR',
      'Bulgaria–USSR',
      'France–Greece–Romania–Turkey–USSR',
      'Poland–USSR',
      'Romania–USSR',
      'Turkey',
      'USSR',
    ]);
    expect(groups.every((g) => g.getAttribute('role') === 'group')).toBe(true);
  });

  it('gives each mark a spoken label: the date as the sources state it, kind, participants and summary', () => {
    const { handle } = render();
    expect(markOf(handle.svg, 'karsky-ataturk-1937-06-01').getAttribute('aria-label')).toBe(
      '1 June 1937, meeting, M. Karsky and Mustafa Kemal Atatürk: ' +
        (contacts.find((c) => c.id === 'karsky-ataturk-1937-06-01')?.summary.text ?? ''),
    );
    expect(markOf(handle.svg, 'litvinov-aras-geneva-1937-05').getAttribute('aria-label')).toMatch(
      /^before 25 May 1937 \(inferred\), meeting, /,
    );
    // A message says who sent it to whom.
    expect(markOf(handle.svg, 'litvinov-karsky-telegram-1937').getAttribute('aria-label')).toMatch(
      /^between 13 May and 1 June 1937 \(inferred\), telegram, Maxim Litvinov → M\. Karsky: /,
    );
  });

  it('draws dates honestly: a point, a period, a month-only band, an uncertain range fading toward an open bound', () => {
    const { handle } = render();
    const svg = handle.svg;
    const day = markOf(svg, 'litvinov-apaydin-1937-04-15');
    expect(day.classList).toContain('stc-timeline__mark--point');
    expect(day.querySelector('.stc-timeline__symbol')).not.toBeNull();
    expect(day.classList).not.toContain('stc-timeline__mark--inferred');

    const period = markOf(svg, 'litvinov-aras-talks-1937-07');
    expect(period.classList).toContain('stc-timeline__mark--span');
    expect(period.querySelector('.stc-timeline__bar')).not.toBeNull();

    const month = markOf(svg, 'stalin-molotov-saracoglu-1939-10');
    expect(month.classList).toContain('stc-timeline__mark--reduced');
    expect(month.classList).toContain('stc-timeline__mark--precision-month');
    // No point on some day of the month: only a band as wide as the month.
    expect(month.querySelector('.stc-timeline__symbol')).toBeNull();
    const band = month.querySelector('.stc-timeline__band') as SVGRectElement;
    const dayWidth = Number(band.getAttribute('width')) / 31;
    expect(dayWidth).toBeGreaterThan(0.1);

    const before = markOf(svg, 'litvinov-aras-geneva-1937-05');
    for (const name of ['--uncertain', '--open-start', '--inferred']) {
      expect(before.classList).toContain(`stc-timeline__mark${name}`);
    }
    expect(before.querySelector('.stc-timeline__symbol')).toBeNull();
    expect(before.querySelector('.stc-timeline__range')?.getAttribute('mask')).toMatch(
      /^url\(#stc-timeline-\d+-fade-start\)$/,
    );
    // The known end carries a cap; the unknown start has none.
    expect(before.querySelectorAll('.stc-timeline__cap--end')).toHaveLength(1);
    expect(before.querySelectorAll('.stc-timeline__cap--start')).toHaveLength(0);

    const between = markOf(svg, 'ivanova-efchen-1939-08');
    expect(between.classList).toContain('stc-timeline__mark--uncertain');
    expect(between.querySelector('.stc-timeline__range')?.hasAttribute('mask')).toBe(false);
    expect(between.querySelectorAll('.stc-timeline__cap')).toHaveLength(2);
  });

  it('makes an uncertain mark look different from a certain one in the page', () => {
    const { handle } = render();
    const certain = markOf(handle.svg, 'litvinov-aras-talks-1937-07').querySelector('.stc-timeline__bar') as Element;
    const uncertain = markOf(handle.svg, 'ivanova-efchen-1939-08').querySelector('.stc-timeline__band') as Element;
    expect(Number(getComputedStyle(certain).fillOpacity)).toBe(1);
    expect(Number(getComputedStyle(uncertain).fillOpacity)).toBeLessThan(0.5);
    // Inferred dates are hollow: the symbol is filled with the background and outlined in the kind's colour.
    const inferred = markOf(handle.svg, 'karakhan-inonu-1937-04-25').querySelector('.stc-timeline__symbol') as Element;
    const stated = markOf(handle.svg, 'litvinov-apaydin-1937-04-15').querySelector('.stc-timeline__symbol') as Element;
    expect(getComputedStyle(inferred).fill).not.toBe(getComputedStyle(stated).fill);
    expect(getComputedStyle(inferred).stroke).toBe(getComputedStyle(stated).fill);
  });

  it('colours each kind from the palette through its class, and shapes it', () => {
    const { handle } = render();
    const meeting = markOf(handle.svg, 'litvinov-apaydin-1937-04-15');
    const telegram = markOf(handle.svg, 'saracoglu-apaydin-telegram-1939-05');
    expect(meeting.classList).toContain('stc-kind--meeting');
    expect(telegram.classList).toContain('stc-kind--telegram');
    expect(getComputedStyle(meeting).color).not.toBe(getComputedStyle(telegram).color);
  });

  it('draws lanes with labels, a time axis, and labels only where they fit', () => {
    const { handle } = render();
    const svg = handle.svg;
    const names = Array.from(svg.querySelectorAll('.stc-timeline__lane-name'), (t) => t.textContent);
    expect(names[0]).toBe('Turkey–USSR');
    expect(names).toHaveLength(7);
    const ticks = Array.from(svg.querySelectorAll('.stc-timeline__axis .tick text'), (t) => t.textContent);
    expect(ticks).toContain('1938');
    expect(ticks).toContain('1939');
    // Every drawn label is a summary, and never runs past the plot.
    const right = Number(svg.getAttribute('width')) - 16;
    for (const label of svg.querySelectorAll<SVGTextElement>('.stc-timeline__label')) {
      expect(label.getBBox().x + label.getBBox().width).toBeLessThanOrEqual(right + 1);
    }
    // The hidden ones are counted in the lane label.
    expect(svg.querySelector('.stc-timeline__lane-count')?.textContent).toMatch(/^ ?\+\d+$/);
  });

  it('shows a legend of kinds and date forms', () => {
    const { host } = render();
    const items = Array.from(host.querySelectorAll('.stc-timeline__legend li'), (li) => li.textContent);
    expect(items).toEqual([
      'meeting',
      'talks',
      'telegram',
      'message',
      'day',
      'period',
      'month or year only',
      'between dates (fades where a bound is unknown)',
      'date inferred, not stated',
    ]);
  });

  it('keeps the same records in a visually hidden table, one row each, with links to sources', () => {
    const { host } = render();
    const table = host.querySelector('table') as HTMLTableElement;
    expect(table.closest('.stc-visually-hidden-focusable')).not.toBeNull();
    expect(table.tBodies[0]?.rows).toHaveLength(contacts.length);
    const row = table.querySelector('tr[data-key="karsky-ataturk-1937-06-01"]') as HTMLTableRowElement;
    expect(row.textContent).toContain('1 June 1937');
    expect(row.querySelector('a')?.getAttribute('href')).toMatch(/^https?:\/\//);
  });

  it('pages the table by tablePageSize, and names a bad one', () => {
    const { handle, host } = render({ table: 'visible', tablePageSize: 10 });
    expect(host.querySelectorAll('tbody tr')).toHaveLength(10);
    expect(host.querySelector('[role="status"]')?.textContent).toBe(`Rows 1–10 of ${contacts.length}`);
    handle.update({ tablePageSize: 50 });
    expect(host.querySelectorAll('tbody tr')).toHaveLength(contacts.length);
    expect(() => handle.update({ tablePageSize: 0 })).toThrow('invalid tablePageSize: 0 (expected an integer ≥ 1)');
  });

  it('shows the table with table: "visible", and makes none with table: false', () => {
    const visible = render({ table: 'visible' }).host;
    expect(visible.querySelector('.stc-visually-hidden-focusable')).toBeNull();
    expect(visible.querySelector('table')).not.toBeNull();
    expect(render({ table: false }).host.querySelector('table')).toBeNull();
  });

  it('sets no inline style and injects no <style>: geometry is attributes, the look is theme.css', () => {
    const { host } = render();
    expect(host.querySelectorAll('[style]')).toHaveLength(0);
    expect(host.querySelectorAll('style')).toHaveLength(0);
  });

  it('follows the host width, and takes a fixed width when given', () => {
    expect(render(undefined, makeHost(900)).handle.svg.getAttribute('width')).toBe('900');
    expect(render({ width: 700 }, makeHost(900)).handle.svg.getAttribute('width')).toBe('700');
  });
});

describe('createTimeline: lane modes and locales', () => {
  it('draws one mark per participant and contact by person', () => {
    const { handle } = render({ lane: 'person' });
    const expected = contacts.reduce((sum, c) => sum + new Set(c.participants).size, 0);
    expect(marksIn(handle.svg)).toHaveLength(expected);
    const lanes = Array.from(handle.svg.querySelectorAll('.stc-timeline__lane-marks'), (g) =>
      g.getAttribute('aria-label'),
    );
    expect(lanes).toContain('Maxim Litvinov');
  });

  it('draws one lane per kind by kind', () => {
    const { handle } = render({ lane: 'kind' });
    const lanes = Array.from(handle.svg.querySelectorAll('.stc-timeline__lane-marks'), (g) =>
      g.getAttribute('aria-label'),
    );
    expect(lanes.sort()).toEqual(['Meeting', 'Message', 'Talks', 'Telegram']);
    expect(marksIn(handle.svg)).toHaveLength(contacts.length);
  });

  it.each([
    [
      'ru',
      /^(январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)$/,
      'ru-RU',
      '1 июня 1937 г.',
    ],
    ['tr', /^(Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık)$/, 'tr-TR', '1 Haziran 1937'],
  ] as const)('labels the axis and the dates in %s', (locale, month, language, date) => {
    const { handle } = render({ locale });
    const ticks = Array.from(handle.svg.querySelectorAll('.stc-timeline__axis .tick text'), (t) => t.textContent ?? '');
    expect(ticks.filter((t) => month.test(t)).length).toBeGreaterThan(2);
    expect(handle.svg.querySelector('.stc-timeline__axis')?.getAttribute('lang')).toBe(language);
    expect(markOf(handle.svg, 'karsky-ataturk-1937-06-01').getAttribute('aria-label')).toMatch(
      new RegExp(`^${date}, `),
    );
  });
});

type DocumentRecord = DeepReadonly<SourceDocument>;

describe('createTimeline: custom records through accessors', () => {
  it('draws any records, with kinds outside the palette given their own shapes and colours', () => {
    const { handle, host } = render<DocumentRecord>({
      data: dataset.documents,
      id: (d) => d.id,
      date: (d) => d.date,
      lane: (d) => d.kind,
      label: (d) => d.title.text,
      kind: (d) => d.kind,
      title: 'Documents by kind',
    });
    expect(handle.svg.getAttribute('aria-label')).toBe('Documents by kind');
    expect(marksIn(handle.svg)).toHaveLength(dataset.documents.length);
    const diary = handle.svg.querySelector('[data-lane="diary"] [role="button"]') as Element;
    expect(diary.getAttribute('class')).toMatch(/stc-timeline__kind--other-\d/);
    expect(diary.getAttribute('aria-label')).toMatch(/^20–26 August 1939, diary: /);
    expect(Array.from(host.querySelectorAll('thead th'), (th) => th.textContent)).toEqual([
      'Date',
      'Kind',
      'Summary',
      'Lane',
    ]);
  });

  it("keeps custom lane keys as written, even one that is a person's or a kind's id in the dataset", () => {
    const rows = [
      { id: 'a', day: '1938-01-05', who: 'litvinov' },
      { id: 'b', day: '1938-02-05', who: 'meeting' },
    ];
    const { handle } = render<(typeof rows)[number]>({
      data: rows,
      id: (d) => d.id,
      date: (d) => d.day,
      lane: (d) => d.who,
      label: (d) => d.id,
      kind: () => 'note',
    });
    const lanes = Array.from(handle.svg.querySelectorAll('.stc-timeline__lane-marks'), (g) =>
      g.getAttribute('aria-label'),
    );
    expect(lanes.sort()).toEqual(['litvinov', 'meeting']);
  });

  it('accepts Dates and ISO strings of any precision', () => {
    const data = [
      { id: 'a', when: new Date(Date.UTC(1938, 2, 1)) },
      { id: 'b', when: '1938-06' },
      { id: 'c', when: '1939' },
    ];
    const { handle } = render<(typeof data)[number]>({
      data,
      id: (d) => d.id,
      date: (d) => d.when,
      lane: () => 'all',
      label: (d) => `Record ${d.id}`,
      kind: () => 'event',
    });
    expect(markOf(handle.svg, 'a').getAttribute('aria-label')).toBe('1 March 1938, event: Record a');
    expect(markOf(handle.svg, 'b').classList).toContain('stc-timeline__mark--precision-month');
    expect(markOf(handle.svg, 'c').classList).toContain('stc-timeline__mark--precision-year');
  });

  it('throws an error naming the option or record, and leaves the host empty', () => {
    const host = makeHost();
    expect(() => render({ lane: 'persons' as never }, host)).toThrow(
      'invalid lane: "persons" (expected "polity-pair", "person", "kind" or a function)',
    );
    expect(() => render({ table: 'shown' as never }, host)).toThrow('invalid table: "shown"');
    expect(() => render({ locale: 'de' as never }, host)).toThrow(/invalid locale: "de"/);
    expect(() =>
      render<{ id: string }>(
        { data: [{ id: 'x' }], date: () => 'soon', lane: () => 'l', label: () => '', kind: () => 'k' },
        host,
      ),
    ).toThrow('data[0] ("x"): invalid date: "soon"');
    expect(host.childNodes).toHaveLength(0);
  });
});
