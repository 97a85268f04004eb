// The best providers for a need among many: pure. Relevance picks candidates; the caller's full score
// (relevance, predicted mutual yes, trust, timing, guardrails) orders them.
// FIRST VERSION (contract): scores every provider. The scale work replaces the inside (candidates from
// the vector index and shared keys, then the full score on the best of them) and keeps these names.
import { type Corpus, type MatchDoc, prepareCorpus, type Relevance, relevance } from './relevance';
import { buildVectorIndex, type VectorIndex } from './vector-index';

/** Every provider document of one account (offers and profiles), prepared for retrieval. */
export interface ProviderSet {
  readonly docs: readonly MatchDoc[];
  readonly corpus: Corpus;
  readonly vectors: VectorIndex;
}

export function buildProviderSet(docs: readonly MatchDoc[]): ProviderSet {
  const withVectors = docs.map((d) => d.embedding ?? new Float32Array(0));
  return { docs, corpus: prepareCorpus(docs), vectors: buildVectorIndex(withVectors) };
}

export interface Ranked {
  /** Position of the provider document in the set. */
  index: number;
  relevance: Relevance;
  score: number;
}

/**
 * The `k` best providers for `need`, best first. `fullScore` returns null for a provider that must not be
 * suggested (guardrails); it never raises a provider above what its relevance allows.
 */
export function topProviders(
  set: ProviderSet,
  need: MatchDoc,
  k: number,
  fullScore: (index: number, rel: Relevance) => number | null,
): Ranked[] {
  const ranked: Ranked[] = [];
  set.docs.forEach((doc, index) => {
    const rel = relevance(need, doc, set.corpus);
    if (rel.score <= 0) return;
    const score = fullScore(index, rel);
    if (score === null) return;
    ranked.push({ index, relevance: rel, score });
  });
  ranked.sort((a, b) => b.score - a.score || a.index - b.index);
  return ranked.slice(0, k);
}
