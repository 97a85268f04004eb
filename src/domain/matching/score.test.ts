import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { YesPrediction } from './learner';
import {
  contributed,
  hasSubstance,
  MIN_RELEVANCE,
  maxScoreFactor,
  reasonsOf,
  type ScoreInput,
  scoreMatch,
  trustFactor,
} from './score';

const yes = (p: number, phrase = 'said yes to 4 of 5 requests'): YesPrediction => ({
  p,
  terms: [{ kind: 'selectivity', contribution: p - 0.5, phrase }],
});

const input = (over: Partial<ScoreInput> = {}): ScoreInput => ({
  need: { text: 'a fractional CFO for our seed-stage startup', neededBy: '2027-03-01', urgency: 'normal' },
  offer: { text: 'part-time CFO work for seed-stage companies' },
  profileSummary: 'CFO at Ledgerly',
  seeker: { name: 'Dana', trust: 4, unmetVouch: [], yes: yes(0.7) },
  provider: { name: 'Lee', trust: 4, unmetVouch: [], yes: yes(0.8) },
  relevance: { score: 0.7, terms: [{ kind: 'meaning', contribution: 0.7, phrase: 'close in meaning' }] },
  mutual: null,
  today: '2027-02-10',
  ...over,
});

const side = fc.record({
  name: fc.constantFrom('Dana', 'Lee', 'Ana'),
  trust: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  unmetVouch: fc.array(fc.constantFrom('met in person', 'worked together'), { maxLength: 2 }),
  yes: fc.double({ min: 0, max: 1, noNaN: true }).map((p) => yes(p)),
});
const arbInput: fc.Arbitrary<ScoreInput> = fc.record({
  need: fc.record({
    text: fc.string({ maxLength: 40 }),
    neededBy: fc.option(
      fc
        .integer({ min: 0, max: 400 })
        .map((d) => new Date(Date.UTC(2027, 1, 10) + d * 86_400_000).toISOString().slice(0, 10)),
      { nil: null },
    ),
    urgency: fc.constantFrom('low' as const, 'normal' as const, 'high' as const),
  }),
  offer: fc.option(fc.record({ text: fc.string({ maxLength: 40 }) }), { nil: null }),
  profileSummary: fc.string({ maxLength: 20 }),
  seeker: side,
  provider: side,
  relevance: fc.double({ min: 0, max: 1, noNaN: true }).map((s) => ({
    score: s,
    terms: [{ kind: 'meaning' as const, contribution: s, phrase: 'close in meaning' }],
  })),
  mutual: fc.option(
    fc.double({ min: 0, max: 1, noNaN: true }).map((s) => ({ score: s, terms: [] })),
    { nil: null },
  ),
  today: fc.constant('2027-02-10'),
});

const scoreOf = (i: ScoreInput) => scoreMatch(i)?.score ?? 0;

