// Shared set-up of the timeline's browser tests: hosts in the page, handles destroyed after each test (host-support).
import { createTimeline } from '../../src/bundled/create-timeline';
import type { TimelineHandle, TimelineOptions } from '../../src/timeline/create-timeline';
import type { ContactRecord } from '../../src/timeline/options';
import { destroyAfterTest, makeHost as makeHostOfWidth } from './host-support';

/** A host of a fixed width in the page (so 'auto' width is predictable). */
export const makeHost = (width = 960) => makeHostOfWidth(width);

export function render<T = ContactRecord>(
  options?: TimelineOptions<T>,
  host: HTMLElement = makeHost(),
): { handle: TimelineHandle<T>; host: HTMLElement } {
  const handle = createTimeline<T>(host, options);
  destroyAfterTest(handle);
  return { handle, host };
}

/** The mark element of a record (in its first lane). */
export function markOf(svg: SVGSVGElement, id: string): SVGGElement {
  const mark = svg.querySelector<SVGGElement>(`[role="button"][data-id="${CSS.escape(id)}"]`);
  if (!mark) throw new Error(`no mark for record "${id}"`);
  return mark;
}

export const focusedId = () => (document.activeElement as Element | null)?.getAttribute('data-id') ?? null;
