import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Consent, IntroState } from '../introduction/types';
import { FINAL_STATES, INTRO_STATES } from '../introduction/types';
import {
  type Candidate,
  dismissalKey,
  type GuardIntroduction,
  type GuardNetwork,
  type GuardPerson,
  guard,
  heldBack,
  prepareNetwork,
  underWayFor,
} from './guardrails';

const NOW = new Date('2027-02-10T12:00:00Z');
const DAY = 86_400_000;
const IDS = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];

const person = (id: string, over: Partial<GuardPerson> = {}): GuardPerson => ({
  id,
  doNotIntroduce: false,
  hasEmail: true,
  requestsLeft: null,
  noShow: false,
  noShowOverride: false,
  vouchCriteria: [],
  ...over,
});

const arbPerson = (id: string) =>
  fc.record({
    id: fc.constant(id),
    doNotIntroduce: fc.boolean(),
    hasEmail: fc.boolean(),
    requestsLeft: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    noShow: fc.boolean(),
    noShowOverride: fc.boolean(),
    vouchCriteria: fc.array(fc.record({ label: fc.constantFrom('met', 'worked with'), met: fc.boolean() }), {
      maxLength: 2,
    }),
  });

const arbConsent: fc.Arbitrary<Consent> = fc.oneof(
  fc.constant({ status: 'not_asked' as const }),
  fc.constant({ status: 'asked' as const, askedAt: NOW, remindedAt: null }),
  fc.integer({ min: 0, max: 400 }).map((d) => ({
    status: 'yes' as const,
    at: new Date(NOW.getTime() - d * DAY),
    channel: 'phone' as const,
  })),
  fc.integer({ min: 0, max: 400 }).map((d) => ({
    status: 'no' as const,
    at: new Date(NOW.getTime() - d * DAY),
    channel: 'phone' as const,
    withdrawn: false,
  })),
  fc.integer({ min: -60, max: 60 }).map((d) => ({
    status: 'later' as const,
    at: NOW,
    channel: 'phone' as const,
    until: new Date(NOW.getTime() + d * DAY).toISOString().slice(0, 10),
  })),
);

const arbIntro: fc.Arbitrary<GuardIntroduction> = fc.record({
  id: fc.uuid(),
  personA: fc.constantFrom(...IDS),
  personB: fc.constantFrom(...IDS),
  needId: fc.option(fc.constantFrom('n0', 'n1'), { nil: null }),
  state: fc.constantFrom(...INTRO_STATES) as fc.Arbitrary<IntroState>,
  introducedAt: fc.option(fc.constant(NOW), { nil: null }),
  consentA: arbConsent,
  consentB: arbConsent,
  requestKind: fc.option(fc.constantFrom('fundraising', 'hiring'), { nil: null }),
});

const arbNetwork = fc.record({
  people: fc.tuple(...IDS.map(arbPerson)),
  introductions: fc.array(arbIntro, { maxLength: 8 }),
  dismissed: fc.array(fc.tuple(fc.constantFrom('n0', 'n1'), fc.constantFrom(...IDS)), { maxLength: 4 }),
  cooldownDays: fc.integer({ min: 0, max: 365 }),
});
const arbCandidate: fc.Arbitrary<Candidate> = fc.record({
  needId: fc.constantFrom('n0', 'n1'),
  seekerId: fc.constantFrom(...IDS),
  providerId: fc.constantFrom(...IDS),
  requestKind: fc.option(fc.constantFrom('fundraising', 'hiring'), { nil: null }),
});

/** Asked for their consent in an introduction still asking, and not answered. */
const awaitingAnswer = (intros: readonly GuardIntroduction[], id: string) =>
  intros.some(
    (i) =>
      i.state === 'asking' &&
      ((i.personA === id && i.consentA.status === 'asked') ||
        (i.personB === id && i.consentB.status === 'asked')),
  );

