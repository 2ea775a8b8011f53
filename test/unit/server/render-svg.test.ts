/**
 * The server entry in Node: both charts as standalone SVG documents that parse, name themselves, carry no custom
 * property, and draw as many marks and labels as the same chart does in jsdom (the page's structure).
 */
import { describe, expect, it } from 'vitest';
import { createChord } from '../../../src/bundled/create-chord';
import { createTimeline } from '../../../src/bundled/create-timeline';
import { withNodeDocument } from '../../../src/server/node-document';
import { renderChordSVG, renderTimelineSVG } from '../../../src/server/render-svg';

/** Parses an SVG file as XML (any error in it shows as a parsererror element). */
function parse(svg: string): SVGSVGElement {
  const doc = withNodeDocument((page) =>
    new (page.defaultView as Window & typeof globalThis).DOMParser().parseFromString(svg, 'image/svg+xml'),
  );
  expect(doc.querySelector('parsererror')).toBeNull();
  expect(doc.documentElement.localName).toBe('svg');
  return doc.documentElement as unknown as SVGSVGElement;
}

/** The chart drawn as a page would (jsdom, no export), for counting its marks and labels. */
function pageRender(draw: (host: Element) => { svg: SVGSVGElement }): SVGSVGElement {
  return withNodeDocument((doc) => {
    const host = doc.createElement('div');
    doc.body.append(host);
    return draw(host).svg;
  });
}

const count = (root: Element, selector: string) => root.querySelectorAll(selector).length;

describe('renderTimelineSVG', () => {
  const text = renderTimelineSVG({ width: 800 });
  const svg = parse(text);

  it('is a standalone document with its size, title and description', () => {
    expect(text.startsWith('<?xml')).toBe(true);
    expect(svg.getAttribute('xmlns') ?? svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('width')).toBe('800');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 800 \d+$/);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector(':scope > title')?.textContent).toBe(svg.getAttribute('aria-label'));
    expect(svg.querySelector(':scope > title')?.textContent).toMatch(/Soviet–Turkish/);
    expect(svg.querySelector(':scope > desc')?.textContent).toMatch(/contacts|records/);
    expect(svg.getAttribute('font-family')).toMatch(/sans-serif$/);
  });

  it('resolves every custom property and light-dark() to plain values', () => {
    expect(text).not.toContain('var(');
    expect(text).not.toContain('light-dark(');
    expect(text).not.toMatch(/currentColor/i);
    expect(text).not.toContain('tabindex');
    expect(text).not.toContain('role="button"');
  });

  it('draws the same marks and labels as the page', () => {
    const page = pageRender((host) => createTimeline(host, { width: 800 }));
    const marks = count(page, '.stc-timeline__mark');
    expect(marks).toBeGreaterThan(0);
    expect(count(svg, '.stc-timeline__mark')).toBe(marks);
    expect(count(svg, '.stc-timeline__label')).toBe(count(page, '.stc-timeline__label'));
    expect(count(svg, '.stc-timeline__lane-label')).toBe(count(page, '.stc-timeline__lane-label'));
    expect(count(svg, 'mask')).toBe(count(page, 'mask'));
  });

  it('gives marks their kind colour for the theme (light and dark differ)', () => {
    const dark = parse(renderTimelineSVG({ width: 800, theme: 'dark' }));
    const meetingLight = svg.querySelector(
      '.stc-kind--meeting:not(.stc-timeline__mark--inferred) .stc-timeline__symbol',
    );
    const meetingDark = dark.querySelector(
      '.stc-kind--meeting:not(.stc-timeline__mark--inferred) .stc-timeline__symbol',
    );
    expect(meetingLight?.getAttribute('fill')).toBe('#0072b2');
    expect(meetingDark?.getAttribute('fill')).toBe('#56b4e9');
    expect(svg.querySelector('.stc-export__background')?.getAttribute('fill')).toBe('#ffffff');
    expect(dark.querySelector('.stc-export__background')?.getAttribute('fill')).toBe('#16161a');
  });

  it('passes options through and names bad ones', () => {
    const person = parse(renderTimelineSVG({ lane: 'person', locale: 'ru', fontFamily: 'Georgia' }));
    expect(person.getAttribute('width')).toBe('800');
    expect(person.getAttribute('font-family')).toBe('Georgia, sans-serif');
    expect(() => renderTimelineSVG({ width: -3 })).toThrow(/invalid width -3 \(expected a number of pixels > 0\)/);
    expect(() => renderTimelineSVG({ theme: 'sepia' as 'light' })).toThrow(/invalid theme "sepia"/);
  });
});

describe('renderChordSVG', () => {
  const text = renderChordSVG({ width: 600 });
  const svg = parse(text);

  it('is standalone, named, and free of custom properties', () => {
    expect(svg.getAttribute('width')).toBe('600');
    expect(svg.querySelector(':scope > title')?.textContent).toMatch(/who met whom/);
    expect(svg.querySelector(':scope > desc')?.textContent).toMatch(/chord diagram/);
    expect(text).not.toContain('var(');
    expect(text).not.toContain('light-dark(');
    expect(text).not.toContain('style=');
  });

  it('draws the same groups, ribbons and labels as the page', () => {
    const page = pageRender((host) => createChord(host, { width: 600 }));
    expect(count(page, '.stc-chord__ribbon')).toBeGreaterThan(0);
    expect(count(svg, '.stc-chord__ribbon')).toBe(count(page, '.stc-chord__ribbon'));
    expect(count(svg, '.stc-chord__arc')).toBe(count(page, '.stc-chord__arc'));
    expect(count(svg, '.stc-chord__label')).toBe(count(page, '.stc-chord__label'));
  });

  it('resolves the polity colours the chord sets inline', () => {
    const ussr = svg.querySelector('.stc-chord__arc[data-key="ussr"]');
    expect(ussr?.getAttribute('fill')).toBe('#d55e00');
    const turkey = svg.querySelector('.stc-chord__arc[data-key="turkey"]');
    expect(turkey?.getAttribute('fill')).toBe('#0072b2');
    expect(turkey?.getAttribute('stroke')).toBe('#ffffff');
    const dark = parse(renderChordSVG({ theme: 'dark' }));
    expect(dark.querySelector('.stc-chord__arc[data-key="turkey"]')?.getAttribute('fill')).toBe('#56b4e9');
    expect(dark.querySelector('.stc-chord__label')?.getAttribute('fill')).toBe('#ececf1');
  });
});
