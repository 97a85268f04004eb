import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseEmail, phoneKey } from '../domain/contact/normalise';
import { OUTCOMES } from '../domain/introduction/types';
import { InteractionInput, InteractionType } from '../interactions/schema';
import { NeedInput } from '../needs/schema';
import { OfferInput } from '../offers/schema';
import { PersonInput } from '../people/schema';
import { type DemoNetwork, generateDemoNetwork } from './generator';
import { PROFESSIONS } from './professions';

const now = new Date('2026-01-15T09:00:00.000Z');
const TWO_YEARS = 730 * 86_400_000;
const network = generateDemoNetwork({ seed: 1, now });
const all = <T>(f: (p: DemoNetwork['people'][number]) => T[]) => network.people.flatMap(f);

/** Every open need has an active offer with the same topic tag from someone else. */
function unmatchedNeeds(net: DemoNetwork): string[] {
  const out: string[] = [];
  net.people.forEach((seeker, i) => {
    for (const n of seeker.needs.filter((x) => x.input.status === 'open')) {
      const tag = n.input.tags[0]!;
      const matched = net.people.some(
        (p, j) => j !== i && p.offers.some((o) => o.input.status === 'active' && o.input.tags.includes(tag)),
      );
      if (!matched) out.push(`${seeker.person.name}: ${n.input.text}`);
    }
  });
  return out;
}

/** Phones and emails held by more than one person, as the identity rule compares them. */
function sharedContacts(net: DemoNetwork): string[] {
  const holders = new Map<string, Set<string>>();
  for (const { person } of net.people) {
    const keys = [
      ...person.phones.map((p) => `phone ${phoneKey(p) ?? p}`),
      ...person.emails.map((e) => `email ${normaliseEmail(e) ?? e}`),
    ];
    for (const key of keys) holders.set(key, (holders.get(key) ?? new Set()).add(person.name));
  }
  return [...holders].filter(([, names]) => names.size > 1).map(([key, names]) => `${key}: ${[...names]}`);
}

