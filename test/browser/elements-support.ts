// Shared set-up of the custom elements' browser tests. theme.css is deliberately not loaded in the page: the elements
// must bring their styles into their shadow roots themselves.
import { afterEach } from 'vitest';
import '../../src/elements/index';
import type { StcErrorDetail } from '../../src/elements/chart-element';

const mounted: HTMLElement[] = [];

/** An element with these attributes, in a host of a fixed width, rendered. */
export async function mount<K extends 'stc-timeline' | 'stc-chord'>(
  tag: K,
  attributes: Record<string, string> = {},
  width = 900,
  parent: HTMLElement = document.body,
): Promise<HTMLElementTagNameMap[K]> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  // The test sets the size through the CSSOM; the element never does.
  element.style.setProperty('width', `${width}px`);
  parent.append(element);
  mounted.push(element);
  await element.updateComplete;
  return element;
}

/** Removes an element later, after the test (for elements made another way). */
export function track(element: HTMLElement): void {
  mounted.push(element);
}

export function shadowOf(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no open shadow root`);
  return element.shadowRoot;
}

/** The accessible names of the timeline's lanes (each lane's group of marks is labelled). */
export function laneNames(element: HTMLElement): string[] {
  return Array.from(shadowOf(element).querySelectorAll('.stc-timeline__lane-marks'), (g) =>
    String(g.getAttribute('aria-label')),
  );
}

export function chordLabels(element: HTMLElement): string[] {
  return Array.from(shadowOf(element).querySelectorAll('.stc-chord__label'), (label) => String(label.textContent));
}

/** Collects the stc-error events the document receives until `stop()`. */
export function collectErrors(): { details: StcErrorDetail[]; stop: () => void } {
  const details: StcErrorDetail[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent<StcErrorDetail>).detail);
  document.addEventListener('stc-error', listener);
  return { details, stop: () => document.removeEventListener('stc-error', listener) };
}

afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});
