// A linear map from the embedding space to a few dimensions that keeps dot products as well as any map of
// that size can (the leading principal directions of the vectors, uncentred, since similarity is a dot
// product). The inverted lists are scanned in this reduced space; the exact similarity decides after.

export interface Projection {
  readonly from: number;
  readonly to: number;
  /** Row-major `to × from`: row r is the r-th direction. */
  readonly basis: Float32Array;
}

/** Writes the projection of `v` into `out` at `offset`. */
export function project(p: Projection, v: ArrayLike<number>, out: Float32Array, offset = 0): void {
  const { from, to, basis } = p;
  const n = Math.min(from, v.length);
  for (let r = 0; r < to; r++) {
    const row = r * from;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += (basis[row + i] as number) * (v[i] as number);
    out[offset + r] = sum;
  }
}

/**
 * The `to` leading directions of `sample` by subspace iteration on its second-moment matrix. When the
 * vectors have no more than `to` dimensions the projection is the identity.
 */
export function fitProjection(
  sample: readonly ArrayLike<number>[],
  from: number,
  to: number,
  random: () => number,
): Projection {
  if (to >= from) {
    const basis = new Float32Array(from * from);
    for (let i = 0; i < from; i++) basis[i * from + i] = 1;
    return { from, to: from, basis };
  }
  const m = secondMoment(sample, from);
  let q = new Float64Array(from * to); // column-major: column c at c*from
  for (let i = 0; i < q.length; i++) q[i] = random() - 0.5;
  orthonormalise(q, from, to);
  for (let iter = 0; iter < 8; iter++) {
    q = multiply(m, q, from, to);
    orthonormalise(q, from, to);
  }
  const basis = new Float32Array(to * from);
  for (let c = 0; c < to; c++) for (let i = 0; i < from; i++) basis[c * from + i] = q[c * from + i] as number;
  return { from, to, basis };
}

function secondMoment(sample: readonly ArrayLike<number>[], d: number): Float64Array {
  const m = new Float64Array(d * d);
  for (const v of sample) {
    const n = Math.min(d, v.length);
    for (let i = 0; i < n; i++) {
      const vi = v[i] as number;
      if (vi === 0) continue;
      const row = i * d;
      for (let j = i; j < n; j++) m[row + j] = (m[row + j] as number) + vi * (v[j] as number);
    }
  }
  for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) m[i * d + j] = m[j * d + i] as number;
  return m;
}

function multiply(m: Float64Array, q: Float64Array, d: number, cols: number): Float64Array<ArrayBuffer> {
  const out = new Float64Array(d * cols);
  for (let c = 0; c < cols; c++) {
    const col = c * d;
    for (let i = 0; i < d; i++) {
      const row = i * d;
      let sum = 0;
      for (let j = 0; j < d; j++) sum += (m[row + j] as number) * (q[col + j] as number);
      out[col + i] = sum;
    }
  }
  return out;
}

/** Modified Gram–Schmidt on the columns; a column that collapses is replaced by a unit axis. */
function orthonormalise(q: Float64Array, d: number, cols: number): void {
  let axis = 0;
  for (let c = 0; c < cols; c++) {
    const col = c * d;
    for (let p = 0; p < c; p++) {
      const prev = p * d;
      let proj = 0;
      for (let i = 0; i < d; i++) proj += (q[col + i] as number) * (q[prev + i] as number);
      for (let i = 0; i < d; i++) q[col + i] = (q[col + i] as number) - proj * (q[prev + i] as number);
    }
    let norm = 0;
    for (let i = 0; i < d; i++) norm += (q[col + i] as number) ** 2;
    if (norm < 1e-20 && axis < d) {
      const next = axis++;
      for (let i = 0; i < d; i++) q[col + i] = i === next ? 1 : 0;
      c--; // orthogonalise the replacement against the earlier columns
      continue;
    }
    if (norm === 0) continue;
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < d; i++) q[col + i] = (q[col + i] as number) * inv;
  }
}
