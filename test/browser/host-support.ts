// What every chart's browser tests share: hosts of a fixed width in the page, and charts destroyed, hosts removed and
// the page's theme reset after each test.
import '../../src/shared/theme.css';
import { afterEach } from 'vitest';

const handles: { destroy(): void }[] = [];
const hosts: HTMLElement[] = [];

/** A host of a fixed width in the page (so 'auto' width is predictable). */
export function makeHost(width: number): HTMLDivElement {
  const div = document.createElement('div');
  div.dataset.testid = 'host';
  // The test sets the size through the CSSOM; the components never set a size on their host.
  div.style.setProperty('width', `${width}px`);
  document.body.append(div);
  hosts.push(div);
  return div;
}

/** Destroys `handle` after the test. */
export function destroyAfterTest<H extends { destroy(): void }>(handle: H): H {
  handles.push(handle);
  return handle;
}

afterEach(() => {
  for (const handle of handles.splice(0)) handle.destroy();
  for (const host of hosts.splice(0)) host.remove();
  delete document.documentElement.dataset.theme;
});
