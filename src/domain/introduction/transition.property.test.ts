// Property tests: random event sequences (with time passing and people opting out on the way) must never
// break the promises the product makes to the people being introduced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATE_PHRASES } from './state-words';
import { draft, T0 } from './test-helpers';
import { DEFAULT_TIMING, staleYesParties } from './timing';
import { transition } from './transition';
import {
  ANSWERS,
  CHANNELS,
  FOLLOW_UP_ANSWERS,
  INTRO_STATES,
  type Introduction,
  type IntroEvent,
  isFinal,
  OUTCOMES,
  otherParty,
  type Party,
  type TransitionResult,
} from './types';

const party = fc.constantFrom<Party>('a', 'b');
const until = fc.constantFrom('2026-03-20', '2026-05-01', '2027-01-31', '2026-02-30', '', undefined);

const event: fc.Arbitrary<IntroEvent> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<IntroEvent>({ type: 'request' }) },
  {
    weight: 8,
    arbitrary: fc.record({
      type: fc.constant('answer' as const),
      party,
      answer: fc.constantFrom(...ANSWERS),
      until,
      channel: fc.constantFrom(...CHANNELS),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('withdraw' as const),
      party,
      channel: fc.constantFrom(...CHANNELS),
    }),
  },
  { weight: 2, arbitrary: fc.constant<IntroEvent>({ type: 'remind' }) },
  { weight: 2, arbitrary: fc.constant<IntroEvent>({ type: 'expire' }) },
  { weight: 1, arbitrary: fc.constant<IntroEvent>({ type: 'check_back_due' }) },
  { weight: 2, arbitrary: fc.constant<IntroEvent>({ type: 'reask' }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('reconfirm' as const), party }) },
  { weight: 3, arbitrary: fc.constant<IntroEvent>({ type: 'introduce' }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('follow_up' as const), early: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('follow_up_answer' as const),
      party,
      answer: fc.constantFrom(...FOLLOW_UP_ANSWERS),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('record_outcome' as const),
      outcome: fc.constantFrom(...OUTCOMES),
      value: fc.option(fc.integer({ min: -5, max: 10_000 }), { nil: undefined }),
      noShowParty: fc.option(party, { nil: undefined }),
    }),
  },
  { weight: 1, arbitrary: fc.constant<IntroEvent>({ type: 'cancel' }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('edit' as const),
      order: fc.option(fc.constantFrom('sequential' as const, 'parallel' as const), { nil: undefined }),
      autoSend: fc.option(fc.boolean(), { nil: undefined }),
    }),
  },
);

/**
 * A step: an event after some hours pass, or a person opting out of introductions meanwhile. Most steps
 * pick one of the events that make sense in the current state (so sequences reach every state), the rest
 * are arbitrary events that the machine must refuse or absorb.
 */
type Step =
  | { kind: 'event'; event: IntroEvent; hours: number; sensible: boolean; pick: number }
  | { kind: 'opt_out'; party: Party };
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 30,
    arbitrary: fc.record({
      kind: fc.constant('event' as const),
      event,
      // 70 days: long enough for a yes to grow stale (reconfirmAfterDays) within one step.
      hours: fc.constantFrom(0, 0, 1, 1, 24, 24 * 5, 24 * 7, 24 * 9, 24 * 40, 24 * 70),
      sensible: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
      pick: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('opt_out' as const), party }) },
);

function sensibleEvents(intro: Introduction): IntroEvent[] {
  const answers = (['a', 'b'] as Party[]).flatMap((p): IntroEvent[] =>
    intro.consent[p].status === 'asked'
      ? [
          { type: 'answer', party: p, answer: 'yes', channel: 'email_link' },
          { type: 'answer', party: p, answer: 'yes', channel: 'phone' },
          { type: 'answer', party: p, answer: 'yes', channel: 'email_link' },
          { type: 'answer', party: p, answer: 'later', until: '2026-04-15', channel: 'email_link' },
          { type: 'answer', party: p, answer: 'no', channel: 'email_link' },
        ]
      : intro.consent[p].status === 'later'
        ? [{ type: 'answer', party: p, answer: 'yes', channel: 'email_link' }]
        : [],
  );
  const reconfirms = (['a', 'b'] as Party[]).flatMap((p): IntroEvent[] =>
    intro.consent[p].status === 'yes' ? [{ type: 'reconfirm', party: p }] : [],
  );
  switch (intro.state) {
    case 'draft':
      return [{ type: 'request' }, { type: 'request' }, { type: 'edit', order: 'parallel' }];
    case 'asking':
      // Waiting out a request (remind, then expire) takes several steps in a row; weight them like the
      // answers, or expiry is reached too rarely for its properties to be exercised (measured: missed by
      // 1 in 12 runs of 600 sequences before this weighting).
      return [
        ...answers,
        ...reconfirms,
        { type: 'remind' },
        { type: 'remind' },
        { type: 'remind' },
        { type: 'expire' },
        { type: 'expire' },
        { type: 'expire' },
      ];
    case 'snoozed':
      return [...answers, { type: 'reask' }, { type: 'check_back_due' }, ...reconfirms];
    case 'ready':
      return [
        { type: 'introduce' },
        { type: 'introduce' },
        { type: 'withdraw', party: 'a', channel: 'phone' },
        ...reconfirms,
      ];
    case 'introduced':
      return [
        { type: 'follow_up' },
        { type: 'follow_up', early: true },
        { type: 'record_outcome', outcome: 'met_helpful' },
      ];
    case 'following_up':
      return [
        { type: 'follow_up_answer', party: 'a', answer: 'met_helpful' },
        { type: 'follow_up_answer', party: 'b', answer: 'not_yet' },
        { type: 'record_outcome', outcome: 'business_done', value: 100 },
      ];
    default:
      return [{ type: 'follow_up_answer', party: 'b', answer: 'met_not_fit' }, { type: 'request' }];
  }
}

