// The actions the API reports are computed from the stored row and the people's facts. For introductions
// reached by random event sequences, with random facts about both people, every reported verdict must
// equal what `transition` says about the original introduction for the event the matching route sends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IntroductionRow } from '../db/schema';
import { availableActions } from '../domain/introduction/actions';
import { draft, T0 } from '../domain/introduction/test-helpers';
import { DEFAULT_TIMING } from '../domain/introduction/timing';
import { transition } from '../domain/introduction/transition';
import {
  ANSWERS,
  type Introduction,
  type IntroEvent,
  type Party,
  type PartyFacts,
} from '../domain/introduction/types';
import type { FactsPerson } from './facts';
import { domainWithFacts } from './facts';
import { actionsView, fromDomain } from './mapping';
import type { IntroductionActions } from './schema';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const policy = DEFAULT_TIMING;

/** The introduction as stored, the way the repository hands it back. */
function stored(intro: Introduction): IntroductionRow {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    accountId: '00000000-0000-4000-8000-000000000002',
    personAId: A,
    personBId: B,
    needId: null,
    kind: intro.kind,
    reason: 'r',
    pitchA: '',
    pitchB: '',
    disclosedCaveats: [],
    personalLines: {},
    ...fromDomain(intro, policy),
    version: 3,
    createdAt: T0,
    updatedAt: T0,
  };
}

const person = (id: string, f: PartyFacts, limit: number | null): FactsPerson => ({
  id,
  emails: f.hasEmail ? [`${id.slice(-1)}@example.com`] : [],
  introPreferences: {
    askFirst: false,
    doNotIntroduce: f.doNotIntroduce,
    maxRequestsPerMonth: limit,
    valuedHelp: [],
  },
});

/** The event each route sends, written out from the routes rather than taken from the code under test. */
const ROUTE_EVENTS: Record<
  Exclude<keyof IntroductionActions, 'answer' | 'withdraw' | 'followUpAnswer' | 'reconfirm'>,
  IntroEvent
> = {
  request: { type: 'request' },
  introduce: { type: 'introduce' },
  reask: { type: 'reask' },
  followUp: { type: 'follow_up', early: true },
  outcome: { type: 'record_outcome', outcome: 'met_helpful' },
  cancel: { type: 'cancel' },
  edit: { type: 'edit', content: true },
};
const PARTY_EVENTS = {
  answer: (party: Party): IntroEvent => ({ type: 'answer', party, answer: 'yes', channel: 'phone' }),
  withdraw: (party: Party): IntroEvent => ({ type: 'withdraw', party, channel: 'phone' }),
  reconfirm: (party: Party): IntroEvent => ({ type: 'reconfirm', party }),
  followUpAnswer: (party: Party): IntroEvent => ({
    type: 'follow_up_answer',
    party,
    answer: 'met_helpful',
    channel: 'phone',
  }),
};

const party = fc.constantFrom<Party>('a', 'b');
const event: fc.Arbitrary<IntroEvent> = fc.oneof(
  fc.constant<IntroEvent>({ type: 'request' }),
  fc.record({
    type: fc.constant('answer' as const),
    party,
    answer: fc.constantFrom(...ANSWERS),
    until: fc.constant('2026-06-01'),
    channel: fc.constantFrom('email_link' as const, 'phone' as const),
  }),
  fc.record({ type: fc.constant('withdraw' as const), party, channel: fc.constant('phone' as const) }),
  fc.constant<IntroEvent>({ type: 'reask' }),
  fc.constant<IntroEvent>({ type: 'introduce' }),
  fc.constant<IntroEvent>({ type: 'follow_up', early: true }),
  fc.record({
    type: fc.constant('follow_up_answer' as const),
    party,
    answer: fc.constantFrom('met_helpful' as const, 'no_contact' as const),
    channel: fc.constantFrom('email_link' as const, 'phone' as const),
  }),
  fc.record({
    type: fc.constant('record_outcome' as const),
    outcome: fc.constantFrom('met_helpful' as const, 'business_done' as const),
  }),
  fc.constant<IntroEvent>({ type: 'cancel' }),
  fc.constant<IntroEvent>({ type: 'remind' }),
  fc.constant<IntroEvent>({ type: 'check_back_due' }),
  fc.constant<IntroEvent>({ type: 'expire' }),
  fc.constant<IntroEvent>({ type: 'edit', autoSend: true }),
  fc.constant<IntroEvent>({ type: 'edit', order: 'parallel', content: true }),
);
/**
 * Events that move an introduction along, to pick an accepted one from: random events alone rarely get
 * far (the ones that end it, such as cancel, no and withdraw, come from the random events).
 */
