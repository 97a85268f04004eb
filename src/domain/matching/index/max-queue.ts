// A max-heap of (score, position) in typed arrays: the evaluated candidates waiting for their full score,
// best relevance first (ties: lower position first).

export class MaxQueue {
  #scores = new Float64Array(64);
  #ids = new Int32Array(64);
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** The best score waiting, or -Infinity when empty. */
  peekScore(): number {
    return this.#size > 0 ? (this.#scores[0] as number) : Number.NEGATIVE_INFINITY;
  }

  push(score: number, id: number): void {
    if (this.#size === this.#scores.length) {
      const scores = new Float64Array(this.#size * 2);
      scores.set(this.#scores);
      this.#scores = scores;
      const ids = new Int32Array(this.#size * 2);
      ids.set(this.#ids);
      this.#ids = ids;
    }
    let i = this.#size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#above(score, id, parent)) break;
      this.#scores[i] = this.#scores[parent] as number;
      this.#ids[i] = this.#ids[parent] as number;
      i = parent;
    }
    this.#scores[i] = score;
    this.#ids[i] = id;
  }

  /** Removes and returns the best position (-1 when empty). */
  pop(): number {
    if (this.#size === 0) return -1;
    const top = this.#ids[0] as number;
    const last = --this.#size;
    const score = this.#scores[last] as number;
    const id = this.#ids[last] as number;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= last) break;
      const r = l + 1;
      const child = r < last && this.#above(this.#scores[r] as number, this.#ids[r] as number, l) ? r : l;
      if (!this.#above(this.#scores[child] as number, this.#ids[child] as number, -1, score, id)) break;
      this.#scores[i] = this.#scores[child] as number;
      this.#ids[i] = this.#ids[child] as number;
      i = child;
    }
    if (last > 0) {
      this.#scores[i] = score;
      this.#ids[i] = id;
    }
    return top;
  }

  /** Does (score, id) rank above the entry at `at` (or above (s2, id2) when at is -1)? */
  #above(score: number, id: number, at: number, s2 = 0, id2 = 0): boolean {
    const other = at >= 0 ? (this.#scores[at] as number) : s2;
    const otherId = at >= 0 ? (this.#ids[at] as number) : id2;
    return score > other || (score === other && id < otherId);
  }
}
