// Vector arithmetic the matcher shares. Embeddings are stored unit-length, so cosine similarity is a dot
// product.

export type Vector = Float32Array;

export function dot(a: Vector, b: Vector): number {
  const n = Math.min(a.length, b.length);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

/** A unit-length copy of `v`; the zero vector stays zero (it is similar to nothing). */
export function normalised(v: ArrayLike<number>): Vector {
  let norm = 0;
  for (let i = 0; i < v.length; i++) norm += (v[i] as number) * (v[i] as number);
  const out = new Float32Array(v.length);
  if (norm === 0 || !Number.isFinite(norm)) return out;
  const scale = 1 / Math.sqrt(norm);
  for (let i = 0; i < v.length; i++) out[i] = (v[i] as number) * scale;
  return out;
}