const CANDIDATES: IntroEvent[] = [
  { type: 'request' },
  ...(['a', 'b'] as const).flatMap((p): IntroEvent[] => [
    { type: 'answer', party: p, answer: 'yes', channel: 'email_link' },
    { type: 'answer', party: p, answer: 'later', until: '2026-06-01', channel: 'phone' },
    { type: 'follow_up_answer', party: p, answer: 'not_yet' },
  ]),
  { type: 'reask' },
  { type: 'introduce' },
  { type: 'follow_up' },
  { type: 'record_outcome', outcome: 'no_show', noShowParty: 'b' },
  { type: 'remind' },
  { type: 'check_back_due' },
];
/** A random event, or (more often) the first of the candidates from a random start that is accepted. */
const step = fc.tuple(event, fc.nat({ max: CANDIDATES.length - 1 }), fc.nat({ max: 3 }));

const facts: fc.Arbitrary<PartyFacts> = fc.record({ doNotIntroduce: fc.boolean(), hasEmail: fc.boolean() });
const limit = fc.option(fc.integer({ min: 0, max: 3 }), { nil: null });

describe('the actions the API reports', () => {
  it('agree with transition() for the route’s event, on any reachable introduction and any facts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('sequential' as const, 'parallel' as const),
        fc.array(fc.tuple(step, fc.integer({ min: 0, max: 20 })), { maxLength: 16, size: 'max' }),
        facts,
        facts,
        limit,
        limit,
        fc.nat({ max: 4 }),
        fc.nat({ max: 4 }),
        (order, steps, factsA, factsB, limitA, limitB, sentA, sentB) => {
          let intro = draft({ order });
          let now = T0;
          for (const [[random, start, mode], days] of steps) {
            now = new Date(now.getTime() + days * 86_400_000);
            const rotated = [...CANDIDATES.slice(start), ...CANDIDATES.slice(0, start)];
            const accepted = rotated.find((e) => {
              const r = transition(intro, e, now, policy);
              return r.ok && r.changed;
            });
            const r = transition(intro, mode === 0 || !accepted ? random : accepted, now, policy);
            if (r.ok) intro = r.intro;
          }
          const left = (l: number | null, sent: number) => (l === null ? null : Math.max(0, l - sent));
          const truth: Introduction = {
            ...intro,
            parties: {
              a: { ...factsA, requestsLeft: left(limitA, sentA) },
              b: { ...factsB, requestsLeft: left(limitB, sentB) },
            },
          };
          const row = stored(intro);
          const people = { a: person(A, factsA, limitA), b: person(B, factsB, limitB) };
          const budgets = new Map([
            [A, left(limitA, sentA)],
            [B, left(limitB, sentB)],
          ]);
          // The server's path: stored row and people → domain → verdicts → API view.
          const reported = actionsView(
            row,
            availableActions(domainWithFacts(row, people, budgets), now, policy),
            { a: 'Ada', b: 'Bob' },
          );

          const accepts = (e: IntroEvent) => {
            const r = transition(truth, e, now, policy);
            return r.ok && r.changed;
          };
          for (const [key, e] of Object.entries(ROUTE_EVENTS)) {
            const v = reported[key as keyof typeof ROUTE_EVENTS];
            expect(v.allowed, key).toBe(accepts(e));
            expect(v.allowed || Boolean(v.reason), `${key} says why not`).toBe(true);
          }
          for (const [key, make] of Object.entries(PARTY_EVENTS)) {
            for (const p of ['a', 'b'] as const) {
              const v = reported[key as keyof typeof PARTY_EVENTS][p];
              expect(v.allowed, `${key}.${p}`).toBe(accepts(make(p)));
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('name the person a refusal is about, by id and by name', () => {
    const intro = draft();
    const row = stored(intro);
    const people = {
      a: person(A, { doNotIntroduce: false, hasEmail: true }, 2),
      b: person(B, { doNotIntroduce: false, hasEmail: false }, null),
    };
    const names = { a: 'Ada Lovelace', b: 'Bob Provider' };
    const missing = actionsView(
      row,
      availableActions(domainWithFacts(row, people, new Map()), T0, policy),
      names,
    );
    expect(missing.request).toEqual({
      allowed: false,
      reason: 'Bob Provider has no email address',
      code: 'missing_email',
      personId: B,
    });
    expect(missing.edit).toEqual({ allowed: true });
    expect(missing.introduce).toMatchObject({ allowed: false, code: 'not_allowed_in_state' });
    expect(missing.introduce.personId).toBeUndefined();

    people.b = person(B, { doNotIntroduce: false, hasEmail: true }, null);
    const spent = actionsView(
      row,
      availableActions(domainWithFacts(row, people, new Map([[A, 0]])), T0, policy),
      names,
    );
    expect(spent.request).toMatchObject({ allowed: false, code: 'over_budget', personId: A });
    expect(spent.request.reason).toMatch(/^Ada Lovelace has had as many introduction requests this month/);
  });
});
