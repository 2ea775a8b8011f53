import '../../src/shared/theme.css';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createTooltip, type Tooltip } from '../../src/shared/tooltip';

const hosts: HTMLElement[] = [];
const tooltips: Tooltip[] = [];

/** A container of a given size, away from the page's corner so viewport and container coordinates differ. */
function container(width = 320, height = 200): HTMLDivElement {
  const div = document.createElement('div');
  div.style.setProperty('margin', '40px 0 0 60px');
  div.style.setProperty('width', `${width}px`);
  div.style.setProperty('height', `${height}px`);
  document.body.append(div);
  hosts.push(div);
  return div;
}

function tooltip(host: HTMLElement, options?: Parameters<typeof createTooltip>[1]): Tooltip {
  const created = createTooltip(host, options);
  tooltips.push(created);
  return created;
}

function button(host: HTMLElement, text: string, left: number, top: number): HTMLButtonElement {
  const b = document.createElement('button');
  b.textContent = text;
  b.style.setProperty('position', 'absolute');
  b.style.setProperty('left', `${left}px`);
  b.style.setProperty('top', `${top}px`);
  host.append(b);
  return b;
}

/** A rectangle in viewport coordinates at (x, y) of the container. */
function rectIn(host: HTMLElement, x: number, y: number, width = 10, height = 10): DOMRect {
  const box = host.getBoundingClientRect();
  return new DOMRect(box.left + x, box.top + y, width, height);
}

function expectInside(inner: DOMRect, outer: DOMRect): void {
  expect(inner.left).toBeGreaterThanOrEqual(outer.left - 0.5);
  expect(inner.top).toBeGreaterThanOrEqual(outer.top - 0.5);
  expect(inner.right).toBeLessThanOrEqual(outer.right + 0.5);
  expect(inner.bottom).toBeLessThanOrEqual(outer.bottom + 0.5);
}

afterEach(() => {
  for (const t of tooltips.splice(0)) t.destroy();
  for (const h of hosts.splice(0)) h.remove();
  document.documentElement.removeAttribute('data-theme');
});

