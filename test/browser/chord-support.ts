// Shared set-up of the chord's browser tests: hosts in the page, handles destroyed after each test (host-support).
import { createChord } from '../../src/bundled/create-chord';
import type { ChordHandle, ChordOptions } from '../../src/chord/create-chord';
import { destroyAfterTest, makeHost as makeHostOfWidth } from './host-support';

/** A host of a fixed width in the page (so 'auto' width is predictable). */
export const makeHost = (width = 720) => makeHostOfWidth(width);

export function render(
  options?: ChordOptions,
  host: HTMLElement = makeHost(),
): { handle: ChordHandle; host: HTMLElement } {
  const handle = createChord(host, options);
  destroyAfterTest(handle);
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
