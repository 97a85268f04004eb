// Ranking quality: AUC (the chance a random positive outranks a random negative, ties half) and
// precision@k within each person's list.

export function auc(scores: readonly number[], labels: readonly boolean[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0));
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < idx.length; ) {
    let j = i;
    const s = scores[idx[i] ?? 0];
    while (j < idx.length && scores[idx[j] ?? 0] === s) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let t = i; t < j; t++) {
      if (labels[idx[t] ?? 0]) {
        positives += 1;
        rankSum += averageRank;
      }
    }
    i = j;
  }
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Mean over lists of the share of positives among each list's k best (lists shorter than k are skipped). */
export function precisionAtK(
  lists: readonly { score: number; label: boolean; key: string }[][],
  k: number,
): number {
  let sum = 0;
  let counted = 0;
  for (const list of lists) {
    if (list.length < k) continue;
    const top = [...list].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key)).slice(0, k);
    sum += top.filter((x) => x.label).length / k;
    counted += 1;
  }
  return counted > 0 ? sum / counted : Number.NaN;
}
