// Who must never be suggested to whom: pure, no I/O. Applied every time suggestions are read, with fresh
// facts, so a rule holds even while a stored list is being updated. When lists are computed only the lasting
// rules apply (`scope: 'lasting'`): what an introduction, an answer or the calendar decides passes on its own
// (a request cancelled, a cooldown over, a new month, "ask me in March" come), and a candidate left out of
// the stored list for it would not come back until the need itself changed.
// What an introduction already decides is asked of its rules (`rules.blocked`, the open states), not
// restated.
import { putForward } from '../introduction/put-forward';
import { blocked, takesConsentRequests } from '../introduction/rules';
import { type Consent, FINAL_STATES, type IntroState, PARTIES } from '../introduction/types';

/** What the guardrails know of one person. */
export interface GuardPerson {
  id: string;
  doNotIntroduce: boolean;
  hasEmail: boolean;
  /** Consent requests they still accept this month; null: no limit. 0 means over their budget. */
  requestsLeft: number | null;
  /** An introduction outcome records that they did not show up. */
  noShow: boolean;
  /** The connector vouches for them despite the no-show (`PUT /api/v1/people/{id}/no-show-override`). */
  noShowOverride: boolean;
  vouchCriteria: readonly { label: string; met: boolean }[];
}

/** An introduction between two people, as far as suggestions care. */
export interface GuardIntroduction {
  id: string;
  personA: string;
  personB: string;
  /** The need it answers, when it was made for one. */
  needId: string | null;
  state: IntroState;
  introducedAt: Date | null;
  consentA: Consent;
  consentB: Consent;
  /** The kind of request it was (the need's main tag), when known. */
  requestKind: string | null;
}

export interface GuardNetwork {
  people: ReadonlyMap<string, GuardPerson>;
  introductions: readonly GuardIntroduction[];
  /** `needId|providerId` of every dismissed suggestion. */
  dismissed: ReadonlySet<string>;
  cooldownDays: number;
  now: Date;
}

export interface Candidate {
  needId: string;
  seekerId: string;
  providerId: string;
  /** The kind of request (the need's main tag), when known. */
  requestKind: string | null;
}

export const EXCLUSIONS = [
  'unknown_person',
  'self',
  'do_not_introduce',
  'no_email',
  'already_introduced',
  'open_introduction',
  'declined_recently',
  'over_budget',
  'not_now',
  'no_show',
  'awaiting_answer',
  'dismissed',
] as const;
export type Exclusion = (typeof EXCLUSIONS)[number];

export type Verdict =
  | { ok: false; exclusion: Exclusion; personId?: string }
  | { ok: true; vouchUnmet: boolean; unmet: { personId: string; labels: string[] }[] };

export const dismissalKey = (needId: string, providerId: string) => `${needId}|${providerId}`;
const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);

const DAY_MS = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The pair-level history, indexed once per network. */
export interface PreparedNetwork extends GuardNetwork {
  byPair: ReadonlyMap<string, GuardIntroduction[]>;
  /** Each person's "not now" answers still in the future: the kinds of request they cover. */
  notNow: ReadonlyMap<string, (string | null)[]>;
  /** Needs with an introduction made for them still going (see `underWay`), with that introduction. */
  underWay: ReadonlyMap<string, GuardIntroduction>;
  /** People asked for their consent who have not answered while it still asks (`rules.takesConsentRequests`). */
  awaiting: ReadonlyMap<string, GuardIntroduction>;
}

export function prepareNetwork(net: GuardNetwork): PreparedNetwork {
  const byPair = new Map<string, GuardIntroduction[]>();
  const notNow = new Map<string, (string | null)[]>();
  const underWay = new Map<string, GuardIntroduction>();
  const awaiting = new Map<string, GuardIntroduction>();
  const today = isoDay(net.now);
  for (const intro of net.introductions) {
    const key = pairKey(intro.personA, intro.personB);
    byPair.set(key, [...(byPair.get(key) ?? []), intro]);
    if (intro.needId !== null && answersNeed(intro) && !underWay.has(intro.needId)) {
      underWay.set(intro.needId, intro);
    }
    for (const [person, consent] of [
      [intro.personA, intro.consentA],
      [intro.personB, intro.consentB],
    ] as const) {
      if (consent.status === 'later' && consent.until > today) {
        notNow.set(person, [...(notNow.get(person) ?? []), intro.requestKind]);
      }
      if (consent.status === 'asked' && takesConsentRequests(intro.state) && !awaiting.has(person)) {
        awaiting.set(person, intro);
      }
    }
  }
  return { ...net, byPair, notNow, underWay, awaiting };
}

/**
 * An introduction made for a need that is still going (being drafted, asked, snoozed, ready, made, followed
 * up): the need is being answered. The account-wide list leaves such needs out — a second provider for the
 * same need while the first is under way is not one of the few introductions worth making now — while the
 * seeker's page still shows who else could help, saying which introduction is under way. Once it ends
 * (closed, declined, expired, cancelled) the need is back in the list until it is marked met.
 */
const answersNeed = (intro: GuardIntroduction) => !FINAL_STATES.includes(intro.state);

/** The introduction under way for this need, or null. */
export function underWayFor(net: PreparedNetwork, needId: string): GuardIntroduction | null {
  return net.underWay.get(needId) ?? null;
}

/** An unknown kind on either side is treated as the same kind: "not now" is respected when in doubt. */
const sameKind = (a: string | null, b: string | null) => a === null || b === null || a === b;

