// The labelled relevance set (test/fixtures/matching/relevance-set.json) and how it is scored: shared by
// `npm run bench:relevance` and the slice test that runs it with real embeddings.
import { readFileSync } from 'node:fs';
import { needDoc, offerDoc, profileDoc } from '../../src/domain/matching/documents';
import type { MatchDoc } from '../../src/domain/matching/relevance';
import type { Vector } from '../../src/domain/matching/vector';

export interface OfferItem {
  id: string;
  kind: 'offer';
  field: string;
  text: string;
  tags: string[];
}
export interface ProfileItem {
  id: string;
  kind: 'profile';
  field: string;
  title: string;
  company: string;
  blurb: string;
  tags: string[];
}
export type ProviderItem = OfferItem | ProfileItem;
export type HardCase = 'no-shared-words' | 'ambiguous-word' | 'fellow-seeker' | 'near-miss';
export interface NeedItem {
  id: string;
  field: string;
  split: 'dev' | 'test' | 'fresh' | 'fresh2' | 'fresh3' | 'fresh4' | 'fresh5' | 'fresh6';
  text: string;
  tags: string[];
  answers: string[];
  hard: HardCase[];
}
export interface LabelledSet {
  providers: ProviderItem[];
  needs: NeedItem[];
}

export const DEFAULT_SET = new URL('../../test/fixtures/matching/relevance-set.json', import.meta.url);

export function loadSet(path: string | URL = DEFAULT_SET): LabelledSet {
  return JSON.parse(readFileSync(path, 'utf8')) as LabelledSet;
}

/** The documents exactly as the product builds them, so the embedded text is the product's. */
export const needOf = (n: NeedItem, embedding: Vector | null): MatchDoc =>
  needDoc({ text: n.text, tags: n.tags }, embedding);
export const providerOf = (p: ProviderItem, embedding: Vector | null): MatchDoc =>
  p.kind === 'offer'
    ? offerDoc({ text: p.text, tags: p.tags, idealCounterpart: '' }, embedding)
    : profileDoc({ title: p.title, company: p.company, blurb: p.blurb, tags: p.tags }, embedding);

/**
 * The 1-based rank of the best-placed answer when providers are ordered by `score`, best first. Ties are
 * broken against the answer (it ranks below every provider with the same score), so a method that scores
 * everything 0 gets no credit for luck.
 */
export function rankOfAnswer(scores: readonly number[], isAnswer: (index: number) => boolean): number {
  let best = Number.POSITIVE_INFINITY;
  scores.forEach((s, i) => {
    if (!isAnswer(i)) return;
    let rank = 1;
    scores.forEach((other, j) => {
      if (j !== i && (other > s || (other === s && !isAnswer(j)))) rank++;
    });
    best = Math.min(best, rank);
  });
  return best;
}

export interface Metrics {
  needs: number;
  recallAt1: number;
  recallAt3: number;
  mrr: number;
}

export function metrics(ranks: readonly number[]): Metrics {
  const n = ranks.length;
  if (n === 0) return { needs: 0, recallAt1: 0, recallAt3: 0, mrr: 0 };
  return {
    needs: n,
    recallAt1: ranks.filter((r) => r <= 1).length / n,
    recallAt3: ranks.filter((r) => r <= 3).length / n,
    mrr: ranks.reduce((s, r) => s + 1 / r, 0) / n,
  };
}
