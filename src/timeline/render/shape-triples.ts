/**
 * A list of (x, y, size) triples of numbers in one growing Float64Array: the shapes the canvas stamps. A plain array
 * of numbers reallocates as it grows, and every number handed to its `push` outside optimised code is a heap object;
 * here the numbers are stored as they are, and the array is kept for the next draw.
 */
export class ShapeTriples {
  /** The triples, flat: x, y, size, x, y, size, … Only the first `length` entries are in the list. */
  values = new Float64Array(3 * 64);
  /** Entries in the list: three times the number of triples. */
  length = 0;

  add(x: number, y: number, size: number): void {
    let { values } = this;
    const at = this.length;
    if (at + 3 > values.length) {
      const grown = new Float64Array(values.length * 2);
      grown.set(values);
      this.values = values = grown;
    }
    values[at] = x;
    values[at + 1] = y;
    values[at + 2] = size;
    this.length = at + 3;
  }

  /** Empties the list, keeping its memory. */
  clear(): void {
    this.length = 0;
  }
}
