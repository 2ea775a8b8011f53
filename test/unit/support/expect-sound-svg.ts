// What an SVG snapshot cannot be trusted to catch by eye, checked before every snapshot of either chart.
import { expect } from 'vitest';

/**
 * Fails on a number that is not one (NaN, Infinity, undefined or null in any attribute), a mark a screen reader cannot
 * name, or a reference (`url(#…)`, `aria-describedby`) to an id the SVG does not have.
 */
export function expectSoundSvg(svg: SVGSVGElement): void {
  for (const element of svg.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      expect(value, `${element.tagName} ${name}`).not.toMatch(/\b(NaN|undefined|Infinity|null)\b/);
    }
  }
  const marks = svg.querySelectorAll('[role="button"]');
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) expect(mark.getAttribute('aria-label')).toMatch(/\S/);
  const ids = new Set(Array.from(svg.querySelectorAll('[id]'), (element) => element.id));
  for (const element of [svg, ...svg.querySelectorAll('[mask], [clip-path], [fill^="url("], [aria-describedby]')]) {
    const references = [
      ...Array.from(element.attributes, (attribute) => /^url\(#(.+)\)$/.exec(attribute.value)?.[1]),
      ...(element.getAttribute('aria-describedby')?.split(/\s+/) ?? []),
    ].filter((id): id is string => id !== undefined);
    for (const id of references) expect(ids, `${element.tagName} refers to #${id}`).toContain(id);
  }
}
