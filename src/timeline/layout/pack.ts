/** A horizontal extent in pixels. */
export interface Extent {
  readonly x0: number;
  readonly x1: number;
}

/** Rows chosen for a set of extents. */
export interface Packing {
  /** `rows[i]` is the row (from 0) of the i-th extent given. */
  readonly rows: Uint32Array;
  readonly rowCount: number;
  /** Indices of the extents in order of `x0` (ties by `x1`, then by index): each row's extents appear in this order. */
  readonly order: Uint32Array;
}

/** A binary min-heap of (key, value) pairs of numbers, kept in two flat arrays so pushes allocate no objects. */
class NumberHeap {
  private readonly keys: number[] = [];
  private readonly values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  /** The smallest key; only valid when the heap is not empty. */
  peekKey(): number {
    return this.keys[0] as number;
  }

  push(key: number, value: number): void {
    const { keys, values } = this;
    let i = keys.length;
    keys.push(key);
    values.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((keys[parent] as number) <= key) break;
      keys[i] = keys[parent] as number;
      values[i] = values[parent] as number;
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Removes the entry with the smallest key and returns its value; only valid when the heap is not empty. */
  pop(): number {
    const { keys, values } = this;
    const top = values[0] as number;
    const lastKey = keys.pop() as number;
    const lastValue = values.pop() as number;
    const size = keys.length;
    if (size === 0) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && (keys[child + 1] as number) < (keys[child] as number)) child++;
      if ((keys[child] as number) >= lastKey) break;
      keys[i] = keys[child] as number;
      values[i] = values[child] as number;
      i = child;
    }
    keys[i] = lastKey;
    values[i] = lastValue;
    return top;
  }
}

/**
 * Packs extents into rows so that in each row every extent ends at least `gap` before the next begins
 * (`a.x1 + gap <= b.x0`). Greedy interval partitioning: extents are taken in order of `x0`, each into the lowest row free
 * at its start, which uses the fewest rows possible. O(n log n): one sort and two heaps, of busy rows by end and of
 * free rows by index.
 */
export function packRows(extents: readonly Extent[], gap: number): Packing {
  const n = extents.length;
  // Flat copies make the sort's comparator several times faster than reading the extent objects.
  const x0 = new Float64Array(n);
  const x1 = new Float64Array(n);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const extent = extents[i] as Extent;
    x0[i] = extent.x0;
    x1[i] = extent.x1;
    order[i] = i;
  }
  // Extents usually come in order already (the layout gives each lane's marks in time order): then skip the sort.
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) {
    const dx = (x0[i - 1] as number) - (x0[i] as number);
    sorted = dx < 0 || (dx === 0 && (x1[i - 1] as number) <= (x1[i] as number));
  }
  if (!sorted) {
    order.sort((a, b) => (x0[a] as number) - (x0[b] as number) || (x1[a] as number) - (x1[b] as number) || a - b);
  }

  const rows = new Uint32Array(n);
  const busy = new NumberHeap(); // key: the row's end plus the gap; value: the row
  const free = new NumberHeap(); // key and value: the row
  let rowCount = 0;
  for (let k = 0; k < n; k++) {
    const index = order[k] as number;
    const start = x0[index] as number;
    while (busy.size > 0 && busy.peekKey() <= start) {
      const row = busy.pop();
      free.push(row, row);
    }
    const row = free.size > 0 ? free.pop() : rowCount++;
    rows[index] = row;
    busy.push((x1[index] as number) + gap, row);
  }
  return { rows, rowCount, order };
}
