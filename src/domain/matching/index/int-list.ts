// A growable list of non-negative integers in one Int32Array: posting lists and inverted lists hold
// hundreds of thousands of positions, and an array of numbers would cost four times the memory.

export class IntList {
  #data: Int32Array;
  #length = 0;

  constructor(capacity = 4) {
    this.#data = new Int32Array(Math.max(1, capacity));
  }

  get length(): number {
    return this.#length;
  }

  /** The values, in the first `length` places of the array (for hot loops; valid until the next push). */
  get values(): Int32Array {
    return this.#data;
  }

  at(i: number): number {
    return this.#data[i] as number;
  }

  push(value: number): void {
    if (this.#length === this.#data.length) {
      const grown = new Int32Array(this.#data.length * 2);
      grown.set(this.#data);
      this.#data = grown;
    }
    this.#data[this.#length++] = value;
  }

  /** Removes one occurrence of `value` (order is not kept); false when absent. */
  remove(value: number): boolean {
    for (let i = 0; i < this.#length; i++) {
      if (this.#data[i] === value) {
        this.#data[i] = this.#data[--this.#length] as number;
        return true;
      }
    }
    return false;
  }
}