const start = fc
  .record({
    order: fc.constantFrom('sequential' as const, 'parallel' as const),
    autoSend: fc.boolean(),
    askFirstB: fc.boolean(),
  })
  .map((o) => draft({ order: o.order, autoSend: o.autoSend, b: { askFirst: o.askFirstB } }));

interface Trace {
  before: Introduction;
  event: IntroEvent;
  now: Date;
  result: TransitionResult;
}

/** Runs a sequence and checks the invariants that hold for every single step. */
function play(intro0: Introduction, steps: Step[], check: (t: Trace) => void): Introduction {
  let intro = intro0;
  let now = T0;
  for (const s of steps) {
    if (s.kind === 'opt_out') {
      intro = {
        ...intro,
        parties: { ...intro.parties, [s.party]: { doNotIntroduce: true, hasEmail: true } },
      };
      continue;
    }
    now = new Date(now.getTime() + s.hours * 3_600_000);
    const options = sensibleEvents(intro);
    const chosen = s.sensible ? options[s.pick % options.length]! : s.event;
    const result = transition(intro, chosen, now);
    check({ before: intro, event: chosen, now, result });
    if (result.ok) intro = result.intro;
  }
  return intro;
}

const runs = { numRuns: 600 };

describe('introduction state machine properties', () => {
  it('the generated sequences reach every state (so the properties below are not vacuous)', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(start, fc.array(step, { maxLength: 40 }), (intro0, steps) => {
        play(intro0, steps, ({ result }) => {
          if (result.ok) reached.add(result.intro.state);
        });
      }),
      runs,
    );
    expect([...reached].sort()).toEqual([...INTRO_STATES].sort());
  });

  it('a refusal for the state says the state in words, never its code', () => {
    let refused = 0;
    fc.assert(
      fc.property(start, fc.array(step, { maxLength: 40 }), (intro0, steps) => {
        play(intro0, steps, ({ before, result }) => {
          if (result.ok || result.error.code !== 'not_allowed_in_state') return;
          refused++;
          const said = result.error.message.match(/(?:introduction|this one) is (.+?)[()]/)?.[1]?.trim();
          if (said !== undefined) expect(said).toBe(STATE_PHRASES[before.state]);
          expect(result.error.message).not.toMatch(/_/);
        });
      }),
      runs,
    );
    expect(refused).toBeGreaterThan(0);
  });

  it('never sends the introduction without two standing yes answers, and sends it at most once', () => {
    fc.assert(
      fc.property(start, fc.array(step, { maxLength: 40 }), (intro0, steps) => {
        let introductions = 0;
        // The consent log as the database would hold it: the last recorded answer of each party.
        const lastAnswer: Record<Party, string | null> = { a: null, b: null };
        play(intro0, steps, ({ result }) => {
          if (!result.ok) return;
          for (const entry of result.log)
            if (entry.consent && entry.party) lastAnswer[entry.party] = entry.consent.answer;
          const sent = result.effects.filter((e) => e.type === 'send_introduction').length;
          introductions += sent;
          if (sent) {
            expect(result.intro.consent.a.status).toBe('yes');
            expect(result.intro.consent.b.status).toBe('yes');
            expect(lastAnswer).toEqual({ a: 'yes', b: 'yes' });
            expect(result.intro.parties.a.doNotIntroduce || result.intro.parties.b.doNotIntroduce).toBe(
              false,
            );
          }
        });
        expect(introductions).toBeLessThanOrEqual(1);
      }),
      runs,
    );
  });

  it('never sends the introduction on a yes older than the reconfirmation age', () => {
    let checked = 0;
    fc.assert(
      fc.property(start, fc.array(step, { maxLength: 40 }), (intro0, steps) => {
        play(intro0, steps, ({ now, result }) => {
          if (!result.ok || !result.effects.some((e) => e.type === 'send_introduction')) return;
          checked++;
          expect(staleYesParties({ ...result.intro, introducedAt: null }, now, DEFAULT_TIMING)).toEqual([]);
          for (const p of ['a', 'b'] as Party[]) {
            const c = result.intro.consent[p];
            if (c.status !== 'yes') throw new Error('introduced without a yes');
            expect(now.getTime() - c.at.getTime()).toBeLessThan(
              DEFAULT_TIMING.reconfirmAfterDays * 86_400_000,
            );
          }
        });
      }),
      runs,
    );
    expect(checked).toBeGreaterThan(0);
  });

  it('the generated sequences meet stale yeses, refused and reconfirmed (so the property above is not vacuous)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(start, fc.array(step, { maxLength: 40 }), (intro0, steps) => {
        play(intro0, steps, ({ event, result }) => {
          if (!result.ok && result.error.code === 'stale_yes') seen.add('refused');
          if (result.ok && result.changed && event.type === 'reconfirm') seen.add('reconfirmed');
        });
      }),
      runs,
    );
    expect([...seen].sort()).toEqual(['reconfirmed', 'refused']);
  });

  it('final states are final: nothing changes state or sends anything after them', () => {
    fc.assert(
      fc.property(start, fc.array(step, { maxLength: 40 }), (intro0, steps) => {
        play(intro0, steps, ({ before, result }) => {
          if (!isFinal(before.state) || !result.ok) return;
          expect(result.intro.state).toBe(before.state);
          expect(result.effects).toEqual([]);
        });
      }),
      runs,
    );
  });

  it('replaying an accepted answer at once is a no-op', () => {
    fc.assert(
      fc.property(start, fc.array(step, { maxLength: 40 }), (intro0, steps) => {
        play(intro0, steps, ({ event, now, result }) => {
          if (!result.ok || !['answer', 'withdraw', 'follow_up_answer'].includes(event.type)) return;
          const again = transition(result.intro, event, new Date(now.getTime() + 60_000));
          expect(again).toEqual({ ok: true, intro: result.intro, effects: [], log: [], changed: false });
        });
      }),
      runs,
    );
  });

  it('a no or a withdrawal only ever causes the neutral note, to the other party', () => {
    fc.assert(
      fc.property(start, fc.array(step, { maxLength: 40 }), (intro0, steps) => {
        play(intro0, steps, ({ event, result }) => {
          if (!result.ok) return;
          const saysNo = (event.type === 'answer' && event.answer === 'no') || event.type === 'withdraw';
          if (!saysNo) return;
          for (const e of result.effects) {
            expect(e).toEqual({ type: 'send_closing_note', party: otherParty(event.party) });
          }
        });
      }),
      runs,
    );
  });

  it('in sequential order the second party is never asked before the first said yes', () => {
    fc.assert(
      fc.property(start, fc.array(step, { maxLength: 40 }), (intro0, steps) => {
        play(intro0, steps, ({ before, result }) => {
          if (!result.ok || before.order !== 'sequential') return;
          for (const e of result.effects) {
            if (e.type === 'send_consent_request' && e.party !== before.firstParty) {
              expect(result.intro.consent[before.firstParty].status).toBe('yes');
              expect(e.position).toBe('second');
            }
          }
          if (result.intro.consent[otherParty(before.firstParty)].status !== 'not_asked') {
            expect(result.intro.consent[before.firstParty].status).not.toBe('not_asked');
          }
        });
      }),
      runs,
    );
  });

  it('every change of state is written as a chain of log entries; a no-op writes nothing', () => {
    fc.assert(
      fc.property(start, fc.array(step, { maxLength: 40 }), (intro0, steps) => {
        play(intro0, steps, ({ before, result }) => {
          if (!result.ok) return;
          if (!result.changed) {
            expect(result.log).toEqual([]);
            expect(result.effects).toEqual([]);
            expect(result.intro).toBe(before);
            return;
          }
          expect(result.log.length).toBeGreaterThan(0);
          let state = before.state;
          for (const entry of result.log) {
            expect(entry.from).toBe(state);
            state = entry.to;
          }
          expect(state).toBe(result.intro.state);
        });
      }),
      runs,
    );
  });

  it('while it asks, an introduction is snoozed exactly when someone\'s answer is "not now"', () => {
    let woke = 0;
    fc.assert(
      fc.property(start, fc.array(step, { maxLength: 40 }), (intro0, steps) => {
        play(intro0, steps, ({ before, event, result }) => {
          if (!result.ok || !['asking', 'snoozed'].includes(result.intro.state)) return;
          const someoneLater = (['a', 'b'] as Party[]).some(
            (p) => result.intro.consent[p].status === 'later',
          );
          expect(result.intro.state === 'snoozed').toBe(someoneLater);
          if (before.state === 'snoozed' && result.intro.state === 'asking' && event.type === 'answer')
            woke++;
        });
      }),
      runs,
    );
    expect(woke).toBeGreaterThan(0);
  });

  it('nothing but the neutral note goes to a person who opted out', () => {
    fc.assert(
      fc.property(start, fc.array(step, { maxLength: 40 }), (intro0, steps) => {
        play(intro0, steps, ({ before, result }) => {
          if (!result.ok) return;
          for (const e of result.effects) {
            const to = 'party' in e ? [e.party] : (['a', 'b'] as Party[]);
            if (e.type === 'send_closing_note') continue;
            for (const p of to) expect(before.parties[p].doNotIntroduce).toBe(false);
          }
        });
      }),
      runs,
    );
  });
});