describe('createTooltip', () => {
  it('creates a hidden element with role="tooltip" and a unique id', () => {
    const host = container();
    const first = tooltip(host);
    const second = tooltip(host);
    expect(first.element.getAttribute('role')).toBe('tooltip');
    expect(first.element.id).toMatch(/^stc-tooltip-\d+$/);
    expect(second.element.id).not.toBe(first.element.id);
    expect(first.element.hidden).toBe(true);
    expect(first.visible).toBe(false);
    expect(tooltip(host, { id: 'mine', className: 'extra' }).element.outerHTML).toMatch(
      /^<div id="mine" role="tooltip" class="stc-tooltip extra" hidden="">/,
    );
  });

  it('describes an element anchor while shown, keeping its other descriptions', () => {
    const host = container();
    const t = tooltip(host);
    const anchor = button(host, 'Mark', 100, 100);
    anchor.setAttribute('aria-describedby', 'legend');
    t.show('1 June 1937', anchor);
    expect(anchor.getAttribute('aria-describedby')).toBe(`legend ${t.element.id}`);
    expect(t.visible).toBe(true);
    const other = button(host, 'Other', 200, 100);
    t.show('2 June 1937', other);
    expect(anchor.getAttribute('aria-describedby')).toBe('legend');
    expect(other.getAttribute('aria-describedby')).toBe(t.element.id);
    t.hide();
    expect(other.hasAttribute('aria-describedby')).toBe(false);
    t.show('at a point', rectIn(host, 10, 100));
    expect(document.querySelectorAll(`[aria-describedby~="${t.element.id}"]`)).toHaveLength(0);
  });

  it('sets a string as text, never as HTML', () => {
    const host = container();
    const t = tooltip(host);
    const onerror = vi.fn();
    (window as unknown as { stcTooltipProbe: () => void }).stcTooltipProbe = onerror;
    const markup = '<img src="x" onerror="stcTooltipProbe()"><b>bold</b>';
    t.show(markup, rectIn(host, 100, 100));
    expect(t.element.textContent).toBe(markup);
    expect(t.element.children).toHaveLength(0);
    expect(onerror).not.toHaveBeenCalled();
  });

  it('inserts a Node as it is, replacing the previous content', () => {
    const host = container();
    const t = tooltip(host);
    t.show('old', rectIn(host, 100, 100));
    const content = document.createDocumentFragment();
    const strong = document.createElement('strong');
    strong.textContent = 'Litvinov';
    const link = document.createElement('a');
    link.href = 'https://example.org/doc';
    link.textContent = 'source';
    content.append(strong, ' met Apaydın; ', link);
    t.show(content, rectIn(host, 100, 100));
    expect(t.element.textContent).toBe('Litvinov met Apaydın; source');
    expect(t.element.querySelector('a')?.getAttribute('href')).toBe('https://example.org/doc');
  });

  it('hides on Escape and calls onEscape; other keys leave it', async () => {
    const host = container();
    const onEscape = vi.fn();
    const t = tooltip(host, { onEscape });
    const anchor = button(host, 'Mark', 100, 100);
    anchor.focus();
    t.show('shown', anchor);
    await userEvent.keyboard('{Enter}');
    expect(t.visible).toBe(true);
    await userEvent.keyboard('{Escape}');
    expect(t.visible).toBe(false);
    expect(onEscape).toHaveBeenCalledTimes(1);
    expect(anchor.hasAttribute('aria-describedby')).toBe(false);
    await userEvent.keyboard('{Escape}');
    expect(onEscape).toHaveBeenCalledTimes(1); // already hidden: the key is not the tooltip's
  });

  it('sits above its anchor, centred, in container coordinates', () => {
    const host = container(320, 200);
    const t = tooltip(host, { offset: 6 });
    t.show('centred', rectIn(host, 150, 150, 20, 10));
    const tip = t.element.getBoundingClientRect();
    const anchor = rectIn(host, 150, 150, 20, 10);
    expect(t.element.dataset.placement).toBe('top');
    expect(tip.bottom).toBeCloseTo(anchor.top - 6, 0);
    expect(tip.left + tip.width / 2).toBeCloseTo(anchor.left + anchor.width / 2, 0);
    expect(host.classList.contains('stc-tooltip-container')).toBe(true);
  });

  it('flips below an anchor near the top and shifts to stay inside a small container', () => {
    const host = container(180, 120);
    const t = tooltip(host);
    const text = 'Litvinov received the Turkish ambassador Apaydın';
    t.show(text, rectIn(host, 170, 4, 6, 6)); // top right corner
    const box = host.getBoundingClientRect();
    expect(t.element.dataset.placement).toBe('bottom');
    expectInside(t.element.getBoundingClientRect(), box);
    expect(t.element.getBoundingClientRect().top).toBeGreaterThan(rectIn(host, 170, 4, 6, 6).bottom);

    t.show(text, rectIn(host, 0, 110, 6, 6)); // bottom left corner
    expect(t.element.dataset.placement).toBe('top');
    expectInside(t.element.getBoundingClientRect(), box);
  });

  it('wraps content wider than the container instead of overflowing it', () => {
    const host = container(150, 300);
    const t = tooltip(host);
    t.show('A long summary of a conversation that cannot fit on one line of a narrow chart', rectIn(host, 70, 200));
    expectInside(t.element.getBoundingClientRect(), host.getBoundingClientRect());
    expect(t.element.getBoundingClientRect().height).toBeGreaterThan(40);
  });

  it('positions through two custom properties, with no inline style but those', () => {
    const host = container();
    const t = tooltip(host);
    t.show('x', rectIn(host, 100, 100));
    expect(t.element.style.length).toBe(2);
    expect(t.element.style.getPropertyValue('--stc-tooltip-x')).toMatch(/^\d+px$/);
    expect(t.element.style.getPropertyValue('--stc-tooltip-y')).toMatch(/^\d+px$/);
    expect(getComputedStyle(t.element).transform).not.toBe('none');
  });

  it('leaves a container that is already positioned as it is', () => {
    const host = container();
    host.style.setProperty('position', 'absolute');
    tooltip(host);
    expect(host.classList.contains('stc-tooltip-container')).toBe(false);
  });

  it('destroy removes the element, the container class, the description and the Escape listener', async () => {
    const host = container();
    const onEscape = vi.fn();
    const t = createTooltip(host, { onEscape });
    const anchor = button(host, 'Mark', 100, 100);
    t.show('shown', anchor); // destroyed while visible: a leftover listener would still react to Escape
    t.destroy();
    t.destroy();
    expect(host.querySelector('[role="tooltip"]')).toBeNull();
    expect(host.classList.contains('stc-tooltip-container')).toBe(false);
    expect(anchor.hasAttribute('aria-describedby')).toBe(false);
    anchor.focus();
    await userEvent.keyboard('{Escape}');
    expect(onEscape).not.toHaveBeenCalled();
    expect(() => t.show('again', anchor)).toThrow('tooltip: show() after destroy()');
  });

  it('rejects a negative offset', () => {
    expect(() => createTooltip(container(), { offset: -1 })).toThrow(
      'createTooltip: invalid offset -1 (expected a finite number ≥ 0)',
    );
  });
});

