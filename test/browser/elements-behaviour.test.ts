import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { TimelineSelectEvent, TimelineZoomEvent } from '../../src/timeline/create-timeline';
import { violations } from './axe-support';
import { chordLabels, collectErrors, laneNames, mount, shadowOf, track } from './elements-support';

const pageStyles: HTMLStyleElement[] = [];
/** A stylesheet of the page (the test's, standing for a host page's CSS). */
function pageStyle(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  pageStyles.push(style);
}

afterEach(() => {
  for (const style of pageStyles.splice(0)) style.remove();
  vi.restoreAllMocks();
});

function mark(element: HTMLElement, id: string): SVGGElement {
  const node = shadowOf(element).querySelector<SVGGElement>(`[role="button"][data-id="${CSS.escape(id)}"]`);
  if (!node) throw new Error(`no mark for ${id}`);
  return node;
}

describe('events', () => {
  it('re-dispatches select and zoom as composed, bubbling CustomEvents with the chart event as detail', async () => {
    const element = await mount('stc-timeline');
    const received: CustomEvent[] = [];
    const listener = (event: Event) => received.push(event as CustomEvent);
    for (const type of ['stc-select', 'stc-zoom']) document.addEventListener(type, listener);
    try {
      mark(element, 'karsky-ataturk-1937-06-01').focus();
      await userEvent.keyboard('{Enter}');
      element.handle?.zoomTo({ from: '1938-01', to: '1938-03' });
    } finally {
      for (const type of ['stc-select', 'stc-zoom']) document.removeEventListener(type, listener);
    }
    expect(received.map((event) => event.type)).toEqual(['stc-select', 'stc-zoom']);
    const select = received[0] as CustomEvent<TimelineSelectEvent<{ id: string }>>;
    expect(select).toBeInstanceOf(CustomEvent);
    expect(select.bubbles && select.composed).toBe(true);
    expect(select.target).toBe(element);
    expect(select.detail.record.id).toBe('karsky-ataturk-1937-06-01');
    expect(select.detail.lane).toBe('turkey–ussr');
    const zoom = received[1] as CustomEvent<TimelineZoomEvent>;
    expect(zoom.detail.from.toISOString().slice(0, 10)).toBe('1938-01-01');
  });

  it('re-dispatches the brush as stc-brush', async () => {
    const element = await mount('stc-timeline', { brush: '' });
    const brushed = vi.fn();
    element.addEventListener('stc-brush', brushed);
    element.handle?.brushTo({ from: '1938-01-01', to: '1938-01-31' });
    expect(brushed).toHaveBeenCalledTimes(1);
    expect(brushed.mock.calls[0]?.[0].detail.days).toEqual({ from: '1938-01-01', to: '1938-01-31' });
  });

  it('re-dispatches the chord select', async () => {
    const element = await mount('stc-chord');
    const selected = vi.fn();
    document.addEventListener('stc-select', selected);
    try {
      const arc = shadowOf(element).querySelector<SVGElement>('.stc-chord__groups [tabindex="0"]');
      if (!arc) throw new Error('no focusable arc');
      arc.focus();
      await userEvent.keyboard('{Enter}');
    } finally {
      document.removeEventListener('stc-select', selected);
    }
    expect(selected).toHaveBeenCalledTimes(1);
    expect(selected.mock.calls[0]?.[0].detail.type).toBe('group');
    expect(selected.mock.calls[0]?.[0].detail.contacts.length).toBeGreaterThan(0);
  });

  // The charts listen for focusin on the document, where the shadow root retargets it to the element: they read the
  // event's composed path (src/shared/shadow-dom.ts), so a mark focused inside still emits `focus` and shows its tooltip.
  it('re-dispatches focus as stc-focus, and shows the tooltip of the focused mark', async () => {
    const timeline = await mount('stc-timeline');
    const chord = await mount('stc-chord');
    const focused = vi.fn();
    document.addEventListener('stc-focus', focused);
    try {
      mark(timeline, 'karsky-ataturk-1937-06-01').focus();
      expect((shadowOf(timeline).querySelector('[role="tooltip"]') as HTMLElement).hidden).toBe(false);
      shadowOf(chord).querySelector<SVGElement>('.stc-chord__groups [tabindex="0"]')?.focus();
    } finally {
      document.removeEventListener('stc-focus', focused);
    }
    expect(focused).toHaveBeenCalledTimes(2);
    expect(focused.mock.calls[0]?.[0].detail.record.id).toBe('karsky-ataturk-1937-06-01');
  });
});

