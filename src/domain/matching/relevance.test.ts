import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needDoc, offerDoc, profileDoc } from './documents';
import {
  type MatchDoc,
  meaningUpTo,
  prepareCorpus,
  relevance,
  relevanceBound,
  relevanceBounds,
  relevanceScore,
} from './relevance';
import { dot, normalised } from './vector';

const need = (text: string, tags: string[] = []) => needDoc({ text, tags }, null);
const offer = (text: string, tags: string[] = []) => offerDoc({ text, tags, idealCounterpart: '' }, null);
const profile = (title: string, blurb: string) => profileDoc({ title, company: '', tags: [], blurb }, null);

const POOL = [
  offer('Angel investor, writes first cheques into climate software'),
  offer('CPA, small-business taxes and year-end accounts'),
  offer('Baseball coach, private pitching lessons for kids'),
  offer('Pitch deck design for founders before a raise'),
  offer('Growth marketer, paid social for DTC brands'),
  profile('Founder', 'Building grid software; raising our seed round this spring.'),
  profile('Journalist', 'Covers climate tech for a weekly newsletter.'),
];
const corpus = prepareCorpus(POOL);
const score = (n: MatchDoc, p: MatchDoc) => relevance(n, p, corpus).score;

describe('relevance: examples', () => {
  it('ranks an investor above a founder who is raising herself, for a founder raising a seed round', () => {
    const n = need('Raising a seed round for grid software, needs people who write first cheques');
    expect(score(n, POOL[0]!)).toBeGreaterThan(score(n, POOL[5]!));
    expect(score(n, POOL[0]!)).toBeGreaterThan(score(n, POOL[6]!));
  });

  it('matches "accountant" with "CPA" although they share no word, and says so', () => {
    const r = relevance(need('Looking for an accountant'), POOL[1]!, corpus);
    expect(r.score).toBeGreaterThan(0.3);
    expect(r.terms.map((t) => t.phrase)).toContain(
      '"cpa" and "accountant" are both about accounting and tax',
    );
  });

  it('says two phrases of one kind of help are both about it, not that they mean the same', () => {
    const r = relevance(
      need('Wants feedback on her pitch deck before talking to investors'),
      offer('Invests in seed and Series A health startups'),
      corpus,
    );
    expect(r.terms.map((t) => t.phrase)).toContain('"invests in" and "pitch deck" are both about investment');
  });

  it('names a related kind of help as related, each by its label', () => {
    const r = relevance(need('Looking for an investor'), offer('Lender'), corpus);
    expect(r.terms.map((t) => t.phrase)).toContain(
      '"lender" (debt financing) is related to "investor" (investment)',
    );
  });

  it('is not fooled by "pitch" in another sense', () => {
    const n = need('pitch deck design');
    expect(score(n, POOL[3]!)).toBeGreaterThan(score(n, POOL[2]!));
    expect(relevance(n, POOL[2]!, corpus).terms.filter((t) => t.kind === 'words')).toEqual([]);
  });

  it('reads "audit" by what is audited: a UX audit is design, not accounting; an audit of the books is', () => {
    const concepts = (n: string, o: string) =>
      relevance(need(n), offer(o), corpus)
        .terms.filter((t) => t.kind === 'concept')
        .map((t) => t.phrase);
    const ux = concepts('A UX audit of the checkout', 'Takes on two-week UX audits');
    expect(ux.join(' ')).toContain('UX and product design');
    expect(ux.join(' ')).not.toContain('accounting');
    for (const [n, o, label] of [
      ['An SEO audit of our site', 'SEO consultant', 'SEO and content'],
      ['An energy audit of the office', 'Energy consultant', 'energy and solar'],
      ['A code audit before the acquisition', 'Senior software engineer', 'software engineering'],
    ] as const) {
      const found = concepts(n, o).join(' ');
      expect(found, n).toContain(label);
      expect(found, n).not.toContain('accounting');
    }
    expect(concepts('Our year-end audit is due', 'Chartered accountant').join(' ')).toContain(
      'accounting and tax',
    );
  });

  it('reads no kind of help into a time: "clients for next quarter" is not about product management', () => {
    const r = relevance(
      need('Two more retainer clients for next quarter'),
      offer('Happy to be a beta tester for b2b saas tools', ['product feedback']),
      corpus,
    );
    expect(r.terms.filter((t) => t.kind === 'concept')).toEqual([]);
  });

  it('counts shared tags, case-insensitively', () => {
    const r = relevance(need('marketing help', ['DTC']), offer('Paid social', ['dtc']), corpus);
    expect(r.terms.find((t) => t.kind === 'tags')?.phrase).toBe('shares the tag "dtc"');
    const two = relevance(
      need('marketing help', ['DTC', 'growth']),
      offer('Paid social', ['dtc', 'growth']),
      corpus,
    );
    expect(two.terms.find((t) => t.kind === 'tags')?.phrase).toBe('shares the tags "dtc", "growth"');
  });

  it('says "the word" for one shared word and "the words" for more', () => {
    const phrase = (n: MatchDoc, p: MatchDoc) =>
      relevance(n, p, corpus).terms.find((t) => t.kind === 'words')?.phrase ?? '';
    expect(phrase(need('bookkeeping'), offer('bookkeeping'))).toMatch(/^uses the word "[^"]+"$/);
    expect(phrase(need('payroll bookkeeping'), offer('payroll bookkeeping'))).toMatch(
      /^uses the words "[^"]+", "[^"]+"$/,
    );
  });

  it('counts meaning from the embeddings when both have one', () => {
    const v = normalised([1, 2, 3]);
    const withMeaning = relevance(
      needDoc({ text: 'help with taxes', tags: [] }, v),
      offerDoc({ text: 'sourdough classes', tags: [], idealCounterpart: '' }, v),
      corpus,
    );
    expect(withMeaning.terms.map((t) => t.kind)).toEqual(['meaning']);
    expect(withMeaning.terms[0]?.phrase).toBe('offers "sourdough classes"');
  });

  it('scores 0 when either side has nothing meaningful, whatever the embeddings say', () => {
    const v = normalised([1, 0, 0]);
    for (const text of ['', 'the of and', '🎉🎉🎉', '\u0002\u0003']) {
      const empty = needDoc({ text, tags: [] }, v);
      expect(
        relevance(empty, offerDoc({ text: 'CPA for taxes', tags: [], idealCounterpart: '' }, v), corpus),
      ).toEqual({ score: 0, terms: [] });
    }
  });

  it('does not throw on 50 kB of text and still reads what it says', () => {
    const big = offer(`${'We do taxes and bookkeeping for small firms. '.repeat(1_200)}`);
    expect(big.text.length).toBeGreaterThan(50_000);
    const r = relevance(need('Needs an accountant'), big, prepareCorpus([...POOL, big]));
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThanOrEqual(1);
  });

  it('works on documents built without the doc builders (no analysis, no keys)', () => {
    const bare: MatchDoc = {
      kind: 'offer',
      text: 'CPA for small businesses',
      tags: [],
      embedding: null,
      keys: [],
    };
    expect(relevance(need('need an accountant'), bare, prepareCorpus([bare])).score).toBeGreaterThan(0.3);
  });
});