describe('scoreMatch', () => {
  it('explains a good match in plain words from the terms that produced it', () => {
    const s = scoreMatch(input())!;
    expect(s.score).toBeGreaterThan(0);
    expect(s.reasons[0]).toContain('Dana needs “a fractional CFO for our seed-stage startup” by 1 Mar 2027');
    expect(s.reasons[0]).toContain('Lee offers “part-time CFO work for seed-stage companies”');
    expect(s.reasons.join(' ')).toContain('Lee said yes to 4 of 5 requests');
    expect(s.reasons).toContain('you trust both (4/5)');
  });

  it('says a match found by meaning alone is close in meaning, rather than only quoting both texts', () => {
    const [first] = scoreMatch(
      input({ need: { text: 'someone to restore a vintage motorbike', neededBy: null, urgency: 'normal' } }),
    )!.reasons;
    expect(first).toBe(
      'Dana needs “someone to restore a vintage motorbike”; Lee offers “part-time CFO work for seed-stage companies” — close in meaning, with no word, tag or kind of help in common',
    );
    const withWords = scoreMatch(
      input({
        relevance: {
          score: 0.7,
          terms: [
            { kind: 'meaning', contribution: 0.5, phrase: 'close in meaning' },
            { kind: 'words', contribution: 0.2, phrase: 'uses the word "cfo"' },
          ],
        },
      }),
    )!.reasons[0];
    expect(withWords).toMatch(/ — uses the word "cfo"$/);
  });

  it('words dates as the rest of Linchpin does, once, and one day as one day', () => {
    const { reasons } = scoreMatch(input())!;
    expect(reasons[0]).toContain(' by 1 Mar 2027');
    expect(reasons.join('; ').split('1 Mar 2027')).toHaveLength(2);
    expect(reasons).toContain('due in 19 days');
    expect(scoreMatch(input({ today: '2027-02-28' }))!.reasons).toContain('due tomorrow');
    expect(scoreMatch(input({ today: '2027-03-01' }))!.reasons).toContain('due today');
  });

  it('suggests nothing from nothing: zero relevance gives no score, whatever else is true', () => {
    expect(scoreMatch(input({ relevance: { score: 0, terms: [] } }))).toBeNull();
    expect(scoreMatch(input({ relevance: { score: Number.NaN, terms: [] } }))).toBeNull();
  });

  it('weights a profile match lower than the same relevance from an explicit offer', () => {
    expect(scoreOf(input({ offer: null }))).toBeLessThan(scoreOf(input()));
  });

  it('ranks a seeker who can help the provider in turn higher', () => {
    const mutual = {
      score: 0.6,
      terms: [{ kind: 'meaning' as const, contribution: 0.6, phrase: 'close in meaning' }],
    };
    const s = scoreMatch(input({ mutual }))!;
    expect(s.score).toBeGreaterThan(scoreOf(input()));
    expect(s.reasons.some((r) => r.startsWith('Dana could help Lee in turn'))).toBe(true);
  });

  it("never credits one person with the whole network's yes rate (the prior)", () => {
    const withPrior = (p: number): YesPrediction => ({
      p,
      terms: [
        { kind: 'prior', contribution: 1.2, phrase: '22 of the 23 answers so far were yes' },
        {
          kind: 'selectivity',
          contribution: 0.3,
          about: 'decider',
          phrase: 'said yes to 1 of 1 requests so far',
        },
      ],
    });
    const s = scoreMatch(
      input({
        seeker: { ...input().seeker, yes: withPrior(0.8) },
        provider: { ...input().provider, yes: withPrior(0.8) },
      }),
    )!;
    const text = s.reasons.join(' | ');
    expect(text).not.toContain('answers so far were yes');
    expect(text).toContain('Lee said yes to 1 of 1 requests so far');
  });

  it('marks unmet vouch criteria as a warning reason', () => {
    const s = scoreMatch(input({ provider: { ...input().provider, unmetVouch: ['met in person'] } }))!;
    expect(s.reasons).toContain('vouch criteria not met for Lee: met in person');
  });

  it('stays within 0…1 for any input', () => {
    fc.assert(
      fc.property(arbInput, (i) => {
        const s = scoreOf(i);
        return s >= 0 && s <= 1;
      }),
    );
  });

  it('never scores above maxScoreFactor × relevance, whoever the people are', () => {
    fc.assert(
      fc.property(arbInput, (i) => {
        expect(scoreOf(i)).toBeLessThanOrEqual(maxScoreFactor(i.need, i.today) * i.relevance.score);
      }),
      { numRuns: 2000 },
    );
    // and it is not loose for nothing: the best pair reaches it exactly, up to the squash (1 − e^(−x) ≤ x)
    const best = input({
      need: { text: 'x', neededBy: '2027-02-10', urgency: 'high' },
      seeker: { name: 'A', trust: 5, unmetVouch: [], yes: yes(1) },
      provider: { name: 'B', trust: 5, unmetVouch: [], yes: yes(1) },
      relevance: { score: MIN_RELEVANCE, terms: [] },
      mutual: { score: 1, terms: [] },
    });
    const need = best.need;
    expect(scoreOf(best)).toBeCloseTo(1 - Math.exp(-maxScoreFactor(need, best.today) * MIN_RELEVANCE), 9);
  });

  it('never scores lower when more relevant, all else equal', () => {
    fc.assert(
      fc.property(arbInput, fc.double({ min: 0, max: 1, noNaN: true }), (i, extra) => {
        const more = Math.min(1, i.relevance.score + extra);
        return scoreOf({ ...i, relevance: { ...i.relevance, score: more } }) >= scoreOf(i);
      }),
    );
  });

  it('never scores lower when either side is more trusted, all else equal', () => {
    fc.assert(
      fc.property(
        arbInput,
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (i, t, up, seekerSide) => {
          const key = seekerSide ? 'seeker' : 'provider';
          const lower = { ...i, [key]: { ...i[key], trust: t } };
          const higher = { ...i, [key]: { ...i[key], trust: Math.min(5, t + up) } };
          return scoreOf(higher) >= scoreOf(lower);
        },
      ),
    );
  });

  it('never scores lower when the need falls due sooner, all else equal', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), (i, a, b) => {
        const day = (d: number) =>
          new Date(Date.UTC(2027, 1, 10) + d * 86_400_000).toISOString().slice(0, 10);
        const [soon, late] = a <= b ? [a, b] : [b, a];
        const at = (d: number) => ({ ...i, need: { ...i.need, neededBy: day(d) } });
        return scoreOf(at(soon)) >= scoreOf(at(late));
      }),
    );
  });

  it('never scores lower when either side is more likely to say yes, all else equal', () => {
    fc.assert(
      fc.property(arbInput, fc.double({ min: 0, max: 1, noNaN: true }), (i, extra) => {
        const p = Math.min(1, i.provider.yes.p + extra);
        return scoreOf({ ...i, provider: { ...i.provider, yes: { ...i.provider.yes, p } } }) >= scoreOf(i);
      }),
    );
  });

  it('gives only reasons that are phrases of terms that counted, and every such term is a reason', () => {
    fc.assert(
      fc.property(arbInput, (i) => {
        const s = scoreMatch(i);
        if (!s) return true;
        const counted = s.terms.filter(contributed);
        expect(s.reasons).toEqual(counted.map((t) => t.phrase));
        for (const r of s.reasons) expect(counted.some((t) => t.phrase === r)).toBe(true);
        // A term that did not move the score is never quoted.
        for (const t of s.terms.filter((x) => !contributed(x))) expect(s.reasons).not.toContain(t.phrase);
        return true;
      }),
    );
    expect(
      reasonsOf([{ kind: 'trust', contribution: 0, tone: 'for', phrase: 'you trust both (3/5)' }]),
    ).toEqual([]);
  });

  it('treats unknown trust as neutral, between distrust and trust', () => {
    expect(trustFactor(null)).toBe(1);
    expect(trustFactor(1)).toBeLessThan(1);
    expect(trustFactor(5)).toBeGreaterThan(1);
  });

  it('treats texts of only filler words, symbols or nothing as saying nothing to match', () => {
    for (const empty of [
      '',
      '   ',
      'the and of to a',
      'I need someone who can help us',
      '🚀🚀 ✨',
      '… — !!!',
      'a b c',
    ]) {
      expect(hasSubstance(empty), empty).toBe(false);
    }
    for (const real of ['CFO', 'a CPA', '资金', 'تمويل', 'help with 2027 taxes', 'ℌ𝔢𝔩𝔭 with design']) {
      expect(hasSubstance(real), real).toBe(true);
    }
  });
});
