// Property tests of the yes-learner over random decision streams: what it promises the product (probabilities,
// no leakage, determinism, the direction of each signal, reasons that state the counts behind them).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decision, YesQuestion } from './learner';
import { createYesLearner, mutualYes } from './learner';

const PEOPLE = ['ana', 'bo', 'cy', 'di', 'ed', 'fa', 'gu', 'hal'];
const person = fc.constantFrom(...PEOPLE);

const decision: fc.Arbitrary<Decision> = fc
  .record({
    decider: person,
    target: person,
    yes: fc.boolean(),
    at: fc.integer({ min: 0, max: 30 }),
    kind: fc.constantFrom('fundraising', 'hiring', undefined),
    source: fc.constantFrom<Decision['source']>('answer', 'answer', 'answer', 'dismissal', undefined),
  })
  .filter((d) => d.decider !== d.target)
  .map(({ kind, source, ...d }) => ({
    ...d,
    ...(kind === undefined ? {} : { kind }),
    ...(source === undefined ? {} : { source }),
  }));

const stream = fc.array(decision, { maxLength: 60 });

const question = (at: number): fc.Arbitrary<YesQuestion> =>
  fc
    .record({
      decider: person,
      target: person,
      fit: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      trust: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      kind: fc.constantFrom('fundraising', 'hiring', undefined),
    })
    .map(({ fit, kind, ...q }) => ({
      ...q,
      at,
      ...(fit === undefined ? {} : { fit }),
      ...(kind === undefined ? {} : { kind }),
    }));

function learnerWith(decisions: readonly Decision[]) {
  const learner = createYesLearner();
  for (const d of decisions) learner.observe(d);
  return learner;
}

/** Answers (not dismissals) made strictly before `at`. */
function answersBefore(decisions: readonly Decision[], at: number): Decision[] {
  return decisions.filter((d) => d.at < at && d.source !== 'dismissal');
}

