// The detail page asks the domain's transition which actions are possible, from the introduction as the
// API shows it. These tests drive real introductions through random event sequences and check that the
// API view carries everything the rules look at: converting it back gives the same introduction, and every
// verdict equals what the state machine says about the original.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draft, T0 } from '../../../src/domain/introduction/test-helpers';
import { transition } from '../../../src/domain/introduction/transition';
import {
  ANSWERS,
  type Introduction as DomainIntroduction,
  type IntroEvent,
  type Party,
  type PartyFacts,
} from '../../../src/domain/introduction/types';
import { consentToJson, consentView } from '../../../src/introductions/mapping';
import type { IntroductionDetail } from '../api/types';
import { availableActions, blockedByPerson, consentFromView, factsOf, toDomain } from './intro-actions';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The introduction as GET /api/v1/introductions/:id shows it (the fields the rules can depend on). */
function apiView(intro: DomainIntroduction): IntroductionDetail {
  const fu = (p: Party) => {
    const x = intro.followUpAnswers[p];
    return x ? { answer: x.answer, at: x.at.toISOString() } : null;
  };
  const o = intro.outcome;
  return {
    state: intro.state,
    kind: intro.kind,
    order: intro.order,
    firstParty: intro.firstParty,
    autoSend: intro.autoSend,
    personA: { id: A, name: 'Ada' },
    personB: { id: B, name: 'Bob' },
    consent: {
      a: consentView(consentToJson(intro.consent.a)),
      b: consentView(consentToJson(intro.consent.b)),
    },
    introducedAt: iso(intro.introducedAt),
    followUpSentAt: iso(intro.followUpSentAt),
    endedAt: iso(intro.endedAt),
    followUpAnswers: { a: fu('a'), b: fu('b') },
    outcome: o
      ? {
          kind: o.kind,
          value: o.value,
          noShowPersonId: o.noShowParty === 'a' ? A : o.noShowParty === 'b' ? B : null,
          note: o.note,
          at: o.at.toISOString(),
        }
      : null,
  } as IntroductionDetail;
}

const party = fc.constantFrom<Party>('a', 'b');
const event: fc.Arbitrary<IntroEvent> = fc.oneof(
  fc.constant<IntroEvent>({ type: 'request' }),
  fc.record({
    type: fc.constant('answer' as const),
    party,
    answer: fc.constantFrom(...ANSWERS),
    until: fc.constant('2026-06-01'),
    channel: fc.constant('email_link' as const),
  }),
  fc.record({ type: fc.constant('withdraw' as const), party, channel: fc.constant('phone' as const) }),
  fc.constant<IntroEvent>({ type: 'reask' }),
  fc.constant<IntroEvent>({ type: 'introduce' }),
  fc.constant<IntroEvent>({ type: 'follow_up', early: true }),
  fc.record({
    type: fc.constant('follow_up_answer' as const),
    party,
    answer: fc.constantFrom('met_helpful' as const, 'no_contact' as const),
  }),
  fc.record({
    type: fc.constant('record_outcome' as const),
    outcome: fc.constantFrom('met_helpful' as const, 'business_done' as const),
  }),
  fc.constant<IntroEvent>({ type: 'cancel' }),
);
const facts: fc.Arbitrary<PartyFacts> = fc.record({ doNotIntroduce: fc.boolean(), hasEmail: fc.boolean() });

describe('actions offered on the detail page', () => {
  it('come from the state machine, applied to the API view of any reachable introduction', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('sequential' as const, 'parallel' as const),
        fc.array(event, { maxLength: 14 }),
        facts,
        facts,
        (order, events, factsA, factsB) => {
          let intro = draft({ order });
          const now = new Date(T0.getTime() + 86_400_000);
          for (const e of events) {
            const r = transition(intro, e, now);
            if (r.ok) intro = r.intro;
          }
          const parties = { a: factsA, b: factsB };
          const view = apiView(intro);
          // Lossless for everything but the sweeps' own bookkeeping.
          expect(toDomain(view, parties)).toEqual({ ...intro, parties, checkBackNotedAt: null });

          const withFacts = { ...intro, parties };
          const expected = (ev: IntroEvent) => {
            const r = transition(withFacts, ev, now);
            return r.ok && r.changed;
          };
          const got = availableActions(view, parties, now);
          expect(got.request.ok).toBe(expected({ type: 'request' }));
          expect(got.introduce.ok).toBe(expected({ type: 'introduce' }));
          expect(got.reask.ok).toBe(expected({ type: 'reask' }));
          expect(got.followUp.ok).toBe(expected({ type: 'follow_up', early: true }));
          expect(got.cancel.ok).toBe(expected({ type: 'cancel' }));
          expect(got.outcome.ok).toBe(expected({ type: 'record_outcome', outcome: 'met_helpful' }));
          for (const p of ['a', 'b'] as const) {
            expect(got.answer[p].ok).toBe(
              expected({ type: 'answer', party: p, answer: 'yes', channel: 'phone' }),
            );
            expect(got.withdraw[p].ok).toBe(expected({ type: 'withdraw', party: p, channel: 'phone' }));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('explain a refusal that is about a person, naming which one', () => {
    const view = apiView(draft());
    const actions = availableActions(view, {
      a: factsOf(undefined),
      b: { doNotIntroduce: false, hasEmail: false },
    });
    expect(actions.request.ok).toBe(false);
    expect(blockedByPerson(actions.request)).toBe(true);
    expect(actions.request).toMatchObject({ code: 'missing_email', party: 'b' });
    // A refusal because of the state is not "blocked by a person": the button is simply not offered.
    expect(blockedByPerson(actions.introduce)).toBe(false);
  });

  it('read a person the page has not loaded yet as askable, leaving the decision to the server', () => {
    expect(factsOf(undefined)).toEqual({ doNotIntroduce: false, hasEmail: true });
    expect(
      factsOf({
        emails: [],
        introPreferences: {
          askFirst: false,
          doNotIntroduce: true,
          maxRequestsPerMonth: null,
          valuedHelp: [],
        },
      }),
    ).toEqual({ doNotIntroduce: true, hasEmail: false });
  });

  it('turn every consent view back into the consent it shows', () => {
    const at = new Date('2026-03-03T08:00:00.000Z');
    for (const c of [
      { status: 'not_asked' as const },
      { status: 'asked' as const, askedAt: at, remindedAt: null },
      { status: 'asked' as const, askedAt: at, remindedAt: at },
      { status: 'yes' as const, at, channel: 'phone' as const },
      { status: 'later' as const, at, channel: 'email_link' as const, until: '2026-04-01' },
      { status: 'no' as const, at, channel: 'in_person' as const, withdrawn: true },
    ]) {
      expect(consentFromView(consentView(consentToJson(c)))).toEqual(c);
    }
  });
});