describe('motion', () => {
  it('fades in, and theme.css turns the animation off under prefers-reduced-motion', () => {
    const host = container();
    const t = tooltip(host);
    t.show('x', rectIn(host, 100, 100));
    expect(getComputedStyle(t.element).animationName).toBe('stc-tooltip-in');

    const reduced = Array.from(document.styleSheets)
      .flatMap((sheet) => Array.from(sheet.cssRules))
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
      .filter((rule) => rule.conditionText.includes('prefers-reduced-motion: reduce'))
      .flatMap((rule) => Array.from(rule.cssRules))
      .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === '.stc-tooltip');
    expect(reduced).toHaveLength(1);
    expect(reduced[0]?.style.getPropertyValue('animation')).toMatch(/none/);
    expect(reduced[0]?.style.getPropertyValue('transition')).toMatch(/none/);
  });
});

describe('Content-Security-Policy', () => {
  it('causes no violation under style-src without unsafe-inline, where a style attribute would', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc =
      '<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'self\'">' +
      '<body><div id="host"></div></body>';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    hosts.push(frame);
    await loaded;
    const doc = frame.contentDocument as Document;
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    const host = doc.getElementById('host') as HTMLDivElement;

    const t = tooltip(host);
    const anchor = doc.createElement('button');
    host.append(anchor);
    t.show('under a strict policy', anchor);
    t.hide();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).toEqual([]);
    expect(t.element.style.getPropertyValue('--stc-tooltip-x')).toMatch(/px$/);

    // The control: the policy is in force, and an inline style string would be reported.
    doc.body.setAttribute('style', 'color: red');
    await vi.waitFor(() => expect(violations).toEqual(['style-src-attr']));
  });
});

describe('axe-core', () => {
  async function violations(context: Element): Promise<string[]> {
    const results = await axe.run(context);
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`finds no violations with a tooltip shown (${theme})`, async () => {
      document.documentElement.dataset.theme = theme;
      const host = container();
      const t = tooltip(host);
      const anchor = button(host, '14 May 1937: meeting', 100, 120);
      const content = document.createDocumentFragment();
      const link = document.createElement('a');
      link.href = 'https://example.org/doc';
      link.textContent = 'Record of conversation';
      content.append('Litvinov and Apaydın, Moscow. ', link);
      t.show(content, anchor);
      if (theme === 'dark') expect(getComputedStyle(t.element).backgroundColor).toBe('rgb(38, 38, 45)');
      expect(await violations(host)).toEqual([]);
    });
  }
});
