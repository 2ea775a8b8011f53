import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { defineElements } from '../../src/elements/define';
import { StcChordElement, StcTimelineElement } from '../../src/elements/index';
import { chordLabels, laneNames, mount, shadowOf, track } from './elements-support';

describe('defining the elements', () => {
  it('defines both on import, and a second definition (a second copy of the package) is harmless', () => {
    expect(customElements.get('stc-timeline')).toBe(StcTimelineElement);
    expect(customElements.get('stc-chord')).toBe(StcChordElement);
    expect(() => defineElements()).not.toThrow();
    expect(() => defineElements(customElements)).not.toThrow();
    expect(customElements.get('stc-timeline')).toBe(StcTimelineElement);
  });

  it('gives the tag names their classes in the DOM typings and at run time', () => {
    const timeline: StcTimelineElement = document.createElement('stc-timeline');
    const chord: StcChordElement = document.createElement('stc-chord');
    expect(timeline).toBeInstanceOf(StcTimelineElement);
    expect(chord).toBeInstanceOf(StcChordElement);
  });
});

describe('<stc-timeline> attributes', () => {
  it('renders the bundled contacts in an open shadow root, a lane per polity pair by default', async () => {
    const element = await mount('stc-timeline');
    expect(element.handle?.svg).toBeInstanceOf(SVGSVGElement);
    expect(shadowOf(element).contains(element.handle?.svg ?? null)).toBe(true);
    expect(element.querySelector('svg')).toBeNull(); // nothing in the light DOM
    expect(laneNames(element)).toContain('Turkey–USSR');
  });

  it('follows lane, and updates the same chart when it changes', async () => {
    const element = await mount('stc-timeline', { lane: 'person' });
    const svg = element.handle?.svg;
    expect(laneNames(element)).toContain('Maxim Litvinov');
    element.setAttribute('lane', 'kind');
    await element.updateComplete;
    expect(laneNames(element).sort()).toEqual(['Meeting', 'Message', 'Talks', 'Telegram']);
    expect(element.handle?.svg).toBe(svg);
    element.removeAttribute('lane');
    await element.updateComplete;
    expect(laneNames(element)).toContain('Turkey–USSR');
  });

  it('batches changes made together into one update', async () => {
    const element = await mount('stc-timeline');
    const handle = element.handle;
    if (!handle) throw new Error('not rendered');
    let updates = 0;
    const update = handle.update.bind(handle);
    handle.update = (options) => {
      updates += 1;
      update(options);
    };
    element.setAttribute('lane', 'kind');
    element.setAttribute('locale', 'ru');
    element.setAttribute('table', 'visible');
    await element.updateComplete;
    expect(updates).toBe(1);
  });

  it('follows locale (the axis in Russian), from and to, height, title and table', async () => {
    const element = await mount('stc-timeline', {
      locale: 'ru',
      from: '1938-01',
      to: '1938-06',
      height: '420',
      title: 'Контакты',
      table: 'visible',
    });
    const shadow = shadowOf(element);
    const ticks = Array.from(shadow.querySelectorAll('.stc-timeline__axis text'), (t) => t.textContent).join(' ');
    expect(ticks).toMatch(/февраль|март|апрель/i);
    const [from, to] = element.handle?.domain ?? [];
    expect(from?.toISOString().slice(0, 10)).toBe('1938-01-01');
    expect(to?.toISOString().slice(0, 10)).toBe('1938-07-01');
    expect(element.handle?.svg.getAttribute('height')).toBe('420');
    expect(shadow.querySelector('.stc-table caption')?.textContent).toContain('Контакты');
    expect(shadow.querySelector('.stc-table-container')?.classList.contains('stc-visually-hidden')).toBe(false);
    element.setAttribute('table', 'none');
    await element.updateComplete;
    expect(shadow.querySelector('.stc-table')).toBeNull();
  });

  it('turns the brush on and off with the boolean attribute', async () => {
    const element = await mount('stc-timeline', { brush: '' });
    const selection = shadowOf(element).querySelector('[aria-label="Selection"]') as HTMLElement;
    expect(selection.hidden).toBe(false);
    element.removeAttribute('brush');
    await element.updateComplete;
    expect(selection.hidden).toBe(true);
  });

  it('sets the theme as data-theme on the element, and the colours inside follow', async () => {
    const element = await mount('stc-timeline', { theme: 'light' });
    const chart = shadowOf(element).querySelector('.stc-timeline') as HTMLElement;
    expect(element.dataset.theme).toBe('light');
    const light = getComputedStyle(chart).color;
    expect(light).toBe('rgb(27, 27, 31)'); // --stc-color-text, light: the theme reached the shadow root
    element.setAttribute('theme', 'dark');
    await element.updateComplete;
    expect(element.dataset.theme).toBe('dark');
    expect(getComputedStyle(chart).color).toBe('rgb(236, 236, 241)');
    element.setAttribute('theme', 'auto');
    await element.updateComplete;
    expect(element.dataset.theme).toBeUndefined();
  });

  it('follows the width of the element', async () => {
    const element = await mount('stc-timeline', {}, 700);
    expect(element.handle?.svg.getAttribute('width')).toBe('700');
    element.style.setProperty('width', '820px');
    await expect.poll(() => element.handle?.svg.getAttribute('width')).toBe('820');
  });
});

