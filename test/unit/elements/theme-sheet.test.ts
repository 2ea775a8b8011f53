import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { shadowThemeCss } from '../../../src/elements/theme-sheet';

const themeCss = readFileSync(new URL('../../../src/shared/theme.css', import.meta.url), 'utf8');

it('moves the theme tokens from :root (which matches nothing in a shadow root) to :host', () => {
  expect(themeCss).toMatch(/:root\s*\{/);
  const css = shadowThemeCss(themeCss);
  expect(css).not.toContain(':root');
  expect(css.match(/:host \{/g)?.length).toBe((themeCss.match(/:root \{/g)?.length ?? 0) + 1);
  expect(css).toContain('--stc-color-text: light-dark(');
});

it('makes the host a block, hides it with [hidden], and lets data-theme on the host choose the scheme', () => {
  const css = shadowThemeCss('');
  expect(css).toMatch(/:host \{\s*display: block;/);
  expect(css).toMatch(/:host\(\[hidden\]\) \{\s*display: none;/);
  expect(css).toMatch(/:host\(\[data-theme="dark"\]\) \{\s*color-scheme: dark;/);
  expect(css).toMatch(/:host\(\[data-theme="light"\]\) \{\s*color-scheme: light;/);
});