describe('guardrails', () => {
  it('always exclude every forbidden suggestion, over random networks', () => {
    fc.assert(
      fc.property(arbNetwork, arbCandidate, (raw, c) => {
        const net: GuardNetwork = {
          people: new Map(raw.people.map((p) => [p.id, p])),
          introductions: raw.introductions,
          dismissed: new Set(raw.dismissed.map(([n, p]) => dismissalKey(n, p))),
          cooldownDays: raw.cooldownDays,
          now: NOW,
        };
        const verdict = guard(prepareNetwork(net), c);
        const seeker = net.people.get(c.seekerId)!;
        const provider = net.people.get(c.providerId)!;
        const pair = raw.introductions.filter(
          (i) =>
            (i.personA === c.seekerId && i.personB === c.providerId) ||
            (i.personA === c.providerId && i.personB === c.seekerId),
        );
        const since = NOW.getTime() - raw.cooldownDays * DAY;
        const today = NOW.toISOString().slice(0, 10);
        const notNow = (id: string) =>
          raw.introductions.some((i) =>
            [
              [i.personA, i.consentA],
              [i.personB, i.consentB],
            ].some(
              ([p, k]) =>
                p === id &&
                (k as Consent).status === 'later' &&
                (k as Extract<Consent, { status: 'later' }>).until > today &&
                (i.requestKind === null || c.requestKind === null || i.requestKind === c.requestKind),
            ),
          );
        const forbidden =
          c.seekerId === c.providerId ||
          seeker.doNotIntroduce ||
          provider.doNotIntroduce ||
          !seeker.hasEmail ||
          !provider.hasEmail ||
          pair.some((i) => i.introducedAt !== null) ||
          pair.some((i) => !['closed', 'declined', 'expired', 'cancelled'].includes(i.state)) ||
          pair.some((i) =>
            [i.consentA, i.consentB].some((k) => k.status === 'no' && k.at.getTime() >= since),
          ) ||
          seeker.requestsLeft === 0 ||
          provider.requestsLeft === 0 ||
          notNow(c.seekerId) ||
          notNow(c.providerId) ||
          (provider.noShow && !provider.noShowOverride) ||
          awaitingAnswer(raw.introductions, c.providerId) ||
          net.dismissed.has(dismissalKey(c.needId, c.providerId));
        expect(verdict.ok).toBe(!forbidden);
        if (verdict.ok) {
          // Only the provider is vouched for (README: "Recommend only when your criteria are met").
          const unmet = provider.vouchCriteria.some((v) => !v.met);
          expect(verdict.vouchUnmet).toBe(unmet);
          expect(verdict.unmet.map((u) => u.personId)).toEqual(unmet ? [provider.id] : []);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('holds back a person in a role only when every suggestion with them in that role is excluded', () => {
    // What a person page says ("not suggested: marked do-not-introduce") must be what guard does.
    fc.assert(
      fc.property(arbNetwork, arbCandidate, fc.constantFrom('seeker', 'provider'), (raw, c, role) => {
        const net = prepareNetwork({
          people: new Map(raw.people.map((p) => [p.id, p])),
          introductions: raw.introductions,
          dismissed: new Set(raw.dismissed.map(([n, p]) => dismissalKey(n, p))),
          cooldownDays: raw.cooldownDays,
          now: NOW,
        });
        const id = role === 'seeker' ? c.seekerId : c.providerId;
        if (heldBack(net, net.people.get(id)!, role) !== null) expect(guard(net, c).ok).toBe(false);
      }),
      { numRuns: 2_000 },
    );
    const held = (
      over: Partial<GuardPerson>,
      role: 'seeker' | 'provider',
      introductions: GuardIntroduction[] = [],
    ) =>
      heldBack(
        prepareNetwork({
          people: new Map(),
          introductions,
          dismissed: new Set(),
          cooldownDays: 180,
          now: NOW,
        }),
        person('x', over),
        role,
      );
    expect(held({}, 'provider')).toBeNull();
    expect(held({ doNotIntroduce: true }, 'seeker')).toBe('do_not_introduce');
    expect(held({ hasEmail: false }, 'provider')).toBe('no_email');
    expect(held({ requestsLeft: 0 }, 'seeker')).toBe('over_budget');
    expect(held({ requestsLeft: 2 }, 'seeker')).toBeNull();
    expect(held({ noShow: true }, 'provider')).toBe('no_show');
    expect(held({ noShow: true }, 'seeker')).toBeNull();
    expect(held({ noShow: true, noShowOverride: true }, 'provider')).toBeNull();
    const asked = (state: IntroState): GuardIntroduction => ({
      id: 'i',
      personA: 'y',
      personB: 'x',
      needId: null,
      state,
      introducedAt: null,
      consentA: { status: 'yes', at: NOW, channel: 'email_link' },
      consentB: { status: 'asked', askedAt: NOW, remindedAt: null },
      requestKind: null,
    });
    expect(held({}, 'provider', [asked('asking')])).toBe('awaiting_answer');
    expect(held({}, 'seeker', [asked('asking')])).toBeNull();
    expect(held({}, 'provider', [asked('cancelled')])).toBeNull();
  });

  it('when lists are computed, leaves out only what holds until the people, the need or a dismissal change', () => {
    // Everything else (introductions, answers, budgets, the calendar) is applied on every read: a candidate
    // left out of a stored list for it would not come back when it passed (a request cancelled, March come).
    fc.assert(
      fc.property(arbNetwork, arbCandidate, (raw, c) => {
        const people = new Map(raw.people.map((p) => [p.id, p]));
        const dismissed = new Set(raw.dismissed.map(([n, p]) => dismissalKey(n, p)));
        const withHistory = prepareNetwork({
          people,
          introductions: raw.introductions,
          dismissed,
          cooldownDays: raw.cooldownDays,
          now: NOW,
        });
        const noHistory = prepareNetwork({
          people: new Map(raw.people.map((p) => [p.id, { ...p, requestsLeft: null, noShow: false }])),
          introductions: [],
          dismissed,
          cooldownDays: raw.cooldownDays,
          now: NOW,
        });
        expect(guard(withHistory, c, 'lasting')).toEqual(guard(noHistory, c));
        if (guard(withHistory, c).ok) expect(guard(withHistory, c, 'lasting').ok).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  const base = (over: Partial<GuardNetwork> = {}) =>
    prepareNetwork({
      people: new Map(['s', 'p'].map((id) => [id, person(id)])),
      introductions: [],
      dismissed: new Set(),
      cooldownDays: 180,
      now: NOW,
      ...over,
    });
  const cand: Candidate = { needId: 'n', seekerId: 's', providerId: 'p', requestKind: 'fundraising' };

  it("flags a suggestion for the provider's unmet vouch criteria, never for the seeker's", () => {
    const unmetFor = (id: string) => ({
      ...person(id),
      vouchCriteria: [{ label: 'worked with', met: false }],
    });
    const verdict = (seeker: GuardPerson, provider: GuardPerson) =>
      guard(
        base({
          people: new Map([
            ['s', seeker],
            ['p', provider],
          ]),
        }),
        cand,
      );
    const seekerUnmet = verdict(unmetFor('s'), person('p'));
    expect(seekerUnmet).toMatchObject({ ok: true, vouchUnmet: false, unmet: [] });
    const providerUnmet = verdict(person('s'), unmetFor('p'));
    expect(providerUnmet).toMatchObject({
      ok: true,
      vouchUnmet: true,
      unmet: [{ personId: 'p', labels: ['worked with'] }],
    });
  });

  it('lets a no-show provider be suggested again once the connector overrides it', () => {
    const withNoShow = (override: boolean) =>
      base({
        people: new Map([
          ['s', person('s')],
          ['p', person('p', { noShow: true, noShowOverride: override })],
        ]),
      });
    expect(guard(withNoShow(false), cand)).toMatchObject({ ok: false, exclusion: 'no_show' });
    expect(guard(withNoShow(true), cand).ok).toBe(true);
  });

  it('respects "not now" only for the same kind of request, and only until its date', () => {
    const later = (until: string, requestKind: string | null): GuardIntroduction => ({
      id: 'i-later',
      personA: 'p',
      personB: 'x',
      needId: null,
      state: 'snoozed',
      introducedAt: null,
      consentA: { status: 'later', at: NOW, channel: 'phone', until },
      consentB: { status: 'not_asked' },
      requestKind,
    });
    expect(guard(base({ introductions: [later('2027-03-01', 'fundraising')] }), cand)).toMatchObject({
      exclusion: 'not_now',
    });
    expect(guard(base({ introductions: [later('2027-03-01', 'hiring')] }), cand).ok).toBe(true);
    expect(guard(base({ introductions: [later('2027-02-01', 'fundraising')] }), cand).ok).toBe(true);
  });

  it('forgets a decline after the cooldown', () => {
    const declined = (daysAgo: number): GuardIntroduction => ({
      id: 'i-declined',
      personA: 'p',
      personB: 's',
      needId: null,
      state: 'declined',
      introducedAt: null,
      consentA: {
        status: 'no',
        at: new Date(NOW.getTime() - daysAgo * DAY),
        channel: 'phone',
        withdrawn: false,
      },
      consentB: { status: 'not_asked' },
      requestKind: null,
    });
    expect(guard(base({ introductions: [declined(10)] }), cand)).toMatchObject({
      exclusion: 'declined_recently',
    });
    expect(guard(base({ introductions: [declined(200)] }), cand).ok).toBe(true);
  });

  it('says a need is under way exactly while an introduction made for it is still going, over random networks', () => {
    fc.assert(
      fc.property(arbNetwork, fc.constantFrom('n0', 'n1'), (raw, needId) => {
        const net = prepareNetwork({
          people: new Map(raw.people.map((p) => [p.id, p])),
          introductions: raw.introductions,
          dismissed: new Set(),
          cooldownDays: raw.cooldownDays,
          now: NOW,
        });
        const going = raw.introductions.filter((i) => i.needId === needId && !FINAL_STATES.includes(i.state));
        const found = underWayFor(net, needId);
        if (going.length === 0) expect(found).toBeNull();
        else expect(going).toContain(found);
      }),
    );
  });

  it('gives a need back once its introduction has ended: closed, declined, expired or cancelled', () => {
    const forNeed = (state: IntroState): GuardIntroduction => ({
      id: `i-${state}`,
      personA: 's',
      personB: 'p',
      needId: 'n',
      state,
      introducedAt: null,
      consentA: { status: 'not_asked' },
      consentB: { status: 'not_asked' },
      requestKind: null,
    });
    for (const state of INTRO_STATES) {
      const net = base({ introductions: [forNeed(state)] });
      expect(underWayFor(net, 'n')?.id ?? null, state).toBe(
        FINAL_STATES.includes(state) ? null : `i-${state}`,
      );
      expect(underWayFor(net, 'other'), state).toBeNull();
    }
  });
});
