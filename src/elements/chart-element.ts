/**
 * What `<stc-timeline>` and `<stc-chord>` share: a shadow root with the theme adopted, attributes and properties turned
 * into chart options (batched in a microtask), the chart made on connect and destroyed on disconnect, the chart's
 * events re-dispatched as DOM CustomEvents, CSS parts set on the chart's nodes, and refused values reported as
 * `stc-error` while the last valid render stays.
 */
import type { ElementSpec } from './metadata';
import { AttributeValueError, parseAttribute } from './parse-attribute';
import { themeSheet } from './theme-sheet';

/** What the element needs of a chart's handle (both charts' handles have it). */
export interface ChartHandleLike {
  readonly svg: SVGSVGElement;
  update(options: never): void;
  destroy(): void;
}

/** The `detail` of an `stc-error` event. */
export interface StcErrorDetail {
  /** The attribute refused, or null when a property was. */
  attribute: string | null;
  /** The property refused ('data' or 'options'), or null when an attribute was. */
  property: string | null;
  value: unknown;
  message: string;
  error: Error;
}

/** One change waiting to be applied: an attribute's parsed value, or a property. */
type Change =
  | { source: 'attribute'; name: string; raw: string | null; value: unknown }
  | { source: 'property'; name: 'data' | 'options'; value: unknown };

/** In Node (server rendering, a test runner) there is no HTMLElement: the classes still load, and define nothing. */
const BaseElement: typeof HTMLElement =
  typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

export abstract class StcChartElement<Handle extends ChartHandleLike> extends BaseElement {
  /** Applied attribute values, by option name (absent: the chart's default). */
  #attributes = new Map<string, unknown>();
  #data: unknown;
  #options: Record<string, unknown> | undefined;
  /** The data and options last applied (a refused property keeps these). */
  #appliedData: unknown;
  #appliedOptions: Record<string, unknown> | undefined;
  /** Option names given to the chart last time, so that one no longer given is reset (passed as undefined). */
  #givenKeys = new Set<string>();
  #pending = new Map<string, Change>();
  #handle: Handle | null = null;
  #container: HTMLDivElement;
  #update: Promise<boolean> | null = null;
  #lastResult = true;

