import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needDoc, offerDoc, profileDoc } from './documents';
import {
  analysisOf,
  type MatchDoc,
  prepareCorpus,
  relevance,
  relevanceBound,
  relevanceBounds,
  relevanceScore,
} from './relevance';
import { storedDoc } from './stored-doc';
import type { TextAnalysis } from './text/analyse';
import { AnalysisStore } from './text/packed-analysis';
import { dot, normalised } from './vector';

// Provider words, topics, ambiguous words, cues that ask or offer, repeats and odd characters: what moves
// every part of an analysis (terms and their surfaces, concepts asked and offered, byName, weights).
const VOCAB = [
  'angel investor',
  'cheques',
  'seed round',
  'raising',
  'accountant',
  'CPA',
  'taxes',
  'lawyer',
  'visa',
  'recruiter',
  'hiring',
  'UX designer',
  'logo',
  'growth marketer',
  'SEO',
  'Rust developer',
  'iOS',
  'data scientist',
  'office space',
  'doctor',
  'therapist',
  'coach',
  'pitch deck',
  'pitching',
  'baseball',
  'yoga teacher',
  'yoga',
  'looking for',
  'needs',
  'helps',
  'happy to',
  'advises',
  'not',
  'as a',
  'for',
  'to',
  'CFOs',
  'climate',
  'fintech',
  'and',
  ',',
  '.',
  'Berlin',
  'Zürich',
  '😀',
];
const vocabText = fc.array(fc.constantFrom(...VOCAB), { maxLength: 24 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(
  vocabText,
  vocabText,
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
);
const TAGS = ['Fintech', 'climate', ' fintech ', 'cfo', ''];
const vector = fc.option(
  fc.array(fc.float({ min: -1, max: 1, noNaN: true }), { minLength: 8, maxLength: 8 }).map(normalised),
  { nil: null },
);
const provider = fc
  .record({
    kind: fc.constantFrom('offer' as const, 'profile' as const),
    text: anyText,
    title: fc.constantFrom('', 'Founder', 'CPA', 'Angel investor'),
    tags: fc.subarray(TAGS),
    embedding: vector,
  })
  .map(
    (p): MatchDoc =>
      p.kind === 'offer'
        ? offerDoc({ text: p.text, tags: p.tags, idealCounterpart: '' }, p.embedding)
        : profileDoc({ title: p.title, company: '', tags: p.tags, blurb: p.text }, p.embedding),
  );
const need = fc
  .record({ text: anyText, tags: fc.subarray(TAGS), embedding: vector })
  .map((n) => needDoc({ text: n.text, tags: n.tags }, n.embedding));

/** Everything an analysis says, in the order it says it. */
const contents = (a: TextAnalysis) => ({
  terms: [...a.terms],
  termKeys: [...a.terms.keys()],
  termValues: [...a.terms.values()],
  surfaces: [...a.surfaces],
  offers: [...a.offers],
  asks: [...a.asks],
  askedServices: a.askedServices,
  askedFields: a.askedFields,
  length: a.length,
  quote: a.quote,
  sizes: [a.terms.size, a.surfaces.size, a.offers.size, a.asks.size],
});

/** Many documents in one store (so its array is reallocated as it grows), each beside its stored copy. */
const storedBeside = (docs: readonly MatchDoc[]) => {
  const store = new AnalysisStore();
  return docs.map((d) => [d, storedDoc(d, store, d.embedding)] as const);
};

describe('a stored document', () => {
  it('reads as the analysis it was packed from: the same keys, values and order, looked up alike', () => {
    fc.assert(
      fc.property(fc.array(provider, { minLength: 1, maxLength: 60 }), anyText, (docs, probe) => {
        for (const [full, stored] of storedBeside(docs)) {
          const a = analysisOf(full);
          const b = analysisOf(stored);
          expect(contents(b)).toStrictEqual(contents(a));
          for (const term of [...a.terms.keys(), probe, `${probe}x`]) {
            expect(b.terms.get(term)).toBe(a.terms.get(term));
            expect(b.terms.has(term)).toBe(a.terms.has(term));
            expect(b.surfaces.get(term)).toBe(a.surfaces.get(term));
          }
          for (const id of [...a.offers.keys(), ...a.asks.keys(), 'investing', 'accounting', probe]) {
            expect(b.offers.get(id)).toStrictEqual(a.offers.get(id));
            expect(b.asks.has(id)).toBe(a.asks.has(id));
          }
          expect(stored.keys).toStrictEqual(full.keys);
          expect(stored.text).toBe(full.text);
          expect(stored.tags).toBe(full.tags);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives bit for bit the relevance, score, bound and corpus of the document it was made from', () => {
    fc.assert(
      fc.property(need, fc.array(provider, { minLength: 1, maxLength: 12 }), (n, docs) => {
        const pairs = storedBeside(docs);
        const corpus = prepareCorpus(docs);
        expect(prepareCorpus(pairs.map(([, s]) => s))).toStrictEqual(corpus);
        const bounds = relevanceBounds(n, corpus);
        for (const [full, stored] of pairs) {
          const cosine = n.embedding && full.embedding ? dot(n.embedding, full.embedding) : null;
          const want = relevance(n, full, corpus);
          const got = relevance(n, stored, corpus);
          expect(got).toStrictEqual(want);
          expect(Object.is(got.score, want.score)).toBe(true);
          expect(
            Object.is(relevanceScore(n, stored, corpus, cosine), relevanceScore(n, full, corpus, cosine)),
          ).toBe(true);
          for (const c of [-1, 0, 0.35, cosine ?? 1])
            expect(Object.is(relevanceBound(bounds, stored, c), relevanceBound(bounds, full, c))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps keys that its analysis would not give, and derives those it would', () => {
    const store = new AnalysisStore();
    const built = offerDoc({ text: 'CPA for small businesses', tags: [], idealCounterpart: '' }, null);
    const bare: MatchDoc = { ...built, keys: ['w:cpa'] };
    expect(storedDoc(built, store, null).ownKeys).toBeNull();
    expect(storedDoc(built, store, null).keys).toStrictEqual(built.keys);
    expect(storedDoc(bare, store, null).keys).toStrictEqual(['w:cpa']);
  });
});
