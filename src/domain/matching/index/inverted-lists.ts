// The inverted lists of the vector index: every vector is projected to a few dimensions and filed under
// the nearest of a two-level set of centroids (a coarse cell, then a fine list within it), so filing one
// vector or choosing the lists to probe costs two small scans rather than one over every list. Searching
// scans only the probed lists, in the reduced space.

import { IntList } from './int-list';
import { nearestCentroid, sphericalKMeans } from './kmeans';
import { fitProjection, type Projection, project } from './projection';
import type { TopK } from './top-k';

export interface ListsShape {
  /** Dimensions of the reduced space. */
  reducedDimensions: number;
  coarse: number;
  fine: number;
}

/** How many lists suit `n` vectors: about √n·2 lists, split into coarse cells of `fine` lists each. */
export function listsShapeFor(n: number, dims: number, reducedDimensions = 32): ListsShape {
  const lists = Math.max(4, Math.round(2 * Math.sqrt(n)));
  const coarse = Math.max(2, Math.round(Math.sqrt(lists)));
  const fine = Math.max(2, Math.round(lists / coarse));
  return { reducedDimensions: Math.min(dims, reducedDimensions), coarse, fine };
}

export class InvertedLists {
  readonly projection: Projection;
  readonly shape: ListsShape;
  readonly #coarse: Float32Array;
  /** `coarse × fine` centroids, row-major. */
  readonly #fine: Float32Array;
  readonly #lists: IntList[];
  #reduced: Float32Array;
  #listOf: Int32Array;
  readonly #q: Float32Array;
  /** A copy of the query `#q` holds the projection of: one need asks for several scans in a row. */
  #projected = new Float32Array(0);
  readonly #coarseScores: Float64Array;
  readonly #candidateLists: Int32Array;
  readonly #candidateScores: Float64Array;

  /** Trains on `sample` (full vectors); vectors are filed afterwards with `set`. */
  constructor(sample: readonly ArrayLike<number>[], dims: number, shape: ListsShape, random: () => number) {
    this.shape = shape;
    const d = shape.reducedDimensions;
    this.projection = fitProjection(sample.slice(0, 1500), dims, d, random);
    const rows = new Float32Array(sample.length * d);
    sample.forEach((v, r) => {
      project(this.projection, v, rows, r * d);
    });
    this.#coarse = sphericalKMeans(rows, sample.length, d, shape.coarse, 6, random);
    this.#fine = new Float32Array(shape.coarse * shape.fine * d);
    const members: number[][] = Array.from({ length: shape.coarse }, () => []);
    for (let r = 0; r < sample.length; r++)
      members[nearestCentroid(this.#coarse, shape.coarse, d, rows, r)]!.push(r);
    members.forEach((rowsOfCell, c) => {
      const cell = new Float32Array(Math.max(1, rowsOfCell.length) * d);
      rowsOfCell.forEach((r, i) => {
        cell.set(rows.subarray(r * d, (r + 1) * d), i * d);
      });
      if (rowsOfCell.length === 0) cell.set(this.#coarse.subarray(c * d, (c + 1) * d));
      const fine = sphericalKMeans(cell, Math.max(1, rowsOfCell.length), d, shape.fine, 6, random);
      this.#fine.set(fine, c * shape.fine * d);
    });
    this.#lists = Array.from({ length: shape.coarse * shape.fine }, () => new IntList());
    this.#reduced = new Float32Array(1024 * d);
    this.#listOf = new Int32Array(1024).fill(-1);
    this.#q = new Float32Array(d);
    this.#coarseScores = new Float64Array(shape.coarse);
    this.#candidateLists = new Int32Array(shape.coarse * shape.fine);
    this.#candidateScores = new Float64Array(shape.coarse * shape.fine);
  }

  get listCount(): number {
    return this.#lists.length;
  }

  /** Files (or re-files, or with null removes) the vector at `index`. */
  set(index: number, vector: ArrayLike<number> | null): void {
    const d = this.shape.reducedDimensions;
    if (index >= this.#listOf.length) this.#grow(Math.max(index + 1, this.#listOf.length * 2));
    const old = this.#listOf[index] as number;
    if (old >= 0) this.#lists[old]!.remove(index);
    this.#listOf[index] = -1;
    if (!vector) return;
    project(this.projection, vector, this.#reduced, index * d);
    const c = nearestCentroid(this.#coarse, this.shape.coarse, d, this.#reduced, index);
    const fine = this.#fine.subarray(c * this.shape.fine * d, (c + 1) * this.shape.fine * d);
    const list = c * this.shape.fine + nearestCentroid(fine, this.shape.fine, d, this.#reduced, index);
    this.#lists[list]!.push(index);
    this.#listOf[index] = list;
  }

  /**
   * Scans the `probes` lists nearest to `query` and offers each member's reduced-space similarity to `top`.
   * Returns how many lists were scanned.
   */
  scan(query: ArrayLike<number>, probes: number, top: TopK, accept?: (index: number) => boolean): number {
    const { coarse, fine, reducedDimensions: d } = this.shape;
    const q = this.#project(query);
    for (let c = 0; c < coarse; c++) this.#coarseScores[c] = dotAt(this.#coarse, c * d, q, d);
    const cells = Math.min(coarse, Math.max(3, 2 * Math.ceil(probes / fine)));
    const chosenCells = topIndices(this.#coarseScores, coarse, cells);
    let n = 0;
    for (const c of chosenCells) {
      for (let f = 0; f < fine; f++) {
        const list = c * fine + f;
        this.#candidateLists[n] = list;
        this.#candidateScores[n] = dotAt(this.#fine, list * d, q, d);
        n++;
      }
    }
    const order = topIndices(this.#candidateScores, n, Math.min(probes, n));
    for (const o of order) {
      const list = this.#lists[this.#candidateLists[o] as number]!;
      for (let m = 0; m < list.length; m++) {
        const index = list.at(m);
        if (accept && !accept(index)) continue;
        top.offer(dotAt(this.#reduced, index * d, q, d), index);
      }
    }
    return order.length;
  }

  #project(query: ArrayLike<number>): Float32Array {
    if (!sameValues(this.#projected, query)) {
      project(this.projection, query, this.#q);
      this.#projected = Float32Array.from(query);
    }
    return this.#q;
  }

  #grow(capacity: number): void {
    const d = this.shape.reducedDimensions;
    const reduced = new Float32Array(capacity * d);
    reduced.set(this.#reduced);
    this.#reduced = reduced;
    const listOf = new Int32Array(capacity).fill(-1);
    listOf.set(this.#listOf);
    this.#listOf = listOf;
  }
}

function sameValues(a: Float32Array, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function dotAt(m: Float32Array, offset: number, q: Float32Array, d: number): number {
  let s = 0;
  for (let i = 0; i < d; i++) s += (m[offset + i] as number) * (q[i] as number);
  return s;
}

/** Positions of the `k` largest of the first `n` scores, best first (k is small: selection by insertion). */
function topIndices(scores: Float64Array, n: number, k: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = scores[i] as number;
    if (out.length === k && s <= (scores[out[k - 1]!] as number)) continue;
    let at = out.length < k ? out.length : k - 1;
    if (out.length < k) out.push(i);
    while (at > 0 && (scores[out[at - 1]!] as number) < s) {
      out[at] = out[at - 1]!;
      at--;
    }
    out[at] = i;
  }
  return out;
}