  protected abstract readonly spec: ElementSpec;
  /** `[selector, part]`: the chart nodes given each CSS part, set again after every render. */
  protected abstract readonly partSelectors: readonly (readonly [string, string])[];
  protected abstract createChart(container: HTMLElement, options: Record<string, unknown>): Handle;
  /** Subscribes `redispatch` to each chart event the spec lists (the chart's destroy() drops the listeners). */
  protected abstract connectEvents(handle: Handle, redispatch: (chartEvent: string, detail: unknown) => void): void;
  /** An attribute's option value in the chart's terms, where the two differ (table="none" is `table: false`). */
  protected optionValue(_attribute: string, value: unknown): unknown {
    return value;
  }

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [themeSheet()];
    this.#container = document.createElement('div');
    root.append(this.#container);
    // Properties set before the element was upgraded are own properties hiding the accessors: move them through.
    for (const name of ['data', 'options'] as const) {
      if (Object.hasOwn(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
    }
  }

  /** Custom records to draw instead of the bundled contacts; undefined for the bundled ones. */
  get data(): unknown {
    return this.#data;
  }
  set data(value: unknown) {
    this.#data = value;
    this.#queue({ source: 'property', name: 'data', value });
  }

  /** Any other chart option, merged after the attributes. */
  get options(): Record<string, unknown> | undefined {
    return this.#options;
  }
  set options(value: Record<string, unknown> | undefined) {
    this.#options = value;
    this.#queue({ source: 'property', name: 'options', value });
  }

  /** The chart's handle while the element is connected and rendered, else null. */
  get handle(): Handle | null {
    return this.#handle;
  }

  /** Resolves once pending changes are rendered: true when all were applied, false when one was refused. */
  get updateComplete(): Promise<boolean> {
    return this.#update ?? Promise.resolve(this.#lastResult);
  }

  attributeChangedCallback(name: string, _old: string | null, raw: string | null): void {
    // Never throws: the value is checked when the batch is applied, and a refusal is reported as stc-error.
    this.#queue({ source: 'attribute', name, raw, value: undefined });
  }

  connectedCallback(): void {
    this.#schedule();
  }

  disconnectedCallback(): void {
    this.#handle?.destroy();
    this.#handle = null;
  }

  #queue(change: Change): void {
    this.#pending.set(`${change.source}:${change.name}`, change);
    this.#schedule();
  }

  #schedule(): void {
    this.#update ??= Promise.resolve().then(() => {
      this.#update = null;
      this.#lastResult = this.#flush();
      return this.#lastResult;
    });
  }

  /** Applies the pending changes; returns false when one was refused. */
  #flush(): boolean {
    if (!this.isConnected) return true; // kept pending: applied on connect
    let accepted = true;
    const changes: Change[] = [];
    for (const change of this.#pending.values()) {
      if (change.source === 'property') {
        changes.push(change);
        continue;
      }
      const spec = this.spec.attributes.find((attribute) => attribute.name === change.name);
      if (!spec) continue;
      try {
        const value = parseAttribute(spec, change.raw);
        if (spec.name === 'theme') this.#applyTheme(value as string | undefined);
        else changes.push({ ...change, value: this.optionValue(spec.name, value) });
      } catch (error) {
        accepted = false;
        this.#report(change, error);
      }
    }
    this.#pending.clear();

    // Each refusal drops the change the chart named (or all that remain) and tries again, so a good change made in
    // the same batch as a bad one still applies; with no change left, the chart is as it was (or renders its defaults).
    for (;;) {
      try {
        this.#render(changes);
        this.#commit(changes);
        this.#setParts();
        return accepted;
      } catch (error) {
        accepted = false;
        if (changes.length === 0) {
          this.#report(null, error);
          return false;
        }
        const culprit = culpritOf(changes, error);
        for (const change of culprit ? [culprit] : [...changes]) {
          this.#report(change, error);
          changes.splice(changes.indexOf(change), 1);
        }
      }
    }
  }

  /** The options the chart gets: applied attributes overlaid with `changes`, then options, then data. */
  #optionsWith(changes: readonly Change[]): Record<string, unknown> {
    const attributes = new Map(this.#attributes);
    let data = this.#appliedData;
    let options = this.#appliedOptions;
    for (const change of changes) {
      if (change.source === 'attribute') attributes.set(change.name, change.value);
      else if (change.name === 'data') data = change.value;
      else options = change.value as Record<string, unknown> | undefined;
    }
    const result: Record<string, unknown> = {};
    for (const [name, value] of attributes) if (value !== undefined) result[name] = value;
    if (options !== undefined && options !== null) {
      if (typeof options !== 'object' || Array.isArray(options)) {
        throw new TypeError(`invalid options: expected an object of chart options, got ${describe(options)}`);
      }
      Object.assign(result, options);
    }
    if (data !== undefined) result.data = data;
    return result;
  }

  #render(changes: readonly Change[]): void {
    const options = this.#optionsWith(changes);
    if (!this.#handle) {
      const handle = this.createChart(this.#container, options);
      this.connectEvents(handle, (chartEvent, detail) => {
        const spec = this.spec.events.find((event) => event.chartEvent === chartEvent);
        if (spec) this.dispatchEvent(new CustomEvent(spec.name, { detail, bubbles: true, composed: true }));
      });
      this.#handle = handle;
    } else {
      // An option given last time and not now goes back to its default.
      const update: Record<string, unknown> = { ...options };
      for (const key of this.#givenKeys) if (!(key in update)) update[key] = undefined;
      (this.#handle.update as (options: Record<string, unknown>) => void)(update);
    }
    this.#givenKeys = new Set(Object.keys(options));
  }

  #commit(changes: readonly Change[]): void {
    for (const change of changes) {
      if (change.source === 'attribute') this.#attributes.set(change.name, change.value);
      else if (change.name === 'data') this.#appliedData = change.value;
      else this.#appliedOptions = change.value as Record<string, unknown> | undefined;
    }
  }

  #applyTheme(theme: string | undefined): void {
    if (theme === 'light' || theme === 'dark') this.dataset.theme = theme;
    else delete this.dataset.theme;
  }

  #setParts(): void {
    for (const [selector, part] of this.partSelectors) {
      for (const node of this.#container.querySelectorAll(selector)) node.setAttribute('part', part);
    }
  }

  #report(change: Change | null, error: unknown): void {
    const cause = error instanceof Error ? error : new Error(String(error));
    const what = change ? `${change.source} ${change.name}` : 'options';
    const message =
      cause instanceof AttributeValueError
        ? `<${this.spec.tagName}>: ${cause.message}; the last valid value is kept`
        : `<${this.spec.tagName}>: ${what} refused: ${cause.message}; the last valid render is kept`;
    console.error(message);
    const detail: StcErrorDetail = {
      attribute: change?.source === 'attribute' ? change.name : null,
      property: change?.source === 'property' ? change.name : null,
      value: change?.source === 'attribute' ? change.raw : change?.value,
      message,
      error: cause,
    };
    this.dispatchEvent(new CustomEvent('stc-error', { detail, bubbles: true, composed: true }));
  }
}

/**
 * The change a chart error is about: charts name the option first ("invalid to: …", "unknown option: "x"", or
 * "data[3] …" for a record), and an option no changed attribute names came from the options property.
 */
function culpritOf(changes: readonly Change[], error: unknown): Change | undefined {
  const message = error instanceof Error ? error.message : '';
  const named = /^(?:invalid |unknown option: |missing option: )?"?([A-Za-z]+)/.exec(message)?.[1];
  const attribute = changes.find((change) => change.source === 'attribute' && change.name === named);
  if (attribute) return attribute;
  if (named === 'data') return changes.find((change) => change.name === 'data');
  return changes.find((change) => change.source === 'property' && change.name === 'options');
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array' : typeof value === 'string' ? JSON.stringify(value) : typeof value;
}
