import { describe, expect, it } from 'vitest';
import { violations } from './axe-support';
import { arcOf, render, ribbonOf } from './chord-support';

describe('axe-core finds no violations', () => {
  it.each(['light', 'dark'] as const)('in the %s theme, with the table shown and a tooltip open', async (theme) => {
    document.documentElement.dataset.theme = theme;
    const { handle, host } = render({ table: 'visible' });
    ribbonOf(handle.svg, 'turkey', 'ussr').focus();
    expect(await violations(host)).toEqual([]);
  });

  it('by person, directed, with the hidden table and a group focused', async () => {
    const { handle, host } = render({ by: 'person', directed: true });
    arcOf(handle.svg, 'saracoglu').focus();
    expect(await violations(host)).toEqual([]);
  });

  it('in the empty state', async () => {
    const { host } = render({ data: [], table: 'visible' });
    expect(await violations(host)).toEqual([]);
  });
});

describe('colours follow the theme', () => {
  it('draws the arcs and text in the dark scheme’s colours under data-theme="dark"', () => {
    const light = render().handle;
    const turkeyLight = getComputedStyle(arcOf(light.svg, 'turkey')).fill;
    document.documentElement.dataset.theme = 'dark';
    const dark = render().handle;
    // Turkey's blue is lightened on the dark background (palette.ts), and labels turn light.
    expect(getComputedStyle(arcOf(dark.svg, 'turkey')).fill).toBe('rgb(86, 180, 233)');
    expect(turkeyLight).toBe('rgb(0, 114, 178)');
    const label = dark.svg.querySelector('.stc-chord__label') as Element;
    expect(getComputedStyle(label).fill).toBe('rgb(236, 236, 241)');
  });
});

describe('the live status line', () => {
  it('is an in-flow, contained line in a hidden box (an announcement lays out only itself)', () => {
    const { handle, host } = render();
    handle.highlight(['karsky-ataturk-1937-06-01']);
    const status = host.querySelector('[aria-live="polite"]') as HTMLElement;
    expect(status.textContent).toBe('1 contact highlighted.');
    const style = getComputedStyle(status);
    expect([style.position, style.contain]).toEqual(['static', 'strict']);
    expect(getComputedStyle(status.parentElement as HTMLElement).position).toBe('absolute');
  });
});
