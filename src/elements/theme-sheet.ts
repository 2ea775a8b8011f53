/**
 * The stylesheet every element adopts in its shadow root: theme.css, made to work there, built once and shared by all
 * instances (a constructable stylesheet: no `<style>` injected, so a strict Content-Security-Policy is kept).
 */
import themeCss from '../shared/theme.css?inline';

/**
 * theme.css declares its tokens on `:root`, which matches nothing inside a shadow root: they are declared on the host
 * instead. A `data-theme` on the page does not reach inside, so the element carries its own (the `theme` attribute).
 */
export function shadowThemeCss(css: string): string {
  return `${css.replace(/:root\b/g, ':host')}
:host {
  display: block;
}
:host([hidden]) {
  display: none;
}
:host([data-theme="light"]) {
  color-scheme: light;
}
:host([data-theme="dark"]) {
  color-scheme: dark;
}
`;
}

let shared: CSSStyleSheet | null = null;

/** The shared sheet, made on first use (never at import, so importing the module in Node does nothing). */
export function themeSheet(): CSSStyleSheet {
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync(shadowThemeCss(themeCss));
  }
  return shared;
}
