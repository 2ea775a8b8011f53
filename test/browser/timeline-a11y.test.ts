import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { markOf, render } from './timeline-support';

async function violations(context: Element): Promise<string[]> {
  const results = await axe.run(context);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

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