function declinedWithin(consent: Consent, since: number): boolean {
  return consent.status === 'no' && consent.at.getTime() >= since;
}

/** The facts `rules.blocked` asks of one side. */
const partyFacts = (p: GuardPerson) => ({ doNotIntroduce: p.doNotIntroduce, hasEmail: p.hasEmail });

/** The same limit a consent request is refused at (`over_budget` in the transition). */
const overBudget = (p: GuardPerson) => p.requestsLeft === 0;

/** A provider who did not show up is not put forward again until the connector vouches for them. */
const noShowHoldsBack = (p: GuardPerson) => p.noShow && !p.noShowOverride;

/**
 * A provider who has not answered a request yet is not put forward for another one: a good connector waits
 * for that answer rather than piling a second ask on a busy person. Their own requests as a seeker go on.
 */
const awaitsAnswer = (net: PreparedNetwork, providerId: string) => net.awaiting.has(providerId);

/** The person-level exclusions: they hold whatever the need, the other side and the history between them. */
export const PERSON_EXCLUSIONS = [
  'do_not_introduce',
  'no_email',
  'over_budget',
  'no_show',
  'awaiting_answer',
] as const satisfies readonly Exclusion[];
export type PersonExclusion = (typeof PERSON_EXCLUSIONS)[number];

/** The exclusion for what `rules.blocked` stopped: opted out, or no address to ask them at. */
const blockedAs = (stop: NonNullable<ReturnType<typeof blocked>>): 'do_not_introduce' | 'no_email' =>
  stop.error.code === 'opted_out' ? 'do_not_introduce' : 'no_email';

/**
 * Why no suggestion can include this person in this role at all, or null: the rules of `guard` that look
 * at them alone, so a page can say why it has nothing for them rather than that nothing matches.
 */
export function heldBack(
  net: PreparedNetwork,
  person: GuardPerson,
  role: 'seeker' | 'provider',
): PersonExclusion | null {
  const stop = blocked({ a: partyFacts(person), b: partyFacts(person) }, ['a']);
  if (stop) return blockedAs(stop);
  if (overBudget(person)) return 'over_budget';
  if (role === 'provider' && noShowHoldsBack(person)) return 'no_show';
  if (role === 'provider' && awaitsAnswer(net, person.id)) return 'awaiting_answer';
  return null;
}

/**
 * `lasting`: only the rules that hold until the people, the need or a dismissal change (each of which
 * marks the list for a refresh); `all`: every rule, as of `net.now`.
 */
export type GuardScope = 'all' | 'lasting';

export function guard(net: PreparedNetwork, c: Candidate, scope: GuardScope = 'all'): Verdict {
  const seeker = net.people.get(c.seekerId);
  const provider = net.people.get(c.providerId);
  if (!seeker || !provider) return { ok: false, exclusion: 'unknown_person' };
  if (seeker.id === provider.id) return { ok: false, exclusion: 'self' };
  // The rule every proposal and request is held to: both can be introduced and reached.
  const stop = blocked({ a: partyFacts(seeker), b: partyFacts(provider) }, PARTIES);
  if (stop) {
    return {
      ok: false,
      exclusion: blockedAs(stop),
      personId: stop.error.party === 'a' ? seeker.id : provider.id,
    };
  }
  if (net.dismissed.has(dismissalKey(c.needId, provider.id))) return { ok: false, exclusion: 'dismissed' };
  if (scope === 'all') {
    const momentary = momentaryExclusion(net, seeker, provider, c.requestKind);
    if (momentary) return momentary;
  }
  // A suggestion is a seeker/provider introduction: only the provider is vouched for.
  const unmet = putForward('seeker_provider', seeker, provider)
    .map((p) => ({ personId: p.id, labels: p.vouchCriteria.filter((v) => !v.met).map((v) => v.label) }))
    .filter((u) => u.labels.length > 0);
  return { ok: true, vouchUnmet: unmet.length > 0, unmet };
}

/** The rules that introductions, answers and the calendar decide, as of `net.now`. */
function momentaryExclusion(
  net: PreparedNetwork,
  seeker: GuardPerson,
  provider: GuardPerson,
  requestKind: string | null,
): Extract<Verdict, { ok: false }> | null {
  const since = net.now.getTime() - net.cooldownDays * DAY_MS;
  for (const intro of net.byPair.get(pairKey(seeker.id, provider.id)) ?? []) {
    if (intro.introducedAt !== null) return { ok: false, exclusion: 'already_introduced' };
    if (!FINAL_STATES.includes(intro.state)) return { ok: false, exclusion: 'open_introduction' };
    if (declinedWithin(intro.consentA, since) || declinedWithin(intro.consentB, since)) {
      return { ok: false, exclusion: 'declined_recently' };
    }
  }
  for (const person of [seeker, provider]) {
    if (overBudget(person)) return { ok: false, exclusion: 'over_budget', personId: person.id };
    if ((net.notNow.get(person.id) ?? []).some((kind) => sameKind(kind, requestKind))) {
      return { ok: false, exclusion: 'not_now', personId: person.id };
    }
  }
  if (noShowHoldsBack(provider)) {
    return { ok: false, exclusion: 'no_show', personId: provider.id };
  }
  if (awaitsAnswer(net, provider.id))
    return { ok: false, exclusion: 'awaiting_answer', personId: provider.id };
  return null;
}
