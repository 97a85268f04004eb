import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from './index/seeded-random';
import { dot, normalised, type Vector } from './vector';
import { buildVectorIndex } from './vector-index';

const vectorArb = fc
  .array(fc.integer({ min: -50, max: 50 }), { minLength: 6, maxLength: 6 })
  .map((v) => normalised(v));

function bruteForce(vectors: readonly (Vector | null)[], q: Vector, k: number) {
  return vectors
    .flatMap((v, index) => (v && v.length > 0 ? [{ index, similarity: dot(q, v) }] : []))
    .sort((a, b) => b.similarity - a.similarity || a.index - b.index)
    .slice(0, k);
}

describe('buildVectorIndex', () => {
  it('below the training size answers exactly as scanning every vector', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(vectorArb, { freq: 5 }), { maxLength: 40 }),
        vectorArb,
        fc.integer({ min: 1, max: 10 }),
        (vectors, q, k) => {
          expect(buildVectorIndex(vectors).search(q, k)).toEqual(bruteForce(vectors, q, k));
        },
      ),
    );
  });

  it('with inverted lists finds ≥ 95% of the true 10 nearest on clustered vectors', () => {
    const vectors = clusteredVectors(8000, 80, 128, 21);
    const index = buildVectorIndex(vectors, { trainAt: 1000 });
    const queries = clusteredVectors(100, 80, 128, 22);
    let found = 0;
    for (const q of queries) {
      const truth = new Set(bruteForce(vectors, q, 10).map((n) => n.index));
      for (const n of index.search(q, 10)) if (truth.has(n.index)) found++;
    }
    expect(found / 1000).toBeGreaterThanOrEqual(0.95);
  });

  it('files added and replaced vectors so that a search finds them, and forgets replaced ones', () => {
    const vectors = clusteredVectors(3000, 30, 64, 31);
    const index = buildVectorIndex(vectors.slice(0, 2500), { trainAt: 1000 });
    for (const v of vectors.slice(2500)) index.add(v);
    expect(index.size).toBe(3000);
    const probe = vectors[2900]!;
    expect(index.search(probe, 1)[0]).toEqual({ index: 2900, similarity: dot(probe, probe) });
    index.replace(2900, null);
    expect(index.search(probe, 5).map((n) => n.index)).not.toContain(2900);
    index.replace(10, probe);
    expect(index.search(probe, 1)[0]?.index).toBe(10);
  });

  it('with int8 storage reports the similarity of the stored (dequantised) vector, within 0.01 of the original', () => {
    const vectors = clusteredVectors(500, 10, 512, 41);
    const index = buildVectorIndex(vectors, { storage: 'int8' });
    const scratch = new Float32Array(512);
    const q = vectors[3]!;
    for (const n of index.search(q, 20)) {
      expect(n.similarity).toBe(dot(q, index.read(n.index, scratch)!));
      expect(Math.abs(n.similarity - dot(q, vectors[n.index]!))).toBeLessThan(0.01);
    }
  });
});

function clusteredVectors(n: number, clusters: number, dims: number, seed: number): Vector[] {
  const centreRandom = seededRandom(1000 + clusters * dims);
  const random = seededRandom(seed);
  const gauss = (r: () => number) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const centres = Array.from({ length: clusters }, () =>
    normalised(Array.from({ length: dims }, () => gauss(centreRandom))),
  );
  return Array.from({ length: n }, () => {
    const c = centres[Math.floor(random() * clusters)]!;
    return normalised(Array.from(c, (x) => x + (0.6 * gauss(random)) / Math.sqrt(dims)));
  });
}
