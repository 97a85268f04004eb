// Word rarity over the provider documents of one account, and two ways to score shared words. Pure.
// `bm25` is the classic unnormalised score, the baseline the benchmark compares against. `wordScore` is what
// the hybrid fuses: the share of the need's words, weighted by BM25's rarity (idf), that the provider uses,
// 0..1. It leaves out BM25's term-frequency and length terms on purpose: with them, saying more (one more
// matching word, the same word again) could lower a provider's score, and relevance must never drop when
// a provider adds what the need asks for.
import type { TextAnalysis } from './analyse';

const K1 = 1.2;
const B = 0.5;

export interface WordStats {
  size: number;
  averageLength: number;
  documentFrequency: ReadonlyMap<string, number>;
  /** idf of every word of the corpus, computed once; a word outside it has `unseenIdf`. */
  idf: ReadonlyMap<string, number>;
  unseenIdf: number;
}

export function wordStats(docs: readonly TextAnalysis[]): WordStats {
  const documentFrequency = new Map<string, number>();
  let total = 0;
  for (const d of docs) {
    total += d.length;
    for (const term of d.terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const size = docs.length;
  const idfOf = (df: number) => Math.log(1 + (size - df + 0.5) / (df + 0.5));
  const idf = new Map<string, number>();
  for (const [term, df] of documentFrequency) idf.set(term, idfOf(df));
  return { size, averageLength: size === 0 ? 0 : total / size, documentFrequency, idf, unseenIdf: idfOf(0) };
}

export const idf = (stats: WordStats, term: string): number => stats.idf.get(term) ?? stats.unseenIdf;

function saturation(stats: WordStats, tf: number, length: number): number {
  const relative = stats.averageLength > 0 ? length / stats.averageLength : 1;
  return (tf * (K1 + 1)) / (tf + K1 * (1 - B + B * relative));
}

export function bm25(stats: WordStats, need: TextAnalysis, provider: TextAnalysis): number {
  let score = 0;
  for (const term of need.terms.keys()) {
    const tf = provider.terms.get(term);
    if (tf) score += idf(stats, term) * saturation(stats, tf, provider.length);
  }
  return score;
}

export interface WordMatch {
  score: number;
  /** The shared words, rarest first, as the provider wrote them. */
  shared: string[];
}

export function wordScore(stats: WordStats, need: TextAnalysis, provider: TextAnalysis): WordMatch {
  const score = wordShare(stats, need, provider);
  if (score <= 0) return { score: 0, shared: [] };
  const shared: { word: string; weight: number }[] = [];
  for (const term of need.terms.keys()) {
    if (provider.terms.has(term))
      shared.push({ word: provider.surfaces.get(term) ?? term, weight: idf(stats, term) });
  }
  shared.sort((a, b) => b.weight - a.weight);
  return { score, shared: shared.map((s) => s.word) };
}

/** `wordScore(…).score` without the list of shared words (what ranking many providers needs). */
export function wordShare(stats: WordStats, need: TextAnalysis, provider: TextAnalysis): number {
  let total = 0;
  let matched = 0;
  for (const term of need.terms.keys()) {
    const weight = idf(stats, term);
    total += weight;
    if (provider.terms.has(term)) matched += weight;
  }
  if (total <= 0 || matched <= 0) return 0;
  return Math.min(1, matched / total);
}
