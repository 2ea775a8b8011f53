import { describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { violations } from './axe-support';
import { markOf, render } from './timeline-support';

interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
  ignored?: boolean;
}

/** The accessibility tree Chromium gives screen readers for this test's frame. */
async function accessibilityTree(): Promise<AXNode[]> {
  interface FrameTree {
    frame: { id: string; url: string };
    childFrames?: FrameTree[];
  }
  const { frameTree } = (await cdp().send('Page.getFrameTree', {})) as { frameTree: FrameTree };
  const frames: FrameTree[] = [frameTree];
  for (let i = 0; i < frames.length; i++) frames.push(...((frames[i] as FrameTree).childFrames ?? []));
  const frame = frames.find((tree) => tree.frame.url === location.href);
  expect(frame).toBeDefined();
  const { nodes } = (await cdp().send('Accessibility.getFullAXTree', { frameId: frame?.frame.id })) as {
    nodes: AXNode[];
  };
  return nodes;
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

describe('the hidden table', () => {
  // A layout shortcut such as content-visibility: auto (tried: it saved ~100 ms of layout per chart) drops the table
  // from Chromium's accessibility tree, so this reads the tree a screen reader gets.
  it('is in the accessibility tree while visually hidden', async () => {
    const { host } = render();
    const container = host.querySelector('.stc-table-container') as HTMLElement;
    expect(container.matches('.stc-visually-hidden-focusable:not(:focus-within)')).toBe(true);
    const names = [...container.querySelectorAll('tbody th')].map((th) => (th.textContent ?? '').trim());
    expect(names.length).toBeGreaterThan(0);
    const nodes = await accessibilityTree();
    const headers = nodes.filter((node) => !node.ignored && node.role?.value === 'rowheader');
    expect(headers.map((node) => node.name?.value)).toEqual(expect.arrayContaining(names));
  });
});

describe('the live status line', () => {
  // Each zoom or pan step announces its span. Inside the out-of-flow hidden box itself, the new text laid out the
  // whole page every step; in flow and contained, it lays out only itself (Chromium's trace: 156 objects, not 722).
  it('is an in-flow, contained line in a hidden box, and screen readers still get what it says', async () => {
    const { handle, host } = render();
    handle.zoomTo({ from: '1939-04', to: '1939-06' });
    const status = host.querySelector('[aria-live="polite"]') as HTMLElement;
    const said = status.textContent ?? '';
    expect(said).toMatch(/^Showing /);
    const style = getComputedStyle(status);
    expect([style.position, style.contain]).toEqual(['static', 'strict']);
    expect(getComputedStyle(status.parentElement as HTMLElement).position).toBe('absolute');
    const nodes = await accessibilityTree();
    expect(nodes.some((node) => !node.ignored && node.name?.value === said)).toBe(true);
  });
});
