import { StcChordElement } from './stc-chord';
import { StcTimelineElement } from './stc-timeline';

/**
 * Defines `<stc-timeline>` and `<stc-chord>`. Safe to call again, and when another copy of the package (a second
 * script tag, two bundles) defined them first: a name already defined is left as it is. Does nothing without a
 * custom element registry (in Node).
 */
export function defineElements(registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  if (!registry) return;
  if (!registry.get('stc-timeline')) registry.define('stc-timeline', StcTimelineElement);
  if (!registry.get('stc-chord')) registry.define('stc-chord', StcChordElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'stc-timeline': StcTimelineElement;
    'stc-chord': StcChordElement;
  }
}
