// Shared set-up of the timeline's browser tests: hosts in the page, handles destroyed after each test.
import '../../src/shared/theme.css';
import { afterEach } from 'vitest';
import { createTimeline } from '../../src/bundled/create-timeline';
import type { TimelineHandle, TimelineOptions } from '../../src/timeline/create-timeline';
import type { ContactRecord } from '../../src/timeline/options';

const handles: TimelineHandle<never>[] = [];
const hosts: HTMLElement[] = [];

/** A host of a fixed width in the page (so 'auto' width is predictable). */
export function makeHost(width = 960): HTMLDivElement {
  const div = document.createElement('div');
  div.dataset.testid = 'host';
  // The test sets the size through the CSSOM; the component never does.
  div.style.setProperty('width', `${width}px`);
  document.body.append(div);
  hosts.push(div);
  return div;
}

export function render<T = ContactRecord>(
  options?: TimelineOptions<T>,
  host: HTMLElement = makeHost(),
): { handle: TimelineHandle<T>; host: HTMLElement } {
  const handle = createTimeline<T>(host, options);
  handles.push(handle as unknown as TimelineHandle<never>);
  return { handle, host };
}

/** The mark element of a record (in its first lane). */
export function markOf(svg: SVGSVGElement, id: string): SVGGElement {
  const mark = svg.querySelector<SVGGElement>(`[role="button"][data-id="${CSS.escape(id)}"]`);
  if (!mark) throw new Error(`no mark for record "${id}"`);
  return mark;
}

export const focusedId = () => (document.activeElement as Element | null)?.getAttribute('data-id') ?? null;

afterEach(() => {
  for (const handle of handles.splice(0)) handle.destroy();
  for (const host of hosts.splice(0)) host.remove();
  delete document.documentElement.dataset.theme;
});
