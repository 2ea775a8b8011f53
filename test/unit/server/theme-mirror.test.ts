/**
 * The export's copy of theme.css (src/export/theme-values.ts and svg-rules.ts) against theme.css itself: every token
 * value equal, every mirrored rule present with the same declarations, and every theme.css rule styling a class the
 * charts' SVG uses either mirrored or named as left out. A change to theme.css that the export misses fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { containerRules, exportedProperties, omittedSelectors, svgRules } from '../../../src/export/svg-rules';
import { exportThemes, paletteTokens, rootTokens } from '../../../src/export/theme-values';
import { renderChordSVG, renderTimelineSVG } from '../../../src/server/render-svg';

interface CssRule {
  selector: string;
  declarations: Record<string, string>;
}

/** Top-level style rules of a stylesheet (at-rule blocks such as @media and @keyframes skipped). */
function parseStylesheet(css: string): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const prelude = text.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    while (depth > 0 && j < text.length) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
      j++;
    }
    if (!prelude.startsWith('@')) {
      const declarations: Record<string, string> = {};
      for (const part of text.slice(open + 1, j - 1).split(';')) {
        const colon = part.indexOf(':');
        if (colon > 0)
          declarations[part.slice(0, colon).trim()] = part
            .slice(colon + 1)
            .replace(/\s+/g, ' ')
            .trim();
      }
      rules.push({
        selector: prelude
          .split(',')
          .map((s) => s.trim())
          .join(', '),
        declarations,
      });
    }
    i = j;
  }
  return rules;
}

const theme = parseStylesheet(readFileSync('src/shared/theme.css', 'utf8'));
const visual = (declarations: Record<string, string>) =>
  Object.fromEntries(Object.entries(declarations).filter(([p]) => exportedProperties.has(p) || p.startsWith('--')));

describe('theme-values.ts mirrors theme.css :root', () => {
  const root: Record<string, string> = {};
  for (const rule of theme.filter((r) => r.selector === ':root')) Object.assign(root, rule.declarations);

  it('declares every token theme.css declares, with the same value', () => {
    const mirrored = { ...rootTokens, ...paletteTokens() };
    const tokenNames = Object.keys(root).filter((name) => name.startsWith('--'));
    expect(Object.keys(mirrored).sort()).toEqual(tokenNames.sort());
    for (const name of tokenNames) {
      const value = mirrored[name];
      const expected = typeof value === 'string' ? value : `light-dark(${value?.light}, ${value?.dark})`;
      expect(root[name], name).toBe(expected);
    }
    expect(exportThemes).toEqual(['light', 'dark']);
  });
});

describe('svg-rules.ts mirrors theme.css rules', () => {
  it.each([...Object.values(containerRules), ...svgRules].map((rule) => [rule.selector, rule] as const))(
    '%s',
    (selector, rule) => {
      const found = theme.filter((r) => r.selector === selector);
      expect(found, `theme.css has no rule "${selector}"`).toHaveLength(1);
      expect(visual(rule.declarations)).toEqual(visual(found[0]?.declarations ?? {}));
    },
  );

  it('leaves out no theme.css rule for a class the exported SVG uses, unless named with a reason', () => {
    const classes = new Set<string>();
    for (const svg of [renderTimelineSVG(), renderChordSVG()]) {
      for (const [, list] of svg.matchAll(/class="([^"]*)"/g))
        for (const name of list?.split(/\s+/) ?? []) classes.add(name);
    }
    // The live page's classes of the same elements, which the export removes or never draws.
    for (const name of [
      'stc-timeline__ring',
      'stc-timeline__mark--dimmed',
      'stc-chord__mark--dimmed',
      'stc-chord__label--other',
    ])
      classes.add(name);
    const mirrored = new Set([...svgRules, ...Object.values(containerRules)].map((rule) => rule.selector));
    const missing = theme
      .filter((rule) => [...rule.selector.matchAll(/\.([-\w]+)/g)].some(([, name]) => classes.has(name as string)))
      .filter((rule) => Object.keys(visual(rule.declarations)).length > 0)
      .filter((rule) => !/:(hover|focus-visible|active)(?![^(]*\))/.test(rule.selector))
      .filter((rule) => !mirrored.has(rule.selector) && !Object.hasOwn(omittedSelectors, rule.selector))
      .map((rule) => rule.selector);
    expect(missing).toEqual([]);
  }, 30_000);
});
