import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needDoc, offerDoc, profileDoc } from './documents';
import { seededRandom } from './index/seeded-random';
import { buildProviderSet, type Ranked, rankEveryProvider, topProviders } from './rank';
import { type MatchDoc, prepareCorpus, type Relevance, relevance } from './relevance';
import { normalised } from './vector';

const DIMS = 8;
const TAGS = ['cfo', 'finance', 'design', 'hiring', 'legal'];
const KEYS = ['seed', 'angel', 'deck', 'pitch', 'visa', 'lawyer'];

const vectorArb = fc
  .array(fc.integer({ min: -100, max: 100 }), { minLength: DIMS, maxLength: DIMS })
  .map((v) => normalised(v));
const WORDS = ['seed', 'angel', 'investor', 'lawyer', 'visa', 'pitch', 'deck', 'design', 'hiring', 'cfo'];
// built as the product builds them, so the keys are the ones the documents' text and concepts give
const docArb = (kind: MatchDoc['kind']) =>
  fc
    .record({
      words: fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }),
      tags: fc.subarray(TAGS),
      embedding: fc.option(vectorArb, { freq: 6 }),
      extraKeys: fc.subarray(KEYS),
    })
    .map(({ words, tags, embedding, extraKeys }): MatchDoc => {
      const text = words.join(' ');
      const doc =
        kind === 'need'
          ? needDoc({ text, tags }, embedding)
          : kind === 'offer'
            ? offerDoc({ text, tags, idealCounterpart: '' }, embedding)
            : profileDoc({ title: text, company: '', tags, blurb: '' }, embedding);
      // more keys than the text gives only add candidates: the ranking must not change
      return { ...doc, keys: [...doc.keys, ...extraKeys] };
    });

/** The first version of topProviders: score every provider, sort, cut. Independent of the index code. */
function naive(
  docs: readonly MatchDoc[],
  need: MatchDoc,
  k: number,
  fullScore: (index: number, rel: Relevance) => number | null,
): Ranked[] {
  const corpus = prepareCorpus(docs);
  const ranked: Ranked[] = [];
  docs.forEach((doc, index) => {
    const rel = relevance(need, doc, corpus);
    if (rel.score <= 0) return;
    const score = fullScore(index, rel);
    if (score !== null) ranked.push({ index, relevance: rel, score });
  });
  ranked.sort((a, b) => b.score - a.score || a.index - b.index);
  return ranked.slice(0, k);
}

const positions = (r: readonly Ranked[]) => r.map((x) => [x.index, x.score]);

