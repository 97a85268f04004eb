// Nearest neighbours by cosine similarity over unit-length vectors: pure, no I/O.
// Small sets are scanned exactly. From `trainAt` vectors on, an inverted-file index answers instead: each
// vector is filed under its nearest centroid in a 32-d projection (index/inverted-lists.ts), a search scans
// the lists nearest the query in that projection and re-ranks the best of them by their exact similarity.
// Vectors can be added and replaced one at a time; the lists are retrained when the set has grown 4×.
import { InvertedLists, listsShapeFor } from './index/inverted-lists';
import { seededRandom } from './index/seeded-random';
import { TopK } from './index/top-k';
import { createVectorStore, type VectorStorage, type VectorStore } from './index/vector-store';
import type { Vector } from './vector';

export interface Neighbour {
  /** Position of the vector in the list the index was built from. */
  index: number;
  similarity: number;
}

export interface VectorIndexOptions {
  /** `float32` (default) keeps the caller's arrays; `int8` keeps a quantised copy, a quarter of the memory. */
  storage?: VectorStorage;
  /** Always scan every vector (exact search). */
  exact?: boolean;
  /** The fewest lists a search scans (default 12); more when k asks for more than they hold. */
  probes?: number;
  /** Below this many vectors every search is exact (default 2048). */
  trainAt?: number;
  seed?: number;
}

export interface VectorIndex {
  readonly size: number;
  /** True when every search scans every vector (exact search, or too few vectors for lists yet). */
  readonly exact: boolean;
  /** The k most similar vectors, most similar first; `accept` filters positions before they count. */
  search(query: Vector, k: number, accept?: (index: number) => boolean): Neighbour[];
  /**
   * Positions of about the `n` vectors nearest `query`, roughly nearest first and without exact
   * similarities: the inverted lists' answer before re-ranking (exact search: the exact answer).
   */
  candidates(query: Vector, n: number, accept?: (index: number) => boolean): Int32Array;
  /** Appends a vector (null: none yet) and returns its position. */
  add(vector: Vector | null): number;
  replace(index: number, vector: Vector | null): void;
  /** The exact similarity of `query` with the stored vector at `index` (0 when it has none). */
  similarity(query: Vector, index: number): number;
  /** The stored vector at `index` (int8 storage: dequantised into `scratch`), or null. */
  read(index: number, scratch: Float32Array): Vector | null;
}

const present = (v: Vector | null | undefined): v is Vector => v !== null && v !== undefined && v.length > 0;

export function buildVectorIndex(
  vectors: readonly (Vector | null)[],
  options: VectorIndexOptions = {},
): VectorIndex {
  const index = new IvfIndex(options);
  for (const v of vectors) index.add(v, false);
  index.train();
  return index;
}

class IvfIndex implements VectorIndex {
  readonly #exact: boolean;
  readonly #storage: VectorStorage;
  readonly #probes: number;
  readonly #trainAt: number;
  readonly #seed: number;
  #store: VectorStore | null = null;
  #dims = 0;
  #size = 0;
  #withVectors = 0;
  #lists: InvertedLists | null = null;
  #trainedOn = 0;
  #scratch = new Float32Array(0);

  constructor(options: VectorIndexOptions) {
    this.#exact = options.exact ?? false;
    this.#storage = options.storage ?? 'float32';
    this.#probes = options.probes ?? 12;
    this.#trainAt = options.trainAt ?? 2048;
    this.#seed = options.seed ?? 1;
  }

  get size(): number {
    return this.#size;
  }

  get exact(): boolean {
    return this.#exact || !this.#lists;
  }

  add(vector: Vector | null, retrain = true): number {
    const at = this.#size++;
    this.#put(at, vector);
    if (retrain) this.train();
    return at;
  }

  replace(index: number, vector: Vector | null): void {
    if (index < 0 || index >= this.#size) throw new RangeError(`no vector at ${index}`);
    this.#put(index, vector);
  }

  similarity(query: Vector, index: number): number {
    return this.#store && index < this.#store.size ? this.#store.similarity(query, index) : 0;
  }

  read(index: number, scratch: Float32Array): Vector | null {
    return this.#store && index < this.#store.size ? this.#store.read(index, scratch) : null;
  }

  search(query: Vector, k: number, accept?: (index: number) => boolean): Neighbour[] {
    const store = this.#store;
    if (!store || k <= 0 || query.length === 0) return [];
    const best = new TopK(k);
    const lists = this.#exact ? null : this.#lists;
    if (!lists) {
      for (let i = 0; i < store.size; i++) {
        if (!store.has(i) || (accept && !accept(i))) continue;
        best.offer(store.similarity(query, i), i);
      }
    } else {
      // scan enough lists to hold ~4k vectors, keep the best 4k in the projection, re-rank them exactly
      const perList = Math.max(1, this.#withVectors / lists.listCount);
      const probes = Math.max(this.#probes, Math.ceil((4 * k) / perList));
      const rough = new TopK(Math.max(8 * k, 128));
      lists.scan(query, probes, rough, accept);
      for (const { id } of rough.sorted()) best.offer(store.similarity(query, id), id);
    }
    return best.sorted().map(({ id, score }) => ({ index: id, similarity: score }));
  }

  candidates(query: Vector, n: number, accept?: (index: number) => boolean): Int32Array {
    const lists = this.#exact ? null : this.#lists;
    if (!lists) return Int32Array.from(this.search(query, n, accept), (h) => h.index);
    if (n <= 0 || query.length === 0) return new Int32Array(0);
    const perList = Math.max(1, this.#withVectors / lists.listCount);
    const rough = new TopK(n);
    lists.scan(query, Math.max(this.#probes, Math.ceil((4 * n) / perList)), rough, accept);
    return rough.sortedIds();
  }

  /** (Re)trains the lists when the set first reaches `trainAt` vectors or has grown 4× since. */
  train(): void {
    const store = this.#store;
    if (this.#exact || !store || this.#withVectors < this.#trainAt) return;
    if (this.#lists && this.#withVectors < 4 * this.#trainedOn) return;
    const random = seededRandom(this.#seed);
    const shape = listsShapeFor(this.#withVectors, this.#dims);
    const wanted = Math.min(this.#withVectors, 24 * shape.coarse * shape.fine);
    const sample: Float32Array[] = [];
    // every vector has the same chance of being in the sample (reservoir sampling)
    let seen = 0;
    for (let i = 0; i < store.size; i++) {
      if (!store.has(i)) continue;
      const slot = seen < wanted ? seen : Math.floor(random() * (seen + 1));
      seen++;
      if (slot < wanted) sample[slot] = Float32Array.from(store.read(i, this.#scratch)!);
    }
    const lists = new InvertedLists(sample, this.#dims, shape, random);
    for (let i = 0; i < store.size; i++) if (store.has(i)) lists.set(i, store.read(i, this.#scratch));
    this.#lists = lists;
    this.#trainedOn = this.#withVectors;
  }

  #put(at: number, vector: Vector | null): void {
    const v = present(vector) ? vector : null;
    if (v && !this.#store) {
      this.#dims = v.length;
      this.#store = createVectorStore(this.#storage, v.length);
      this.#scratch = new Float32Array(v.length);
    }
    const store = this.#store;
    if (!store) return;
    const had = at < store.size && store.has(at);
    // the store is dense: positions before `at` that never had a vector are filled with "none"
    for (let i = store.size; i < at; i++) store.set(i, null);
    store.set(at, v);
    const has = store.has(at);
    this.#withVectors += (has ? 1 : 0) - (had ? 1 : 0);
    this.#lists?.set(at, has ? store.read(at, this.#scratch) : null);
  }
}
