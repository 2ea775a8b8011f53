import '../../src/shared/theme.css';
import { afterEach, describe, expect, it } from 'vitest';
import { contactKinds, kindStyle, markShapes, polityColor, shapePath } from '../../src/shared/palette';
import { contrastRatio } from '../unit/shared/contrast';

const SVG = 'http://www.w3.org/2000/svg';
const hosts: Element[] = [];

afterEach(() => {
  for (const h of hosts.splice(0)) h.remove();
  document.documentElement.removeAttribute('data-theme');
});

/** `rgb(r, g, b)` as #rrggbb. */
function hex(rgb: string): string {
  const parts = rgb.match(/\d+/g)?.map(Number);
  if (!parts || parts.length < 3) throw new Error(`not an rgb() colour: ${rgb}`);
  return `#${parts
    .slice(0, 3)
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** The colours the browser resolves for each kind's class, and for the background token, in one theme. */
function resolved(theme: 'light' | 'dark') {
  document.documentElement.dataset.theme = theme;
  const host = document.createElement('div');
  host.style.setProperty('background', 'var(--stc-color-background)');
  document.body.append(host);
  hosts.push(host);
  const kinds = contactKinds.map((kind) => {
    const swatch = document.createElement('span');
    swatch.className = kindStyle(kind).className;
    host.append(swatch);
    return { kind, color: hex(getComputedStyle(swatch).color) };
  });
  return { background: hex(getComputedStyle(host).backgroundColor), kinds };
}

describe('kind colours in the browser', () => {
  it('resolve to the dark variants under data-theme="dark", each at 3:1 or more against the background', () => {
    const { background, kinds } = resolved('dark');
    expect(background).toBe('#16161a');
    for (const { kind, color } of kinds) {
      expect(color, kind).toBe(kindStyle(kind).color.dark);
      expect(contrastRatio(color, background), kind).toBeGreaterThanOrEqual(3);
    }
  });

  it('resolve to the light variants under data-theme="light", each at 3:1 or more', () => {
    const { background, kinds } = resolved('light');
    expect(background).toBe('#ffffff');
    for (const { kind, color } of kinds) {
      expect(color, kind).toBe(kindStyle(kind).color.light);
      expect(contrastRatio(color, background), kind).toBeGreaterThanOrEqual(3);
    }
  });

  it('resolve a polity colour value set through the CSSOM', () => {
    document.documentElement.dataset.theme = 'dark';
    const swatch = document.createElement('span');
    swatch.style.setProperty('color', polityColor('turkey').value);
    document.body.append(swatch);
    hosts.push(swatch);
    expect(hex(getComputedStyle(swatch).color)).toBe(polityColor('turkey').dark);
  });
});

describe('shapePath in SVG', () => {
  it('draws every shape inside its size × size box, centred on the origin', () => {
    const svg = document.createElementNS(SVG, 'svg');
    document.body.append(svg);
    hosts.push(svg);
    for (const shape of markShapes) {
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', shapePath(shape, 16));
      svg.append(path);
      const box = path.getBBox();
      expect(box.width, shape).toBeGreaterThan(8);
      expect(box.x, shape).toBeGreaterThanOrEqual(-8.001);
      expect(box.y, shape).toBeGreaterThanOrEqual(-8.001);
      expect(box.x + box.width, shape).toBeLessThanOrEqual(8.001);
      expect(box.y + box.height, shape).toBeLessThanOrEqual(8.001);
      expect(Math.abs(box.x + box.width / 2), shape).toBeLessThan(0.01);
      expect(path.getTotalLength(), shape).toBeGreaterThan(20);
    }
  });
});
