// Logistic regression by Newton's method (iteratively reweighted least squares) with a Gaussian prior on
// each weight: the learned weights stay near the prior where the data says little.

export interface LogisticFit {
  weights: number[];
  /** Log-likelihood of the data under the fitted weights (without the prior). */
  logLikelihood: number;
}

/**
 * `rows[i]` are the feature values of example i (a column of ones for an intercept is the caller's);
 * `prior[j]` the weight j leans to and `precision[j]` how hard (0: not at all).
 */
export function fitLogistic(
  rows: readonly (readonly number[])[],
  labels: readonly boolean[],
  prior: readonly number[],
  precision: readonly number[],
  iterations = 25,
): LogisticFit {
  const k = prior.length;
  const w = [...prior];
  for (let iter = 0; iter < iterations; iter++) {
    const gradient = w.map((wj, j) => -(precision[j] ?? 0) * (wj - (prior[j] ?? 0)));
    const hessian = Array.from({ length: k }, (_, j) => {
      const row = new Array<number>(k).fill(0);
      row[j] = (precision[j] ?? 0) + 1e-9;
      return row;
    });
    rows.forEach((x, i) => {
      const p = probability(w, x);
      const residual = (labels[i] ? 1 : 0) - p;
      const weight = p * (1 - p);
      for (let a = 0; a < k; a++) {
        const xa = x[a] ?? 0;
        if (xa === 0) continue;
        gradient[a] = (gradient[a] ?? 0) + residual * xa;
        const hRow = hessian[a];
        if (!hRow) continue;
        for (let b = 0; b < k; b++) hRow[b] = (hRow[b] ?? 0) + weight * xa * (x[b] ?? 0);
      }
    });
    const step = solve(hessian, gradient);
    let largest = 0;
    for (let j = 0; j < k; j++) {
      w[j] = (w[j] ?? 0) + (step[j] ?? 0);
      largest = Math.max(largest, Math.abs(step[j] ?? 0));
    }
    if (largest < 1e-7) break;
  }
  let logLikelihood = 0;
  rows.forEach((x, i) => {
    const p = Math.min(1 - 1e-12, Math.max(1e-12, probability(w, x)));
    logLikelihood += labels[i] ? Math.log(p) : Math.log(1 - p);
  });
  return { weights: w, logLikelihood };
}

function probability(w: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let j = 0; j < w.length; j++) z += (w[j] ?? 0) * (x[j] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** Solves A·x = b for a symmetric positive definite A by Gaussian elimination with partial pivoting. */
export function solve(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(m[r]?.[col] ?? 0) > Math.abs(m[pivot]?.[col] ?? 0)) pivot = r;
    const top = m[pivot];
    const current = m[col];
    if (!top || !current) continue;
    m[pivot] = current;
    m[col] = top;
    const d = top[col] ?? 0;
    if (Math.abs(d) < 1e-300) continue;
    for (let r = 0; r < n; r++) {
      const row = m[r];
      if (r === col || !row) continue;
      const f = (row[col] ?? 0) / d;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) row[c] = (row[c] ?? 0) - f * (top[c] ?? 0);
    }
  }
  return m.map((row, i) => {
    const d = row[i] ?? 0;
    return Math.abs(d) < 1e-300 ? 0 : (row[n] ?? 0) / d;
  });
}