describe('<stc-chord> attributes', () => {
  it('renders polities by default, people with by="person", and back', async () => {
    const element = await mount('stc-chord');
    const polities = dataset.polities.map((polity) => polity.name).sort();
    expect(chordLabels(element).sort()).toEqual(polities);
    element.setAttribute('by', 'person');
    await element.updateComplete;
    expect(chordLabels(element)).toContain('Maxim Litvinov');
    element.removeAttribute('by');
    await element.updateComplete;
    expect(chordLabels(element).sort()).toEqual(polities);
  });

  it('follows directed, threshold, height, title and theme', async () => {
    const element = await mount('stc-chord', { threshold: '0.1', height: '500', title: 'Who met whom', theme: 'dark' });
    const shadow = shadowOf(element);
    expect(shadow.querySelector('.stc-chord__label--other')).not.toBeNull();
    expect(element.handle?.svg.getAttribute('height')).toBe('500');
    expect(shadow.querySelector('.stc-table caption')?.textContent).toContain('Who met whom');
    expect(element.dataset.theme).toBe('dark');
    const ribbons = shadow.querySelectorAll('.stc-chord__ribbon').length;
    element.setAttribute('directed', '');
    await element.updateComplete;
    expect(shadow.querySelector('desc')?.textContent).not.toBe('');
    expect(shadow.querySelectorAll('.stc-chord__ribbon').length).not.toBe(ribbons);
  });
});

describe('the data and options properties', () => {
  const records = [
    { id: 'a', when: '1938-02-01', group: 'North', name: 'First' },
    { id: 'b', when: '1938-05-01', group: 'South', name: 'Second' },
  ];
  const accessors = {
    date: (d: unknown) => (d as { when: string }).when,
    lane: (d: unknown) => (d as { group: string }).group,
    label: (d: unknown) => (d as { name: string }).name,
    kind: () => 'meeting',
  };

  it('renders custom data set after upgrade, with accessors in options', async () => {
    const element = await mount('stc-timeline');
    element.options = accessors;
    element.data = records;
    await element.updateComplete;
    expect(laneNames(element).sort()).toEqual(['North', 'South']);
    element.data = undefined;
    element.options = undefined;
    await element.updateComplete;
    expect(laneNames(element)).toContain('Turkey–USSR');
  });

  it('honours data and options set before the element was upgraded', async () => {
    // An element made in a document without the definitions stays a plain element until it joins this one.
    const inert = document.implementation.createHTMLDocument('');
    const element = inert.createElement('stc-timeline') as HTMLElement & { data?: unknown; options?: unknown };
    element.data = records;
    element.options = accessors;
    expect(element).not.toBeInstanceOf(StcTimelineElement);
    document.body.append(element);
    track(element);
    expect(element).toBeInstanceOf(StcTimelineElement);
    const upgraded = element as unknown as StcTimelineElement;
    expect(upgraded.data).toBe(records);
    await upgraded.updateComplete;
    expect(laneNames(upgraded).sort()).toEqual(['North', 'South']);
  });

  it('gives options precedence over attributes', async () => {
    const element = await mount('stc-chord', { by: 'person' });
    element.options = { by: 'polity' };
    await element.updateComplete;
    expect(chordLabels(element)).toContain('Turkey');
  });

  it('draws custom contacts given to the chord', async () => {
    const element = await mount('stc-chord');
    element.data = dataset.contacts.filter((contact) => contact.polities.includes('bulgaria'));
    await element.updateComplete;
    expect(chordLabels(element).sort()).toEqual(['Bulgaria', 'USSR']);
  });
});