describe('topProviders', () => {
  it('in exact mode returns exactly the naive top k, whatever the documents, guardrails and factors', () => {
    fc.assert(
      fc.property(
        fc.array(docArb('offer'), { maxLength: 60 }),
        docArb('need'),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.option(fc.double({ min: 0.5, max: 1, noNaN: true }), { freq: 5 }), {
          minLength: 60,
          maxLength: 60,
        }),
        (docs, need, k, factors) => {
          const fullScore = (i: number, rel: Relevance) => {
            const f = factors[i] ?? null;
            return f === null ? null : rel.score * f;
          };
          const set = buildProviderSet(docs, { exact: true });
          expect(positions(topProviders(set, need, k, fullScore))).toEqual(
            positions(naive(docs, need, k, fullScore)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('with a full score up to twice relevance, stays exact when told the factor', () => {
    fc.assert(
      fc.property(
        fc.array(docArb('profile'), { maxLength: 50 }),
        docArb('need'),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.double({ min: 0.5, max: 2, noNaN: true }), { minLength: 50, maxLength: 50 }),
        (docs, need, k, factors) => {
          const fullScore = (i: number, rel: Relevance) => rel.score * (factors[i] ?? 1);
          const set = buildProviderSet(docs, { exact: true });
          expect(positions(topProviders(set, need, k, fullScore, { maxFactor: 2 }))).toEqual(
            positions(naive(docs, need, k, fullScore)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('with a factor bound per provider, stays exact and scores fewer providers than with one bound for all', () => {
    fc.assert(
      fc.property(
        fc.array(docArb('offer'), { maxLength: 60 }),
        docArb('need'),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.double({ min: 0.1, max: 1, noNaN: true }), { minLength: 60, maxLength: 60 }),
        (docs, need, k, factors) => {
          const fullScore = (i: number, rel: Relevance) => rel.score * (factors[i] ?? 1);
          const set = buildProviderSet(docs, { exact: true });
          const got = topProviders(set, need, k, fullScore, { maxFactorOf: (i) => factors[i] ?? 1 });
          expect(positions(got)).toEqual(positions(naive(docs, need, k, fullScore)));
        },
      ),
      { numRuns: 300 },
    );
    const { docs, needs } = clustered(3000, 30, 64, 7);
    const set = buildProviderSet(docs, { exact: true });
    const factor = factors(docs.length, 5);
    let calls = 0;
    const fullScore = (i: number, rel: Relevance) => {
      calls++;
      return rel.score * factor[i]!;
    };
    for (const need of needs.slice(0, 20)) topProviders(set, need, 10, fullScore);
    const withOneBound = calls;
    calls = 0;
    for (const need of needs.slice(0, 20))
      topProviders(set, need, 10, fullScore, { maxFactorOf: (i) => factor[i]! });
    expect(calls).toBeLessThan(withOneBound / 2);
  });

  it('scores far fewer providers than the set holds when relevance falls off', () => {
    const { docs, needs } = clustered(3000, 30, 64, 7);
    const set = buildProviderSet(docs, { exact: true });
    let calls = 0;
    const fullScore = (_: number, rel: Relevance) => {
      calls++;
      return rel.score;
    };
    topProviders(set, needs[0]!, 10, fullScore);
    expect(calls).toBeLessThan(300);
  });

  it('keeps recall@10 ≥ 0.97 against the naive ranking on clustered data with the inverted lists', () => {
    const { docs, needs } = clustered(6000, 60, 64, 3);
    const set = buildProviderSet(docs, { trainAt: 500 });
    expect(set.vectors.exact).toBe(false);
    const factor = factors(docs.length, 11);
    const fullScore = (i: number, rel: Relevance) => rel.score * factor[i]!;
    let found = 0;
    let wanted = 0;
    for (const need of needs) {
      const truth = new Set(naive(docs, need, 10, fullScore).map((r) => r.index));
      wanted += truth.size;
      for (const r of topProviders(set, need, 10, fullScore)) if (truth.has(r.index)) found++;
    }
    expect(found / wanted).toBeGreaterThanOrEqual(0.97);
  });

  it('stays exact when the top k reaches past the sharers queued at first (k = 700 of 3,000 sharing words)', () => {
    // clustered texts share a few words, so each need has thousands of sharers: the walk must queue the
    // held-back ones several hundred at a time, and drop those that can no longer enter, without losing any
    const { docs, needs } = clustered(3000, 10, 32, 13);
    const set = buildProviderSet(docs, { exact: true });
    const factor = factors(docs.length, 17);
    const fullScore = (i: number, rel: Relevance) => rel.score * factor[i]!;
    for (const need of needs.slice(0, 4)) {
      const got = topProviders(set, need, 700, fullScore, { maxFactorOf: (i) => factor[i]! });
      expect(got.length).toBe(700);
      expect(positions(got)).toEqual(positions(naive(docs, need, 700, fullScore)));
    }
  });

  it('finds a provider by a shared key however far it is in meaning', () => {
    const { docs, needs } = clustered(3000, 30, 64, 5);
    const need: MatchDoc = { ...needs[0]!, keys: ['rare-word'] };
    const corpus = prepareCorpus(docs);
    const far = docs.findIndex((d) => d.embedding && relevance(need, d, corpus).score < 0.05);
    expect(far).toBeGreaterThanOrEqual(0);
    const withKey = docs.map((d, i) => (i === far ? { ...d, tags: ['rare-word-tag'] } : d));
    const set = buildProviderSet(withKey, { trainAt: 500 });
    const wanting: MatchDoc = { ...need, tags: ['rare-word-tag'] };
    // the shared tag is worth 0.2, more than most of the near providers after a harsh factor
    const fullScore = (i: number, rel: Relevance) => (i === far ? rel.score : rel.score * 0.05);
    const got = topProviders(set, wanting, 3, fullScore).map((r) => r.index);
    expect(got).toContain(far);
  });

  it('after adding and replacing providers one at a time ranks as a set rebuilt from the same documents', () => {
    const { docs, needs } = clustered(2500, 25, 32, 9);
    const final = docs.map((d, i) => (i === 5 ? docs[2000]! : d));
    const fullScore = (i: number, rel: Relevance) => (i === 7 ? null : rel.score);
    const grown = (options: { exact?: boolean; trainAt?: number }) => {
      const set = buildProviderSet(docs.slice(0, 1200), options);
      for (const doc of docs.slice(1200)) set.add(doc);
      // an edit: provider 5 now reads like provider 2000, and provider 7 is deleted
      set.replace(5, docs[2000]!);
      set.replace(7, null);
      set.refreshCorpus();
      return set;
    };
    const rebuilt = (options: { exact?: boolean; trainAt?: number }) => {
      const set = buildProviderSet(final, options);
      // the same removal, so both corpora describe the same live documents
      set.replace(7, null);
      set.refreshCorpus();
      return set;
    };
    // exact: the same ranking, position for position
    const [exactGrown, exactRebuilt] = [grown({ exact: true }), rebuilt({ exact: true })];
    for (const need of needs.slice(0, 30)) {
      expect(positions(topProviders(exactGrown, need, 10, fullScore))).toEqual(
        positions(topProviders(exactRebuilt, need, 10, fullScore)),
      );
    }
    // with inverted lists (trained on the first 1,200 vectors only): the same providers, nearly all
    const [listsGrown, listsRebuilt] = [grown({ trainAt: 300 }), rebuilt({ trainAt: 300 })];
    let agree = 0;
    for (const need of needs.slice(0, 30)) {
      const truth = new Set(rankEveryProvider(listsRebuilt, need, 10, fullScore).map((r) => r.index));
      for (const r of topProviders(listsGrown, need, 10, fullScore)) if (truth.has(r.index)) agree++;
    }
    expect(agree / 300).toBeGreaterThanOrEqual(0.97);
    // the removed provider is never returned, even by the need it answers best
    const seven = { ...docs[7]!, kind: 'need' as const };
    expect(topProviders(listsGrown, seven, 10, (_, rel) => rel.score).map((r) => r.index)).not.toContain(7);
  });

  it('with int8 storage ranks as the naive ranking over the same stored vectors, and drops the float copies', () => {
    const { docs, needs } = clustered(3000, 30, 64, 13);
    const set = buildProviderSet(docs, { storage: 'int8', trainAt: 500 });
    expect(set.docs.every((d) => d.embedding === null)).toBe(true);
    const original = docs[10]!.embedding!;
    const stored = set.doc(10)!.embedding!;
    let diff = 0;
    for (let i = 0; i < original.length; i++) diff = Math.max(diff, Math.abs(original[i]! - stored[i]!));
    expect(diff).toBeLessThan(0.01);
    let agree = 0;
    for (const need of needs) {
      const truth = new Set(rankEveryProvider(set, need, 10, (_, r) => r.score).map((r) => r.index));
      for (const r of topProviders(set, need, 10, (_, rel) => rel.score)) if (truth.has(r.index)) agree++;
    }
    expect(agree / (needs.length * 10)).toBeGreaterThanOrEqual(0.97);
    // the documents lent their embedding for each relevance call and gave it back
    expect(set.docs.every((d) => d.embedding === null)).toBe(true);
  });
});

/** Providers and needs around `clusters` random directions, with a little noise each; a cluster's texts share a word. */
function clustered(n: number, clusters: number, dims: number, seed: number) {
  const random = seededRandom(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const centres = Array.from({ length: clusters }, () => normalised(Array.from({ length: dims }, gauss)));
  const near = (spread: number) => {
    const c = Math.floor(random() * clusters);
    const text = `${WORDS[c % WORDS.length]} ${WORDS[Math.floor(random() * WORDS.length)]}`;
    const embedding = normalised(Array.from(centres[c]!, (x) => x + (spread * gauss()) / Math.sqrt(dims)));
    return { text, embedding };
  };
  const docs: MatchDoc[] = Array.from({ length: n }, () => {
    const { text, embedding } = near(0.6);
    return offerDoc({ text, tags: [], idealCounterpart: '' }, embedding);
  });
  const needs: MatchDoc[] = Array.from({ length: 100 }, () => {
    const { text, embedding } = near(0.6);
    return needDoc({ text, tags: [] }, embedding);
  });
  return { docs, needs };
}

function factors(n: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => 0.5 + 0.5 * random());
}
