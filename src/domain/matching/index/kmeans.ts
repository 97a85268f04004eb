// Spherical k-means (centroids are unit directions, members join the most similar one) over rows of a
// row-major matrix: the centroids of the inverted lists.

/** Index of the centroid most similar to row `r` of `rows`. */
export function nearestCentroid(
  centroids: Float32Array,
  k: number,
  dims: number,
  rows: Float32Array,
  r: number,
): number {
  const base = r * dims;
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < k; c++) {
    const cb = c * dims;
    let s = 0;
    for (let i = 0; i < dims; i++) s += (centroids[cb + i] as number) * (rows[base + i] as number);
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}

/** `k` unit centroids for `n` rows (row-major, `dims` each); rows should not all be zero. */
export function sphericalKMeans(
  rows: Float32Array,
  n: number,
  dims: number,
  k: number,
  iterations: number,
  random: () => number,
): Float32Array {
  const centroids = new Float32Array(k * dims);
  // start from k distinct random rows
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < Math.min(k, n); i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
    centroids.set(rows.subarray((order[i] as number) * dims, ((order[i] as number) + 1) * dims), i * dims);
  }
  normaliseRows(centroids, k, dims);
  const sums = new Float64Array(k * dims);
  const counts = new Int32Array(k);
  for (let iter = 0; iter < iterations; iter++) {
    sums.fill(0);
    counts.fill(0);
    for (let r = 0; r < n; r++) {
      const c = nearestCentroid(centroids, k, dims, rows, r);
      counts[c] = (counts[c] as number) + 1;
      const base = r * dims;
      const cb = c * dims;
      for (let i = 0; i < dims; i++) sums[cb + i] = (sums[cb + i] as number) + (rows[base + i] as number);
    }
    for (let c = 0; c < k; c++) {
      const cb = c * dims;
      if (counts[c] === 0) {
        // an empty list takes a random row, so no centroid is wasted
        const r = Math.floor(random() * n);
        for (let i = 0; i < dims; i++) centroids[cb + i] = rows[r * dims + i] as number;
      } else {
        for (let i = 0; i < dims; i++) centroids[cb + i] = sums[cb + i] as number;
      }
    }
    normaliseRows(centroids, k, dims);
  }
  return centroids;
}

function normaliseRows(m: Float32Array, n: number, dims: number): void {
  for (let r = 0; r < n; r++) {
    const base = r * dims;
    let norm = 0;
    for (let i = 0; i < dims; i++) norm += (m[base + i] as number) ** 2;
    if (norm === 0) continue;
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < dims; i++) m[base + i] = (m[base + i] as number) * inv;
  }
}
