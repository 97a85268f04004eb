// The k best (score, position) pairs seen so far, in typed arrays: a min-heap whose root is the worst kept
// pair. Ties rank the lower position first, as the naive ranking does, so results do not depend on the
// order candidates were visited in.

export class TopK {
  readonly #scores: Float64Array;
  readonly #ids: Int32Array;
  #size = 0;

  constructor(readonly capacity: number) {
    this.#scores = new Float64Array(Math.max(1, capacity));
    this.#ids = new Int32Array(Math.max(1, capacity));
  }

  get size(): number {
    return this.#size;
  }

  get full(): boolean {
    return this.#size >= this.capacity;
  }

  /** The score a newcomer must beat (or tie with a lower position) to be kept; -Infinity until full. */
  get worstScore(): number {
    return this.full ? (this.#scores[0] as number) : Number.NEGATIVE_INFINITY;
  }

  get worstId(): number {
    return this.full ? (this.#ids[0] as number) : -1;
  }

  /** Keeps the pair if it ranks among the k best; returns the position it displaced, or -1. */
  offer(score: number, id: number): number {
    if (this.capacity <= 0) return id;
    if (this.#size < this.capacity) {
      this.#scores[this.#size] = score;
      this.#ids[this.#size] = id;
      this.#up(this.#size++);
      return -1;
    }
    if (!this.#better(score, id, this.#scores[0] as number, this.#ids[0] as number)) return id;
    const displaced = this.#ids[0] as number;
    this.#scores[0] = score;
    this.#ids[0] = id;
    this.#down(0);
    return displaced;
  }

  /** The kept positions with their scores, best first. */
  sorted(): { id: number; score: number }[] {
    const out: { id: number; score: number }[] = [];
    for (let i = 0; i < this.#size; i++)
      out.push({ id: this.#ids[i] as number, score: this.#scores[i] as number });
    return out.sort((a, b) => b.score - a.score || a.id - b.id);
  }

  /** The kept positions, best first. */
  sortedIds(): Int32Array {
    return Int32Array.from(this.sorted(), (x) => x.id);
  }

  #better(s1: number, id1: number, s2: number, id2: number): boolean {
    return s1 > s2 || (s1 === s2 && id1 < id2);
  }

  #swap(i: number, j: number): void {
    const s = this.#scores[i] as number;
    this.#scores[i] = this.#scores[j] as number;
    this.#scores[j] = s;
    const id = this.#ids[i] as number;
    this.#ids[i] = this.#ids[j] as number;
    this.#ids[j] = id;
  }

  #worse(i: number, j: number): boolean {
    return this.#better(
      this.#scores[j] as number,
      this.#ids[j] as number,
      this.#scores[i] as number,
      this.#ids[i] as number,
    );
  }

  #up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#worse(i, parent)) return;
      this.#swap(i, parent);
      i = parent;
    }
  }

  #down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < this.#size && this.#worse(l, worst)) worst = l;
      if (r < this.#size && this.#worse(r, worst)) worst = r;
      if (worst === i) return;
      this.#swap(i, worst);
      i = worst;
    }
  }
}