describe('demo network generator', () => {
  it('is deterministic: the same seed and clock give the same network, another seed another', () => {
    expect(generateDemoNetwork({ seed: 1, now })).toEqual(network);
    const other = generateDemoNetwork({ seed: 2, now });
    expect(other.people.map((p) => p.person.name)).not.toEqual(network.people.map((p) => p.person.name));
  });

  it('has at least 200 people with unique names, across every profession', () => {
    expect(network.people.length).toBeGreaterThanOrEqual(200);
    expect(new Set(network.people.map((p) => p.person.name)).size).toBe(network.people.length);
    const professions = new Set(network.people.map((p) => p.profession));
    expect([...professions].sort()).toEqual(PROFESSIONS.map((p) => p.key).sort());
    for (const key of [
      'founder',
      'investor',
      'lawyer',
      'designer',
      'engineer',
      'recruiter',
      'accountant',
      'marketer',
      'community-organiser',
      'journalist',
      'doctor',
    ]) {
      expect(network.people.filter((p) => p.profession === key).length, key).toBeGreaterThanOrEqual(2);
    }
  });

  it('produces input the API schemas accept unchanged', () => {
    for (const p of network.people) {
      expect(PersonInput.parse(p.person)).toEqual(p.person);
      for (const n of p.needs) expect(NeedInput.parse(n.input)).toEqual(n.input);
      for (const o of p.offers) expect(OfferInput.parse(o.input)).toEqual(o.input);
      for (const x of p.interactions) expect(InteractionInput.safeParse(x).success).toBe(true);
    }
  });

  it('fills every template and uses only reserved example domains', () => {
    const texts = [
      ...all((p) => [p.person.blurb, p.person.privateNotes, p.person.company, p.person.title]),
      ...all((p) => p.needs.map((n) => n.input.text)),
      ...all((p) => p.offers.flatMap((o) => [o.input.text, o.input.idealCounterpart])),
      ...all((p) => p.interactions.map((x) => x.note)),
    ];
    expect(texts.filter((t) => /[{}]/.test(t))).toEqual([]);
    expect(texts.filter((t) => /\ba [AEIOU]/.test(t))).toEqual([]);
    for (const email of all((p) => p.person.emails)) expect(email).toMatch(/@[a-z0-9]+\.example$/);
    for (const link of all((p) => p.person.links)) {
      expect(link.url).toMatch(/^https:\/\/(www\.linkedin\.com\/in\/[a-z0-9-]+|[a-z0-9]+\.example)$/);
    }
  });

  it('varies trust, vouching, caveats, notes, intro preferences and keep-in-touch cadences', () => {
    const trust = new Set(network.people.map((p) => p.person.trust));
    expect([...trust].sort()).toEqual([1, 2, 3, 4, 5, null]);
    const some = (f: (p: DemoNetwork['people'][number]) => boolean) => network.people.filter(f).length;
    expect(some((p) => p.person.vouchCriteria.some((v) => v.met))).toBeGreaterThan(20);
    expect(some((p) => p.person.vouchCriteria.some((v) => !v.met))).toBeGreaterThan(10);
    expect(some((p) => p.person.caveats.length > 0)).toBeGreaterThan(20);
    expect(some((p) => p.person.privateNotes !== '')).toBeGreaterThan(40);
    expect(some((p) => p.person.introPreferences.askFirst)).toBeGreaterThan(10);
    const doNot = some((p) => p.person.introPreferences.doNotIntroduce);
    expect(doNot).toBeGreaterThanOrEqual(1);
    expect(doNot).toBeLessThan(network.people.length / 10);
    expect(some((p) => p.person.keepInTouch.idealDays !== null)).toBeGreaterThan(60);
  });

  it('has open and met needs with urgency and deadlines, and offers with ideal counterparts', () => {
    const needs = all((p) => p.needs.map((n) => n.input));
    expect(needs.filter((n) => n.status === 'open').length).toBeGreaterThan(50);
    expect(needs.filter((n) => n.status === 'met').length).toBeGreaterThan(10);
    expect(new Set(needs.map((n) => n.urgency))).toEqual(new Set(['low', 'normal', 'high']));
    const open = needs.filter((n) => n.status === 'open' && n.neededBy);
    expect(open.length).toBeGreaterThan(20);
    // Dates are ahead, bar the one deliberately past (Today shows it overdue); one falls within the week.
    const today = now.toISOString().slice(0, 10);
    expect(open.filter((n) => n.neededBy! <= today).map((n) => n.neededBy)).toEqual(['2026-01-13']);
    expect(open.some((n) => n.neededBy! > today && n.neededBy! <= '2026-01-22')).toBe(true);
    const offers = all((p) => p.offers.map((o) => o.input));
    expect(offers.length).toBeGreaterThan(150);
    expect(offers.every((o) => o.idealCounterpart.length > 0)).toBe(true);
  });

  it('gives no two people the same phone number or email address', () => {
    expect(all((p) => p.person.phones).length).toBeGreaterThan(100);
    expect(sharedContacts(network)).toEqual([]);
  });

  it('plans introductions in every state between different, askable people', () => {
    const intros = network.introductions;
    expect(intros.length).toBeGreaterThanOrEqual(15);
    expect(intros.length).toBeLessThanOrEqual(25);
    const everyone = intros.flatMap((x) => [x.a, x.b]);
    expect(new Set(everyone).size).toBe(everyone.length);
    for (const i of everyone) {
      const { person } = network.people[i]!;
      expect(person.emails.length).toBeGreaterThan(0);
      expect(person.introPreferences.doNotIntroduce).toBe(false);
    }
    // A seeker's open need, answered by an active offer of the provider on the same topic.
    for (const x of intros.filter((i) => i.kind === 'seeker_provider')) {
      const need = network.people[x.a]!.needs[x.need!]!.input;
      expect(need.status).toBe('open');
      const offers = network.people[x.b]!.offers.filter((o) => o.input.status === 'active');
      expect(offers.some((o) => o.input.tags.includes(need.tags[0]!))).toBe(true);
    }
    expect(intros.filter((i) => i.kind === 'peers').length).toBeGreaterThan(0);
    // Every step happens after the proposal, in order, and none after now.
    for (const x of intros) {
      const times = [x.proposedAt, ...x.steps.map((s) => s.at)].map((d) => d.getTime());
      expect(times).toEqual([...times].sort((p, q) => p - q));
      expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime());
    }
    const events = intros.flatMap((x) => x.steps.map((s) => s.event));
    const outcomes = events.flatMap((e) => (e.type === 'record_outcome' ? [e.outcome] : []));
    expect(new Set(outcomes)).toEqual(new Set(OUTCOMES));
    for (const type of [
      'request',
      'remind',
      'expire',
      'introduce',
      'follow_up',
      'follow_up_answer',
      'cancel',
    ])
      expect(events.some((e) => e.type === type)).toBe(true);
    expect(intros.flatMap((x) => x.steps).filter((s) => s.bounces)).toHaveLength(1);
  });

  it('writes each introduction’s reason as whole sentences, the need and the offer each ending with a full stop', () => {
    const reasons = network.introductions.filter((x) => x.kind === 'seeker_provider').map((x) => x.reason);
    expect(reasons.length).toBeGreaterThan(0);
    // People read the reason in the consent email and page: "…climate” Deepa offers" ran two sentences together.
    for (const reason of reasons)
      expect(reason).toMatch(/^[^.]+ is looking for this: “[^”]+”\. \S+ offers: “[^”]+”\.$/);
  });

  it('gives every open need an active offer on the same topic from someone else', () => {
    expect(unmatchedNeeds(network)).toEqual([]);
  });

  it('records interactions of every type, all within the last two years', () => {
    const interactions = all((p) => p.interactions);
    expect(interactions.length).toBeGreaterThan(500);
    expect(new Set(interactions.map((x) => x.type))).toEqual(new Set(InteractionType.options));
    for (const x of interactions) {
      const t = new Date(x.occurredAt!).getTime();
      expect(t).toBeLessThanOrEqual(now.getTime());
      expect(t).toBeGreaterThan(now.getTime() - TWO_YEARS);
    }
    // Spread over the period, not bunched: both years have plenty.
    const recent = interactions.filter(
      (x) => new Date(x.occurredAt!).getTime() > now.getTime() - TWO_YEARS / 2,
    );
    expect(recent.length / interactions.length).toBeGreaterThan(0.35);
    expect(recent.length / interactions.length).toBeLessThan(0.65);
  });

  it('keeps its guarantees for any seed and size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2_000_000, max: 2_000_000 }),
        fc.integer({ min: 17, max: 80 }),
        (seed, size) => {
          const net = generateDemoNetwork({ seed, now, size });
          expect(net.people).toHaveLength(size);
          expect(new Set(net.people.map((p) => p.profession)).size).toBe(PROFESSIONS.length);
          expect(unmatchedNeeds(net)).toEqual([]);
          expect(sharedContacts(net)).toEqual([]);
          const everyone = net.introductions.flatMap((x) => [x.a, x.b]);
          expect(new Set(everyone).size).toBe(everyone.length);
          for (const p of net.people) expect(PersonInput.safeParse(p.person).success).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  });
});
