// The elements entry loads in Node (server rendering, a test runner) without a DOM: it defines nothing there.
import { expect, it } from 'vitest';

it('imports without a DOM, and defineElements does nothing without a registry', async () => {
  expect(typeof globalThis.HTMLElement).toBe('undefined');
  const elements = await import('../../../src/elements/index');
  expect(typeof elements.StcTimelineElement).toBe('function');
  expect(() => elements.defineElements()).not.toThrow();
});

it('defines each name only when the registry does not have it yet', async () => {
  const { defineElements } = await import('../../../src/elements/define');
  const defined = new Map<string, unknown>([['stc-timeline', class Other {}]]);
  const registry = {
    get: (name: string) => defined.get(name),
    define: (name: string, elementClass: unknown) => {
      if (defined.has(name)) throw new Error(`${name} already defined`);
      defined.set(name, elementClass);
    },
  } as unknown as CustomElementRegistry;
  defineElements(registry);
  defineElements(registry);
  expect([...defined.keys()].sort()).toEqual(['stc-chord', 'stc-timeline']);
});
