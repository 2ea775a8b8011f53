import { describe, expect, it } from 'vitest';
import { isEmbedHeightMessage, parseEmbedQuery } from '../../../src/embed/embed-options';

describe('parseEmbedQuery', () => {
  it('shows the timeline of the bundled data by default', () => {
    expect(parseEmbedQuery('')).toEqual({ view: 'timeline', timeline: {}, chord: {}, theme: null, id: null });
  });

  it('sends each parameter to the chart it is for, and shared ones to both', () => {
    const request = parseEmbedQuery('?view=both&lane=person&by=person&directed&locale=ru&height=420&theme=dark&id=a1');
    expect(request).toEqual({
      view: 'both',
      timeline: { lane: 'person', locale: 'ru', height: 420 },
      chord: { by: 'person', directed: true, locale: 'ru', height: 420 },
      theme: 'dark',
      id: 'a1',
    });
    expect(parseEmbedQuery('brush=false&theme=auto')).toMatchObject({ timeline: { brush: false }, theme: null });
  });

  it('names an unknown, repeated or invalid parameter', () => {
    expect(() => parseEmbedQuery('?lanes=person')).toThrow(/^unknown parameter: "lanes" \(expected one of view, id,/);
    expect(() => parseEmbedQuery('?view=map')).toThrow('invalid view: "map" (expected "timeline", "chord" or "both")');
    expect(() => parseEmbedQuery('?height=tall')).toThrow('invalid height: "tall" (expected a number)');
    expect(() => parseEmbedQuery('?directed=maybe')).toThrow('invalid directed: "maybe" (expected true or false)');
    expect(() => parseEmbedQuery('?lane=person&lane=kind')).toThrow('parameter given twice: "lane"');
    expect(() => parseEmbedQuery('?__proto__=x')).toThrow(/^unknown parameter: "__proto__"/);
    expect(() => parseEmbedQuery('?view=chord&lane=person')).toThrow(
      'parameter "lane" is for the timeline, which view=chord does not show',
    );
    expect(() => parseEmbedQuery('?by=person')).toThrow(
      'parameter "by" is for the chord, which view=timeline does not show',
    );
  });
});

describe('isEmbedHeightMessage', () => {
  it('accepts only a well-formed height message', () => {
    expect(isEmbedHeightMessage({ type: 'stc-embed:height', id: null, height: 480 })).toBe(true);
    expect(isEmbedHeightMessage({ type: 'stc-embed:height', id: 'a', height: -1 })).toBe(false);
    expect(isEmbedHeightMessage({ type: 'other', id: null, height: 480 })).toBe(false);
    expect(isEmbedHeightMessage({ type: 'stc-embed:height', id: 3, height: 480 })).toBe(false);
    expect(isEmbedHeightMessage('stc-embed:height')).toBe(false);
  });
});
