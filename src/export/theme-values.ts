/**
 * The values of theme.css's custom properties, per colour scheme, as plain CSS values: what a standalone SVG needs in
 * place of `var()` and `light-dark()`, which resvg and many SVG tools do not understand.
 *
 * The palette's colours come from src/shared/palette.ts (their source of truth); the other tokens mirror theme.css's
 * `:root` block. test/unit/server/theme-mirror.test.ts parses theme.css and fails if any value here drifts from it.
 */
import { contactKinds, kindStyle, type PaletteColor, polityColor, polityFallbackColors } from '../shared/palette';

export type ExportTheme = 'light' | 'dark';

export const exportThemes: readonly ExportTheme[] = Object.freeze(['light', 'dark']);

/** A token of theme.css's `:root`: one value, or one per scheme (declared there as `light-dark(light, dark)`). */
export type TokenValue = string | { readonly light: string; readonly dark: string };

/** The tokens of theme.css's `:root` that are not palette colours. */
export const rootTokens: Readonly<Record<string, TokenValue>> = Object.freeze({
  '--stc-font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  '--stc-font-size': '0.9375rem',
  '--stc-font-size-small': '0.8125rem',
  '--stc-space': '0.5rem',
  '--stc-radius': '4px',
  '--stc-focus-width': '3px',
  '--stc-color-text': { light: '#1b1b1f', dark: '#ececf1' },
  '--stc-color-text-muted': { light: '#50505a', dark: '#b4b4bf' },
  '--stc-color-background': { light: '#ffffff', dark: '#16161a' },
  '--stc-color-surface': { light: '#f1f1f4', dark: '#26262d' },
  '--stc-color-stripe': { light: '#f8f8fa', dark: '#1d1d22' },
  '--stc-color-border': { light: '#c9c9d1', dark: '#4a4a55' },
  '--stc-color-link': { light: '#0a4fb8', dark: '#8ab8ff' },
  '--stc-color-focus': { light: '#0a4fb8', dark: '#8ab8ff' },
});

/** Every palette colour theme.css declares, keyed by its custom property, from palette.ts. */
export function paletteTokens(): Record<string, TokenValue> {
  const colors: PaletteColor[] = [
    ...contactKinds.map((kind) => kindStyle(kind).color),
    polityColor('ussr'),
    polityColor('turkey'),
    ...polityFallbackColors,
  ];
  return Object.fromEntries(colors.map((color) => [color.property, { light: color.light, dark: color.dark }]));
}

/** The value of every `:root` token in `theme`, as a plain CSS value. */
export function themeTokens(theme: ExportTheme): Map<string, string> {
  if (!exportThemes.includes(theme)) {
    throw new RangeError(`invalid theme ${JSON.stringify(theme)} (expected "light" or "dark")`);
  }
  const tokens = new Map<string, string>();
  for (const [name, value] of Object.entries({ ...rootTokens, ...paletteTokens() })) {
    tokens.set(name, typeof value === 'string' ? value : value[theme]);
  }
  return tokens;
}
