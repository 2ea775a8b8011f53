// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it, type MockInstance, vi } from 'vitest';
import { createTimeline } from '../../../src/bundled/create-timeline';
import type { TimelineOptions } from '../../../src/timeline/create-timeline';
import { normalizeSvg, roundNumbers } from './normalize-svg';

describe('roundNumbers', () => {
  it('rounds numbers of more than 2 decimals, and exponent forms, to 2 decimals', () => {
    expect(roundNumbers('translate(141.4375,20.005)')).toBe('translate(141.44,20.01)');
    expect(roundNumbers('M3.5355339,-3.5355339L1e-16,2.5e1Z')).toBe('M3.54,-3.54L0,25Z');
  });

  it('keeps integers and numbers of up to 2 decimals exactly as written', () => {
    expect(roundNumbers('0 0 800 352')).toBe('0 0 800 352');
    expect(roundNumbers('0.35 1.50 -0.75 7.')).toBe('0.35 1.50 -0.75 7.');
  });

  it('writes a rounded negative zero as 0', () => {
    expect(roundNumbers('translate(-0.001,0)')).toBe('translate(0,0)');
  });
});

describe('normalizeSvg', () => {
  it('keeps CSS in style as written: a colour such as #009e73 is not a number', () => {
    const svg = '<svg><path style="color: var(--stc-polity-other-1, #009e73);" d="M1.23456,0"/></svg>';
    expect(normalizeSvg(svg)).toContain('style="color: var(--stc-polity-other-1, #009e73);" d="M1.23,0"');
  });

  it('rounds numbers in geometry attributes, but not in names and text taken from the data', () => {
    const markup =
      '<svg><g transform="translate(1.23456,0)" aria-label="Treaty 1.23456" data-id="v1.23456" class="c1.23456">' +
      '<text x="2.0049">3.14159</text></g></svg>';
    expect(normalizeSvg(markup)).toBe(
      [
        '<svg xmlns="http://www.w3.org/2000/svg">',
        '  <g transform="translate(1.23,0)" aria-label="Treaty 1.23456" data-id="v1.23456" class="c1.23456">',
        '    <text x="2">3.14159</text>',
        '  </g>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });

  it('renumbers generated ids per prefix in order of first appearance, and every reference with them', () => {
    const markup =
      '<svg aria-describedby="stc-timeline-7-desc stc-tooltip-4">' +
      '<desc id="stc-timeline-7-desc">d</desc>' +
      '<defs><clipPath id="stc-timeline-7-clip"></clipPath><mask id="stc-timeline-2-fade"></mask></defs>' +
      '<g clip-path="url(#stc-timeline-7-clip)" mask="url(&quot;#stc-timeline-2-fade&quot;)"></g>' +
      '<g mask="url(#stc-timeline-2-fade)"></g>' +
      '<use href="#stc-timeline-7-clip" xlink:href="#stc-timeline-2-fade"></use>' +
      '<g id="legend" aria-labelledby="legend stc-table-12-title"></g>' +
      '</svg>';
    const lines = normalizeSvg(markup).split('\n');
    expect(lines[0]).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" aria-describedby="stc-timeline-1-desc stc-tooltip-1">',
    );
    expect(lines[1]).toBe('  <desc id="stc-timeline-1-desc">d</desc>');
    expect(lines[3]).toBe('    <clipPath id="stc-timeline-1-clip"/>');
    expect(lines[4]).toBe('    <mask id="stc-timeline-2-fade"/>');
    // An attribute's own quoting (&quot;) is kept; only the id inside changes.
    expect(lines[6]).toBe('  <g clip-path="url(#stc-timeline-1-clip)" mask="url(&quot;#stc-timeline-2-fade&quot;)"/>');
    expect(lines[7]).toBe('  <g mask="url(#stc-timeline-2-fade)"/>');
    expect(lines[8]).toBe('  <use href="#stc-timeline-1-clip" xlink:href="#stc-timeline-2-fade"/>');
    // An id without a counter is kept as it is.
    expect(lines[9]).toBe('  <g id="legend" aria-labelledby="legend stc-table-1-title"/>');
  });

  it('prints one element per line, indented, attributes in the order emitted, text inline and verbatim', () => {
    const markup =
      '<svg viewBox="0 0 10 10" width="10"><g class="lane"><text y="2" x="1"><tspan>Name</tspan>' +
      '<tspan> +3</tspan></text><rect></rect></g><g hidden=""></g></svg>';
    expect(normalizeSvg(markup)).toBe(
      [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10">',
        '  <g class="lane">',
        '    <text y="2" x="1">',
        '      <tspan>Name</tspan>',
        '      <tspan> +3</tspan>',
        '    </text>',
        '    <rect/>',
        '  </g>',
        '  <g hidden=""/>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });

  it('says where markup that is not one well-nested element goes wrong', () => {
    expect(() => normalizeSvg('<svg><g></svg>')).toThrow('unexpected </svg> at offset 8 (expected </g>)');
    expect(() => normalizeSvg('<svg><g></g>')).toThrow('<svg> is never closed (expected its end tag)');
    expect(() => normalizeSvg('<svg></svg><svg></svg>')).toThrow('expected one root element, found 2');
  });
});

describe('normalizeSvg on timeline renders', () => {
  let getContext: MockInstance;
  beforeAll(() => {
    getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterAll(() => getContext.mockRestore());

  function renderMarkup(options: TimelineOptions): string {
    const host = document.createElement('div');
    document.body.append(host);
    const handle = createTimeline(host, options);
    const markup = handle.svg.outerHTML;
    handle.destroy();
    host.remove();
    return markup;
  }

  it('makes two renders of the same chart identical, though their generated ids differ', () => {
    const first = renderMarkup({ width: 800 });
    const second = renderMarkup({ width: 800 });
    expect(first).not.toBe(second); // the id counter moved on
    expect(normalizeSvg(first)).toBe(normalizeSvg(second));
  });

  it('keeps two different renders different', () => {
    const wide = normalizeSvg(renderMarkup({ width: 800 }));
    const narrow = normalizeSvg(renderMarkup({ width: 780 }));
    expect(narrow).not.toBe(wide);
    expect(narrow).toContain('viewBox="0 0 780 ');
  });
});
