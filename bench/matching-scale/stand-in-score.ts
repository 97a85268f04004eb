// The benchmarks' stand-in for the product's full score (size-run.ts, rank-speed.ts): relevance times a fixed
// pseudo-random factor in [0.5, 1] per provider, so the order by full score differs from the order by relevance.
import type { Relevance } from '../../src/domain/matching/relevance';

export const factor = (index: number) => {
  let h = Math.imul(index ^ 0x5bd1e995, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return 0.5 + 0.5 * ((h >>> 0) / 4294967296);
};

export const fullScore = (index: number, rel: Relevance) => rel.score * factor(index);

/** The stand-in's factor is known per provider before relevance is: its own bound (as the product's would be). */
export const ranked = { maxFactorOf: factor };
