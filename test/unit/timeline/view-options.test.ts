import { describe, expect, it } from 'vitest';
import { normalizeViewOptions } from '../../../src/timeline/render/view-options';

describe('normalizeViewOptions', () => {
  it('gives every view option its documented default', () => {
    expect(normalizeViewOptions({})).toEqual({
      locale: 'en',
      title: null,
      description: null,
      table: 'hidden',
      tablePageSize: 50,
      legend: true,
      details: null,
      svgMarkLimit: 500,
      minZoomSpanDays: 7,
      brush: false,
    });
  });

  it.each([
    [{ table: 'shown' }, 'invalid table: "shown" (expected "hidden", "visible" or false)'],
    [{ tablePageSize: 2.5 }, 'invalid tablePageSize: 2.5 (expected an integer ≥ 1)'],
    [{ legend: 'yes' }, 'invalid legend: "yes" (expected true or false)'],
    [{ details: 'text' }, 'invalid details: "text" (expected a function)'],
    [{ svgMarkLimit: 0 }, 'invalid svgMarkLimit: 0 (expected an integer ≥ 1)'],
    [{ minZoomSpanDays: -1 }, 'invalid minZoomSpanDays: -1 (expected a positive number)'],
    [{ brush: 1 }, 'invalid brush: 1 (expected true or false)'],
    [{ title: '  ' }, 'invalid title: "  " (expected a non-empty string)'],
  ])('names a bad option: %j', (options, message) => {
    expect(() => normalizeViewOptions(options as never)).toThrow(new TypeError(message));
  });
});
