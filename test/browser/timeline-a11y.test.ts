import { describe, expect, it } from 'vitest';
import { violations } from './axe-support';
import { markOf, render } from './timeline-support';

describe('axe-core finds no violations', () => {
  it.each(['light', 'dark'] as const)('in the %s theme, with the table shown and a tooltip open', async (theme) => {
    document.documentElement.dataset.theme = theme;
    const { handle, host } = render({ table: 'visible' });
    markOf(handle.svg, 'karsky-ataturk-1937-06-01').focus();
    expect(await violations(host)).toEqual([]);
  });

  it('by person, zoomed in, with the hidden table', async () => {
    const { handle, host } = render({ lane: 'person' });
    handle.zoomTo({ from: '1939-04', to: '1939-06' });
    expect(await violations(host)).toEqual([]);
  });
});
