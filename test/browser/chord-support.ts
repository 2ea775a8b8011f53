// Shared set-up of the chord's browser tests: hosts in the page, handles destroyed after each test.
import '../../src/shared/theme.css';
import { afterEach } from 'vitest';
import { createChord } from '../../src/bundled/create-chord';
import type { ChordHandle, ChordOptions } from '../../src/chord/create-chord';

const handles: ChordHandle[] = [];
const hosts: HTMLElement[] = [];

/** A host of a fixed width in the page (so 'auto' width is predictable). */
export function makeHost(width = 720): HTMLDivElement {
  const div = document.createElement('div');
  div.dataset.testid = 'host';
  // The test sets the size through the CSSOM; the component never sets a size on its host.
  div.style.setProperty('width', `${width}px`);
  document.body.append(div);
  hosts.push(div);
  return div;
}

export function render(
  options?: ChordOptions,
  host: HTMLElement = makeHost(),
): { handle: ChordHandle; host: HTMLElement } {
  const handle = createChord(host, options);
  handles.push(handle);
  return { handle, host };
}

/** The arc of a group. */
export function arcOf(svg: SVGSVGElement, key: string): SVGPathElement {
  const arc = svg.querySelector<SVGPathElement>(`.stc-chord__arc[data-key="${CSS.escape(key)}"]`);
  if (!arc) throw new Error(`no arc for group "${key}"`);
  return arc;
}

/** The ribbon between two groups (undirected: in any order), or from `a` to `b` when directed. */
export function ribbonOf(svg: SVGSVGElement, a: string, b: string, directed = false): SVGPathElement {
  const key = directed ? JSON.stringify(['→', a, b]) : JSON.stringify([a, b].sort());
  const ribbon = svg.querySelector<SVGPathElement>(`.stc-chord__ribbon[data-key="${CSS.escape(key)}"]`);
  if (!ribbon) throw new Error(`no ribbon ${key}`);
  return ribbon;
}

export const arcsIn = (svg: SVGSVGElement) => Array.from(svg.querySelectorAll<SVGPathElement>('.stc-chord__arc'));
export const ribbonsIn = (svg: SVGSVGElement) => Array.from(svg.querySelectorAll<SVGPathElement>('.stc-chord__ribbon'));
/** The data-key of the focused element, or null. */
export const focusedKey = () => (document.activeElement as Element | null)?.getAttribute('data-key') ?? null;

afterEach(() => {
  for (const handle of handles.splice(0)) handle.destroy();
  for (const host of hosts.splice(0)) host.remove();
  delete document.documentElement.dataset.theme;
});