describe('yes-learner', () => {
  it('predicts a probability strictly between 0 and 1, the logistic of its terms’ contributions', () => {
    fc.assert(
      fc.property(stream, fc.array(question(15), { minLength: 1, maxLength: 5 }), (decisions, questions) => {
        const learner = learnerWith(decisions);
        for (const q of questions) {
          const { p, terms } = learner.predict(q);
          expect(p).toBeGreaterThan(0);
          expect(p).toBeLessThan(1);
          const z = terms.reduce((sum, t) => sum + t.contribution, 0);
          expect(Math.log(p / (1 - p))).toBeCloseTo(z, 9);
          expect(terms.every((t) => t.phrase.length > 0)).toBe(true);
        }
      }),
    );
  });

  it('never lets a decision made at or after a question’s time change its prediction', () => {
    fc.assert(
      fc.property(stream, stream, question(12), (decisions, later, q) => {
        const known = decisions.filter((d) => d.at < q.at);
        // The same evening, plus other decisions at or after the question's time, observed first.
        const leaky = [...later.map((d) => ({ ...d, at: q.at + (d.at % 5) })), ...decisions];
        expect(learnerWith(leaky).predict(q)).toEqual(learnerWith(known).predict(q));
      }),
    );
  });

  it('gives the same predictions whatever order decisions at distinct times arrive in', () => {
    fc.assert(
      fc.property(stream, fc.infiniteStream(fc.nat()), question(40), (decisions, noise, q) => {
        const distinct = decisions.map((d, i) => ({ ...d, at: i }));
        const shuffled = distinct
          .map((d) => ({ d, key: noise.next().value }))
          .sort((a, b) => a.key - b.key)
          .map(({ d }) => d);
        expect(learnerWith(shuffled).predict(q)).toEqual(learnerWith(distinct).predict(q));
      }),
    );
  });

  it('is deterministic: the same decisions and questions give identical predictions and reasons', () => {
    fc.assert(
      fc.property(stream, fc.array(question(20), { minLength: 1, maxLength: 4 }), (decisions, questions) => {
        const a = learnerWith(decisions);
        const b = learnerWith(decisions);
        for (const q of questions) expect(a.predict(q)).toEqual(b.predict(q));
      }),
    );
  });

  it('refuses a question for an earlier time than one already answered (it cannot forget what it counted)', () => {
    const learner = learnerWith([{ decider: 'ana', target: 'bo', yes: true, at: 5 }]);
    learner.predict({ decider: 'ana', target: 'cy', at: 10 });
    expect(() => learner.predict({ decider: 'ana', target: 'cy', at: 4 })).toThrow(RangeError);
    expect(() => learner.predict({ decider: 'ana', target: 'cy', at: 10 })).not.toThrow();
  });

  it('gives a more selective decider a lower chance of yes, all else equal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.nat(), fc.nat(), (n, a, b) => {
        const [fewer, more] = [a % (n + 1), b % (n + 1)].sort((x, y) => x - y) as [number, number];
        fc.pre(fewer < more);
        const learner = createYesLearner();
        // Each decider answers their own fresh targets, so only their yes rate differs.
        for (let i = 0; i < n; i++) {
          learner.observe({ decider: 'choosy', target: `c${i}`, yes: i < fewer, at: i });
          learner.observe({ decider: 'easy', target: `e${i}`, yes: i < more, at: i });
        }
        const choosy = learner.predict({ decider: 'choosy', target: 'new', at: 100 });
        const easy = learner.predict({ decider: 'easy', target: 'new', at: 100 });
        expect(choosy.p).toBeLessThan(easy.p);
      }),
    );
  });

  it('gives a more desired target a higher chance of yes, all else equal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.nat(), fc.nat(), (n, a, b) => {
        const [fewer, more] = [a % (n + 1), b % (n + 1)].sort((x, y) => x - y) as [number, number];
        fc.pre(fewer < more);
        const learner = createYesLearner();
        for (let i = 0; i < n; i++) {
          learner.observe({ decider: `x${i}`, target: 'overlooked', yes: i < fewer, at: i });
          learner.observe({ decider: `y${i}`, target: 'sought', yes: i < more, at: i });
        }
        const overlooked = learner.predict({ decider: 'new', target: 'overlooked', at: 100 });
        const sought = learner.predict({ decider: 'new', target: 'sought', at: 100 });
        expect(overlooked.p).toBeLessThan(sought.p);
      }),
    );
  });

  it('states in its reasons the counts of answers behind them', () => {
    fc.assert(
      fc.property(stream, question(18), (decisions, q) => {
        const { terms } = learnerWith(decisions).predict(q);
        const before = answersBefore(decisions, q.at);
        const own = before.filter((d) => d.decider === q.decider);
        const about = before.filter((d) => d.target === q.target);
        const selectivity = terms.find((t) => t.kind === 'selectivity' && t.about === 'decider');
        // A term that moved nothing (e.g. a yes rate equal to everyone's) is not shown; one that is
        // shown states its counts.
        if (own.length === 0) expect(selectivity).toBeUndefined();
        else if (selectivity) {
          expect(selectivity.phrase).toBe(
            `said yes to ${own.filter((d) => d.yes).length} of ${own.length} requests so far`,
          );
        }
        const desirability = terms.find((t) => t.kind === 'desirability' && t.about === 'target');
        if (about.length === 0) expect(desirability?.phrase ?? '').not.toContain('to meet them');
        else if (desirability) {
          const yes = about.filter((d) => d.yes).length;
          expect(desirability.phrase).toContain(
            about.length === 1
              ? `the one request to meet them got a ${about[0]!.yes ? 'yes' : 'no'}`
              : `${yes} of ${about.length} requests to meet them got a yes`,
          );
        }
        const prior = terms.find((t) => t.kind === 'prior');
        expect(prior?.phrase).toBe(
          before.length === 0
            ? 'no answers recorded yet'
            : `${before.filter((d) => d.yes).length} of the ${before.length} answers so far were yes`,
        );
      }),
    );
  });

  it('tells what people who answered like the decider said about the target', () => {
    const learner = createYesLearner();
    // ana and bo agree on four people; then bo says yes to eve, whom ana has not met.
    ['p1', 'p2', 'p3', 'p4'].forEach((p, i) => {
      for (const who of ['ana', 'bo']) learner.observe({ decider: who, target: p, yes: i % 2 === 0, at: i });
      learner.observe({ decider: 'cy', target: p, yes: i % 2 === 1, at: i });
    });
    learner.observe({ decider: 'bo', target: 'eve', yes: true, at: 5 });
    learner.observe({ decider: 'cy', target: 'eve', yes: false, at: 5 });
    const { terms } = learner.predict({ decider: 'ana', target: 'eve', at: 6 });
    const similar = terms.find((t) => t.kind === 'similar_people' && t.about === 'target');
    expect(similar?.phrase).toBe(
      '1 of 1 people who answered like them said yes to this person; 0 of 1 people who answered unlike them said yes to this person',
    );
    expect(similar?.contribution).toBeGreaterThan(0);
  });

  it('counts a dismissal as weaker evidence than a no, and leans against the dismissed pair', () => {
    const learner = createYesLearner();
    learner.observe({ decider: 'ana', target: 'refused', yes: false, at: 1 });
    learner.observe({ decider: 'ana', target: 'dismissed', yes: false, at: 1, source: 'dismissal' });
    const refused = learner.predict({ decider: 'bo', target: 'refused', at: 2 });
    const dismissed = learner.predict({ decider: 'bo', target: 'dismissed', at: 2 });
    const fresh = learner.predict({ decider: 'bo', target: 'fresh', at: 2 });
    expect(refused.p).toBeLessThan(dismissed.p);
    expect(dismissed.p).toBeLessThan(fresh.p);
    const pair = learner.predict({ decider: 'ana', target: 'dismissed', at: 2 });
    const other = learner.predict({ decider: 'ana', target: 'fresh', at: 2 });
    expect(pair.p).toBeLessThan(other.p);
    expect(pair.terms.map((t) => t.phrase)).toContain('this pairing was marked not a fit once before');
    // A dismissal is not the decider's own word: their selectivity reason counts only their answer.
    expect(pair.terms.map((t) => t.phrase)).toContain('said yes to 0 of 1 requests so far');
  });

  it('never ranks a more trusted or better fitting target lower, all else equal', () => {
    fc.assert(
      fc.property(
        stream,
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (decisions, t1, t2, f1, f2) => {
          const learner = learnerWith(decisions);
          const ask = (trust: number, fit: number) =>
            learner.predict({ decider: 'ana', target: 'bo', at: 31, trust, fit }).p;
          const [lowT, highT] = [Math.min(t1, t2), Math.max(t1, t2)];
          const [lowF, highF] = [Math.min(f1, f2), Math.max(f1, f2)];
          expect(ask(highT, lowF)).toBeGreaterThanOrEqual(ask(lowT, lowF));
          expect(ask(lowT, highF)).toBeGreaterThanOrEqual(ask(lowT, lowF));
        },
      ),
    );
  });

  it('leans to the kinds of request the decider said yes to', () => {
    const learner = createYesLearner();
    for (let i = 0; i < 4; i++) {
      learner.observe({ decider: 'ana', target: `f${i}`, yes: true, at: i, kind: 'fundraising' });
      learner.observe({ decider: 'ana', target: `h${i}`, yes: false, at: i, kind: 'hiring' });
    }
    const fundraising = learner.predict({ decider: 'ana', target: 'new', at: 10, kind: 'fundraising' });
    const hiring = learner.predict({ decider: 'ana', target: 'new', at: 10, kind: 'hiring' });
    expect(fundraising.p).toBeGreaterThan(hiring.p);
    expect(fundraising.terms.map((t) => t.phrase)).toContain('said yes to 4 of 4 “fundraising” requests');
  });

  it('takes the chance of a mutual yes as the product of the two sides', () => {
    expect(mutualYes({ p: 0.5, terms: [] }, { p: 0.4, terms: [] })).toBeCloseTo(0.2, 12);
  });
});