describe('invalid values', () => {
  it('reports an invalid word as stc-error naming the attribute, never throws, and keeps the last render', async () => {
    const element = await mount('stc-timeline', { lane: 'kind' });
    const svg = element.handle?.svg;
    const before = laneNames(element);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const errors = collectErrors();
    try {
      expect(() => element.setAttribute('lane', 'persons')).not.toThrow();
      expect(await element.updateComplete).toBe(false);
    } finally {
      errors.stop();
    }
    expect(errors.details).toHaveLength(1);
    expect(errors.details[0]).toMatchObject({ attribute: 'lane', property: null, value: 'persons' });
    expect(errors.details[0]?.message).toContain('invalid attribute lane="persons"');
    expect(errors.details[0]?.message).toContain('"polity-pair", "person", "kind"');
    expect(logged).toHaveBeenCalledWith(errors.details[0]?.message);
    expect(element.handle?.svg).toBe(svg);
    expect(laneNames(element)).toEqual(before);
  });

  it('reports a value the chart refuses (to before from), and still applies a good change made with it', async () => {
    const element = await mount('stc-timeline', { from: '1938-01' });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const errors = collectErrors();
    try {
      element.setAttribute('to', '1937-06');
      element.setAttribute('lane', 'kind');
      await element.updateComplete;
    } finally {
      errors.stop();
    }
    expect(errors.details.map((detail) => detail.attribute)).toEqual(['to']);
    expect(errors.details[0]?.message).toMatch(/invalid to: .*expected a date after from/);
    expect(laneNames(element).sort()).toEqual(['Meeting', 'Message', 'Talks', 'Telegram']);
    expect(element.handle?.domain[0].toISOString().slice(0, 10)).toBe('1938-01-01');
  });

  it('reports invalid numbers, themes, and a table the chord cannot drop', async () => {
    const element = await mount('stc-chord', { by: 'person' });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const errors = collectErrors();
    try {
      element.setAttribute('threshold', 'lots');
      element.setAttribute('height', '-3');
      element.setAttribute('theme', 'sepia');
      element.setAttribute('table', 'none');
      await element.updateComplete;
    } finally {
      errors.stop();
    }
    expect(errors.details.map((detail) => detail.attribute).sort()).toEqual(['height', 'table', 'theme', 'threshold']);
    expect(element.dataset.theme).toBeUndefined();
    expect(chordLabels(element)).toContain('Maxim Litvinov');
  });

  it('reports a refused options property without throwing from the setter', async () => {
    const element = await mount('stc-chord');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const errors = collectErrors();
    try {
      element.options = { colour: 'red' };
      await element.updateComplete;
    } finally {
      errors.stop();
    }
    expect(errors.details[0]).toMatchObject({ attribute: null, property: 'options' });
    expect(errors.details[0]?.message).toContain('unknown option: "colour"');
    expect(chordLabels(element)).toContain('Turkey');
  });
});

describe('connecting and disconnecting', () => {
  it('destroys the chart on disconnect (no nodes, no listeners) and renders a new one on reconnect', async () => {
    const element = await mount('stc-timeline');
    const old = element.handle;
    if (!old) throw new Error('not rendered');
    const selected = vi.fn();
    document.addEventListener('stc-select', selected);
    try {
      element.remove();
      expect(element.handle).toBeNull();
      expect(shadowOf(element).querySelector('.stc-timeline, svg, table, .stc-tooltip')).toBeNull();
      expect(old.svg.isConnected).toBe(false);
      // The chart's listeners are gone: its emitter refuses new ones, and the old marks are out of every document.
      expect(() => old.on('select', () => {})).toThrow(/destroyed/);
      document.body.append(element);
      await element.updateComplete;
      expect(element.handle).not.toBeNull();
      expect(element.handle).not.toBe(old);
      expect(shadowOf(element).querySelectorAll('.stc-timeline')).toHaveLength(1);
      mark(element, 'karsky-ataturk-1937-06-01').focus();
      await userEvent.keyboard('{Enter}');
      expect(selected).toHaveBeenCalledTimes(1); // once: the old chart does not answer too
    } finally {
      document.removeEventListener('stc-select', selected);
    }
  });
});

