/** A small typed event emitter the charts share: `on` returns its own unsubscribe; after `clear`, nothing is called. */
export interface Emitter<Events> {
  on<K extends keyof Events>(type: K, listener: (event: Events[K]) => void): () => void;
  emit<K extends keyof Events>(type: K, event: Events[K]): void;
  clear(): void;
}

/**
 * @param types the event names `on` accepts: any other name throws, listing these
 * @param owner what the emitter belongs to, named in the error of `on` after `clear` ("the chord is destroyed")
 */
export function createEmitter<Events>(types: readonly (keyof Events & string)[], owner: string): Emitter<Events> {
  const listeners = new Map<keyof Events, Set<(event: never) => void>>();
  for (const type of types) listeners.set(type, new Set());
  let cleared = false;
  return {
    on(type, listener) {
      if (cleared) throw new Error(`on(${JSON.stringify(type)}): the ${owner} is destroyed`);
      const set = listeners.get(type);
      if (!set) {
        throw new TypeError(
          `unknown event: ${JSON.stringify(type)} (expected ${types.map((t) => JSON.stringify(t)).join(', ')})`,
        );
      }
      if (typeof listener !== 'function')
        throw new TypeError(`on(${JSON.stringify(type)}): listener must be a function`);
      const entry = listener as (event: never) => void;
      set.add(entry);
      return () => {
        set.delete(entry);
      };
    },
    emit(type, event) {
      const set = listeners.get(type);
      if (!set) return;
      // A copy: a listener may unsubscribe (itself or another) while the others are called.
      for (const listener of [...set]) {
        try {
          (listener as (event: unknown) => void)(event);
        } catch (error) {
          // A failing listener must neither stop the others nor leave the chart half-updated.
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    },
    clear() {
      cleared = true;
      for (const set of listeners.values()) set.clear();
    },
  };
}
