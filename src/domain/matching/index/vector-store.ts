// Where the index keeps the full vectors. `float32` keeps the caller's arrays (no copy: similarities are
// bit-for-bit those relevance computes). `int8` keeps one quantised copy (512 bytes instead of 2 KiB for a
// 512-d embedding, cosine error below 1e-3), so 600,000 provider documents fit in ~310 MB; relevance then
// reads the dequantised vector, and the index's similarities are computed from that same vector.
import { dot, type Vector } from '../vector';

export type VectorStorage = 'float32' | 'int8';

export interface VectorStore {
  readonly storage: VectorStorage;
  readonly size: number;
  /** Stores `vector` at `index` (appends when index === size); null means "no embedding yet". */
  set(index: number, vector: Vector | null): void;
  has(index: number): boolean;
  /** Cosine similarity of `query` with the stored vector; 0 when there is none. */
  similarity(query: Vector, index: number): number;
  /** The stored vector: the caller's array (float32) or `scratch` filled with the dequantised copy (int8). */
  read(index: number, scratch: Float32Array): Vector | null;
}

export function createVectorStore(storage: VectorStorage, dimensions: number): VectorStore {
  return storage === 'float32' ? new Float32Store() : new Int8Store(dimensions);
}

class Float32Store implements VectorStore {
  readonly storage = 'float32' as const;
  readonly #vectors: (Vector | null)[] = [];

  get size(): number {
    return this.#vectors.length;
  }
  set(index: number, vector: Vector | null): void {
    this.#vectors[index] = vector && vector.length > 0 ? vector : null;
  }
  has(index: number): boolean {
    return (this.#vectors[index] ?? null) !== null;
  }
  similarity(query: Vector, index: number): number {
    const v = this.#vectors[index];
    return v ? dot(query, v) : 0;
  }
  read(index: number): Vector | null {
    return this.#vectors[index] ?? null;
  }
}

class Int8Store implements VectorStore {
  readonly storage = 'int8' as const;
  #codes: Int8Array;
  #scales: Float32Array;
  #size = 0;

  constructor(readonly dimensions: number) {
    this.#codes = new Int8Array(1024 * dimensions);
    this.#scales = new Float32Array(1024);
  }

  get size(): number {
    return this.#size;
  }

  set(index: number, vector: Vector | null): void {
    if (index >= this.#scales.length) this.#grow(Math.max(index + 1, this.#scales.length * 2));
    if (index >= this.#size) this.#size = index + 1;
    const d = this.dimensions;
    const base = index * d;
    let max = 0;
    const n = vector ? Math.min(vector.length, d) : 0;
    for (let i = 0; i < n; i++) max = Math.max(max, Math.abs(vector![i] as number));
    // scale 0 marks "no vector"
    this.#scales[index] = max > 0 && Number.isFinite(max) ? max / 127 : 0;
    const inv = max > 0 && Number.isFinite(max) ? 127 / max : 0;
    for (let i = 0; i < d; i++) this.#codes[base + i] = i < n ? Math.round((vector![i] as number) * inv) : 0;
  }

  has(index: number): boolean {
    return index < this.#size && (this.#scales[index] as number) > 0;
  }

  similarity(query: Vector, index: number): number {
    if (!this.has(index)) return 0;
    // over the codes directly, no dequantised copy written: each value rounded as the Float32Array `read`
    // fills would hold it, so the result is bit for bit dot(query, read(index))
    const d = this.dimensions;
    const codes = this.#codes;
    const scale = this.#scales[index] as number;
    const n = Math.min(d, query.length);
    let sum = 0;
    for (let i = 0, at = index * d; i < n; i++, at++)
      sum += Math.fround((codes[at] as number) * scale) * (query[i] as number);
    return sum;
  }

  read(index: number, scratch: Float32Array): Vector | null {
    if (!this.has(index)) return null;
    const scale = this.#scales[index] as number;
    const d = this.dimensions;
    const base = index * d;
    for (let i = 0; i < d; i++) scratch[i] = (this.#codes[base + i] as number) * scale;
    return scratch;
  }

  #grow(capacity: number): void {
    const codes = new Int8Array(capacity * this.dimensions);
    codes.set(this.#codes);
    this.#codes = codes;
    const scales = new Float32Array(capacity);
    scales.set(this.#scales);
    this.#scales = scales;
  }
}