// Texts from a vocabulary that touches many concepts, seekers' and providers' words, fillers and cues.
const VOCAB = [
  'angel investor',
  'raising a seed round',
  'accountant',
  'CPA',
  'taxes',
  'lawyer',
  'contracts',
  'recruiter',
  'hiring',
  'UX designer',
  'logo',
  'growth marketer',
  'SEO',
  'sales',
  'Rust developer',
  'data scientist',
  'product manager',
  'office space',
  'a flat',
  'doctor',
  'therapist',
  'coach',
  'pitch deck',
  'baseball',
  'looking for',
  'needs',
  'helps',
  'offers',
  'for',
  'with',
  'the',
  'climate',
  'fintech',
  'startups',
  'and',
  ',',
  '.',
  'our',
  'founder',
  'journalist',
  'visa',
  'factory',
  'tutor',
  'Berlin',
];
const PROVIDER_WORDS: Record<string, string> = {
  investing: 'angel investor',
  accounting: 'accountant',
  legal: 'lawyer',
  recruiting: 'recruiter',
  'design-ux': 'UX designer',
  marketing: 'growth marketer',
  medical: 'doctor',
};
const vocabText = fc.array(fc.constantFrom(...VOCAB), { maxLength: 14 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(
  vocabText,
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
);
const kind = fc.constantFrom('offer' as const, 'profile' as const);
const providerOf = (k: 'offer' | 'profile', text: string) =>
  k === 'offer' ? offer(text) : profileDoc({ title: '', company: '', tags: [], blurb: text }, null);
const vector = fc.option(
  fc.array(fc.float({ min: -1, max: 1, noNaN: true }), { minLength: 8, maxLength: 8 }).map(normalised),
  { nil: null },
);
const PROPERTY_CORPUS = prepareCorpus(POOL);

describe('relevance: properties', () => {
  it('never throws, scores within 0..1, and its terms are all positive and add up to the score', () => {
    fc.assert(
      fc.property(
        anyText,
        anyText,
        kind,
        vector,
        vector,
        fc.array(fc.string(), { maxLength: 3 }),
        (n, p, k, vn, vp, tags) => {
          const nd = needDoc({ text: n, tags }, vn);
          const pd =
            k === 'offer'
              ? offerDoc({ text: p, tags, idealCounterpart: '' }, vp)
              : profileDoc({ title: '', company: '', tags, blurb: p }, vp);
          const r = relevance(nd, pd, prepareCorpus([pd]));
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1);
          for (const t of r.terms) {
            expect(t.contribution).toBeGreaterThan(0);
            expect(t.phrase.length).toBeGreaterThan(0);
          }
          expect(r.terms.reduce((s, t) => s + t.contribution, 0)).toBeCloseTo(r.score, 9);
          if (r.terms.length === 0) expect(r.score).toBe(0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a provider with the need’s own text scores at least as high as one sharing no word or concept with it', () => {
    const left = ['accountant', 'taxes', 'CPA', 'lawyer', 'contracts', 'visa', 'Berlin', 'fintech'];
    const right = ['baseball', 'coach', 'logo', 'tutor', 'factory', 'climate', 'therapist', 'SEO'];
    const from = (ws: string[]) =>
      fc.array(fc.constantFrom(...ws), { minLength: 1, maxLength: 8 }).map((a) => a.join(' '));
    fc.assert(
      fc.property(from(left), from(right), kind, (text, other, k) => {
        const n = need(text);
        expect(score(n, providerOf(k, text))).toBeGreaterThanOrEqual(score(n, providerOf(k, other)));
      }),
      { numRuns: 300 },
    );
  });

  it('adding to a provider a concept the need asks for never lowers the score', () => {
    fc.assert(
      fc.property(
        vocabText,
        vocabText,
        kind,
        fc.constantFrom(...Object.keys(PROVIDER_WORDS)),
        (n, p, k, concept) => {
          const words = PROVIDER_WORDS[concept] as string;
          const nd = need(`${n}. ${words}`);
          const before = relevance(nd, providerOf(k, p), PROPERTY_CORPUS).score;
          const after = relevance(nd, providerOf(k, `${p}. ${words}`), PROPERTY_CORPUS).score;
          expect(after).toBeGreaterThanOrEqual(before - 1e-12);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('relevanceBound is never below relevance, for every pair, and the meaning term alone bounds a pair sharing nothing', () => {
    const TAGS = ['Fintech', 'climate', 'hiring', 'legal'];
    fc.assert(
      fc.property(
        fc.oneof(vocabText, vocabText, anyText),
        fc.oneof(vocabText, vocabText, anyText),
        kind,
        vector,
        vector,
        fc.subarray(TAGS),
        fc.subarray(TAGS),
        fc.array(fc.oneof(vocabText, anyText), { maxLength: 4 }),
        (n, p, k, vn, vp, needTags, providerTags, others) => {
          const nd = needDoc({ text: n, tags: needTags }, vn);
          const pd =
            k === 'offer'
              ? offerDoc({ text: p, tags: providerTags, idealCounterpart: '' }, vp)
              : profileDoc({ title: '', company: '', tags: providerTags, blurb: p }, vp);
          const corpus = prepareCorpus([pd, ...others.map((t) => offer(t))]);
          const bounds = relevanceBounds(nd, corpus);
          const actual = relevance(nd, pd, corpus).score;
          const cosine = vn && vp ? dot(vn, vp) : -1;
          // float sums in another order: a bound may be below by rounding only
          expect(relevanceBound(bounds, pd, cosine + 1e-9)).toBeGreaterThanOrEqual(actual - 1e-12);
          expect(relevanceBound(bounds, pd, 1)).toBeGreaterThanOrEqual(actual - 1e-12);
          const shares = relevanceBound(bounds, pd, -1) > 0;
          if (!shares) expect(meaningUpTo(bounds, cosine + 1e-9)).toBeGreaterThanOrEqual(actual - 1e-12);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('relevanceScore, without terms, equals relevance’s score bit for bit', () => {
    fc.assert(
      fc.property(
        fc.oneof(vocabText, anyText),
        fc.oneof(vocabText, anyText),
        kind,
        vector,
        vector,
        fc.array(fc.constantFrom('Fintech', 'climate', 'fintech ', ''), { maxLength: 3 }),
        fc.array(fc.constantFrom('Fintech', 'climate', 'fintech ', ''), { maxLength: 3 }),
        (n, p, k, vn, vp, needTags, providerTags) => {
          const nd = needDoc({ text: n, tags: needTags }, vn);
          const pd =
            k === 'offer'
              ? offerDoc({ text: p, tags: providerTags, idealCounterpart: '' }, vp)
              : profileDoc({ title: '', company: '', tags: providerTags, blurb: p }, vp);
          const cosine = vn && vp ? dot(vn, vp) : null;
          expect(relevanceScore(nd, pd, PROPERTY_CORPUS, cosine)).toBe(
            relevance(nd, pd, PROPERTY_CORPUS).score,
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
