/**
 * A disposer: every listener, observer, timer and animation frame a component registers through it is removed by one
 * `destroy()`, so a destroyed chart leaves nothing running behind it.
 */

/** The event map of a target, so `listen(svg, 'pointermove', (e) => …)` types `e` as a PointerEvent. */
type EventMapOf<T> = T extends Window
  ? WindowEventMap
  : T extends Document
    ? DocumentEventMap
    : T extends SVGElement
      ? SVGElementEventMap
      : T extends HTMLElement
        ? HTMLElementEventMap
        : T extends Element
          ? ElementEventMap
          : T extends MediaQueryList
            ? MediaQueryListEventMap
            : Record<string, Event>;

/** Anything with `disconnect()`: ResizeObserver, MutationObserver, IntersectionObserver. */
export interface Disconnectable {
  disconnect(): void;
}

/** Removes one registration early (it is then no longer tracked). Calling it again does nothing. */
export type Cancel = () => void;

export interface Lifecycle {
  listen<T extends EventTarget, K extends keyof EventMapOf<T> & string>(
    target: T,
    type: K,
    listener: (event: EventMapOf<T>[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): Cancel;
  /** For event types the target's map does not list (custom events). */
  listen(
    target: EventTarget,
    type: string,
    listener: (event: Event) => void,
    options?: boolean | AddEventListenerOptions,
  ): Cancel;
  /** Tracks an observer, disconnecting it on destroy; returns it, so `observe(new ResizeObserver(f)).observe(el)`. */
  observe<O extends Disconnectable>(observer: O): O;
  timeout(callback: () => void, ms: number): Cancel;
  frame(callback: (time: number) => void): Cancel;
  /** Runs `dispose` on destroy (any clean-up the other methods do not cover). */
  add(dispose: () => void): Cancel;
  /** Removes everything, last registered first. Safe to call twice; afterwards every registration throws. */
  destroy(): void;
  readonly destroyed: boolean;
}

export function createLifecycle(): Lifecycle {
  // A Set keeps removal O(1) when a timer fires or a registration is cancelled early.
  const disposers = new Set<() => void>();
  let destroyed = false;

  function track(what: string, dispose: () => void): Cancel {
    if (destroyed) throw new Error(`lifecycle: cannot add ${what} after destroy()`);
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      disposers.delete(run);
      dispose();
    };
    disposers.add(run);
    return run;
  }

  const lifecycle: Lifecycle = {
    listen(
      target: EventTarget,
      type: string,
      listener: (event: Event) => void,
      options?: boolean | AddEventListenerOptions,
    ): Cancel {
      if (destroyed) throw new Error(`lifecycle: cannot add a "${type}" listener after destroy()`);
      target.addEventListener(type, listener, options);
      // removeEventListener matches on the capture flag only. Passed as an object: Node's EventTarget ignores a
      // boolean there.
      const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
      return track(`a "${type}" listener`, () => target.removeEventListener(type, listener, { capture }));
    },

    observe(observer) {
      track('an observer', () => observer.disconnect());
      return observer;
    },

    timeout(callback, ms) {
      if (destroyed) throw new Error('lifecycle: cannot add a timeout after destroy()');
      const id = setTimeout(() => {
        cancel(); // untrack first: the callback may destroy the lifecycle
        callback();
      }, ms);
      const cancel = track('a timeout', () => clearTimeout(id));
      return cancel;
    },

    frame(callback) {
      if (destroyed) throw new Error('lifecycle: cannot add an animation frame after destroy()');
      const id = requestAnimationFrame((time) => {
        cancel();
        callback(time);
      });
      const cancel = track('an animation frame', () => cancelAnimationFrame(id));
      return cancel;
    },

    add(dispose) {
      return track('a disposer', dispose);
    },

    destroy() {
      if (destroyed) return;
      destroyed = true;
      const errors: unknown[] = [];
      for (const dispose of [...disposers].reverse()) {
        try {
          dispose();
        } catch (error) {
          errors.push(error); // one failing disposer must not leave the others running
        }
      }
      disposers.clear();
      if (errors.length === 1) throw errors[0];
      if (errors.length > 1) throw new AggregateError(errors, `lifecycle: ${errors.length} disposers failed`);
    },

    get destroyed() {
      return destroyed;
    },
  };
  return lifecycle;
}
