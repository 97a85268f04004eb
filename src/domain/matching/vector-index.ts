// Nearest neighbours by cosine similarity over unit-length vectors: pure, no I/O.
// FIRST VERSION (contract): exact search over every vector. The scale work replaces the inside (an
// approximate index) and keeps these names.
import { dot, type Vector } from './vector';

export interface Neighbour {
  /** Position of the vector in the list the index was built from. */
  index: number;
  similarity: number;
}

export interface VectorIndex {
  readonly size: number;
  /** The k most similar vectors, most similar first; `accept` filters positions before they count. */
  search(query: Vector, k: number, accept?: (index: number) => boolean): Neighbour[];
}

export function buildVectorIndex(vectors: readonly Vector[]): VectorIndex {
  return {
    size: vectors.length,
    search(query, k, accept) {
      const hits: Neighbour[] = [];
      vectors.forEach((v, index) => {
        if (accept && !accept(index)) return;
        hits.push({ index, similarity: dot(query, v) });
      });
      hits.sort((a, b) => b.similarity - a.similarity || a.index - b.index);
      return hits.slice(0, k);
    },
  };
}