describe('styles', () => {
  it('keeps the page CSS out: a page rule hiding every svg leaves the chart visible', async () => {
    pageStyle('svg { display: none !important; } .stc-timeline, .stc-chord { display: none !important; }');
    const timeline = await mount('stc-timeline');
    const chord = await mount('stc-chord');
    for (const element of [timeline, chord]) {
      const svg = element.handle?.svg as SVGSVGElement;
      expect(getComputedStyle(svg).display).not.toBe('none');
      expect(svg.getBoundingClientRect().height).toBeGreaterThan(100);
    }
  });

  it('exposes CSS parts the page can style', async () => {
    pageStyle(`
      stc-timeline::part(legend) { outline: 3px solid rgb(255, 0, 0); }
      stc-timeline::part(controls) { outline: 3px solid rgb(0, 128, 0); }
      stc-timeline::part(chart) { --stc-timeline-font-size: 20px; }
      stc-chord::part(figure) { outline: 3px solid rgb(0, 0, 255); }`);
    const timeline = await mount('stc-timeline', { table: 'visible' });
    const chord = await mount('stc-chord');
    const shadow = shadowOf(timeline);
    expect(getComputedStyle(shadow.querySelector('[part="legend"]') as Element).outlineColor).toBe('rgb(255, 0, 0)');
    for (const controls of shadow.querySelectorAll('[part="controls"]')) {
      expect(getComputedStyle(controls).outlineColor).toBe('rgb(0, 128, 0)');
    }
    const chart = shadow.querySelector('[part="chart"]') as Element;
    expect(getComputedStyle(chart).getPropertyValue('--stc-timeline-font-size').trim()).toBe('20px');
    const figure = shadowOf(chord).querySelector('[part="figure"]') as Element;
    expect(getComputedStyle(figure).outlineColor).toBe('rgb(0, 0, 255)');
    for (const part of ['chart', 'header', 'legend', 'controls', 'figure', 'tooltip', 'table']) {
      expect(shadow.querySelector(`[part~="${part}"]`), part).not.toBeNull();
    }
  });

  it('takes custom properties set on the element', async () => {
    pageStyle('stc-chord { --stc-color-text: rgb(1, 2, 3); }');
    const chord = await mount('stc-chord');
    expect(getComputedStyle(shadowOf(chord).querySelector('.stc-chord') as Element).color).toBe('rgb(1, 2, 3)');
  });
});

describe('accessibility through the shadow root', () => {
  it.each(['light', 'dark'] as const)('axe finds no violations in the %s theme', async (theme) => {
    // A page as an article would be: the charts in its main landmark (axe wants all content in landmarks).
    const main = document.createElement('main');
    document.body.append(main);
    track(main);
    const timeline = await mount('stc-timeline', { theme, table: 'visible' }, 900, main);
    const chord = await mount('stc-chord', { theme }, 900, main);
    mark(timeline, 'karsky-ataturk-1937-06-01').focus();
    expect(await violations(document.body)).toEqual([]);
    // The names still reach assistive technology: the chart's group is named and described, and the table exists.
    for (const element of [timeline, chord]) {
      const svg = element.handle?.svg as SVGSVGElement;
      expect(svg.getAttribute('aria-label') ?? svg.getAttribute('aria-labelledby')).toBeTruthy();
      expect(shadowOf(element).getElementById(String(svg.getAttribute('aria-describedby')))).not.toBeNull();
      expect(shadowOf(element).querySelector('table caption')).not.toBeNull();
    }
  });
});
