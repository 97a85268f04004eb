// The score of one suggestion — a provider document (an offer, or the provider's profile) for a need —
// and the reasons shown for it. Pure, no I/O. Every factor is a term with its contribution (the natural
// log of the factor, or the base relevance itself), and the reasons are the phrases of the terms that
// raised the score (plus the warnings that lowered it), so nothing is said that did not count.
// Monotone by construction: the score is a product of non-negative factors, each non-decreasing in
// relevance, in each side's trust, in each side's chance of a yes, and in how soon the need falls due.
import { calendarDayWords } from '../time/day-words';
import { mutualYes, type YesPrediction } from './learner';
import type { Relevance } from './relevance';

export type Urgency = 'low' | 'normal' | 'high';

/** A profile says less about what someone offers than an explicit offer does. */
export const PROFILE_WEIGHT = 0.8;
/** How much a seeker who can help the provider in turn adds, at most (a mutual relevance of 1). */
export const MUTUAL_BONUS = 0.2;
/** The floor of the yes factor: two people who will probably both say no still rank by relevance. */
const YES_FLOOR = 0.3;
/** The yes factor is relative to two people about whom nothing is known (an even chance each). */
const NEUTRAL_YES = YES_FLOOR + (1 - YES_FLOOR) * 0.25;
/** A need due within this many days ranks higher, the more the sooner. */
export const TIMING_WINDOW_DAYS = 60;
const TIMING_BONUS = 0.25;
const URGENCY_FACTOR: Record<Urgency, number> = { low: 0.95, normal: 1, high: 1.1 };
/** A side whose vouch criteria are not all met is marked, and ranks a little lower. */
const VOUCH_UNMET_FACTOR = 0.9;
/** A relevance of 1 with every other factor neutral scores about 0.78. */
const SQUASH = 1.5;

export interface ScoreSide {
  name: string;
  /** The connector's trust in this person, 1…5; null: not set (neutral). */
  trust: number | null;
  /** Labels of this person's vouch criteria that are not met. */
  unmetVouch: readonly string[];
  yes: YesPrediction;
}

export interface ScoreInput {
  need: { text: string; neededBy: string | null; urgency: Urgency };
  /** The offer that answers the need; null when the provider's profile does. */
  offer: { text: string } | null;
  /** How the provider's profile reads, for a profile match ("CFO at Ledgerly"). */
  profileSummary: string;
  seeker: ScoreSide;
  provider: ScoreSide;
  relevance: Relevance;
  /** The best relevance of what the seeker offers (or is) to the provider's open needs; null: none. */
  mutual: Relevance | null;
  /** The provider's need the seeker answers best, for the reason (when `mutual` is set). */
  mutualNeedText?: string;
  /** Today, YYYY-MM-DD (UTC). */
  today: string;
}

export type ScoreTermKind = 'relevance' | 'mutual' | 'mutual_yes' | 'trust' | 'timing' | 'urgency' | 'vouch';

export interface ScoreTerm {
  kind: ScoreTermKind;
  /** The base relevance for `relevance`; the log of the factor for every other term. */
  contribution: number;
  /** `for`: a reason when it raised the score. `against`: a warning when it lowered it. */
  tone: 'for' | 'against';
  phrase: string;
}

export interface Score {
  /** 0…1. */
  score: number;
  terms: ScoreTerm[];
  /** Plain words, each the phrase of a term that counted (see `reasonsOf`). */
  reasons: string[];
}

const DAY_MS = 86_400_000;

export function daysUntil(date: string, today: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/** A need past its date is no longer one to answer. */
export const isPastDue = (neededBy: string | null, today: string) =>
  neededBy !== null && daysUntil(neededBy, today) < 0;

export function trustFactor(trust: number | null): number {
  if (trust === null || !Number.isFinite(trust)) return 1;
  const t = Math.min(5, Math.max(1, trust));
  return 0.8 + 0.1 * (t - 1);
}

export function timingFactor(neededBy: string | null, today: string): number {
  if (neededBy === null) return 1;
  const days = Math.max(0, daysUntil(neededBy, today));
  return 1 + TIMING_BONUS * Math.max(0, 1 - days / TIMING_WINDOW_DAYS);
}

/**
 * Words that carry no request on their own. A need or offer made only of these (or of nothing) is not
 * matched: its embedding would sit near everything and suggest nonsense.
 */
const FILLER = new Set(
  'a an and are as at be but by can could do for from have help i if in into is it looking me my need needs need of on or our please some someone something that the their them they this to us want we who with would you your'.split(
    ' ',
  ),
);

/** Whether a text says anything a match could answer: at least one word that is not filler. */
export function hasSubstance(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.some((w) => !FILLER.has(w) && (w.length > 1 || /\p{N}|[^\p{Script=Latin}]/u.test(w)));
}

/**
 * Below this relevance a provider is not suggested at all, whatever else is true. On the labelled set
 * (test/fixtures/matching/relevance-set.json, 621 needs × 615 providers) 10.2% of the pairs that are not an
 * answer reach 0.25, as 10.4% reached the earlier floor of 0.2 before meaning counted more (relevance.ts,
 * WEIGHTS), so no more noise passes; 92.7% of the right answers reach it. The account-wide list keeps its own,
 * higher floor on the final score (service.ts, SUGGESTION_FLOOR).
 */
export const MIN_RELEVANCE = 0.25;

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** Quoted and cut to a readable length at a word boundary. */
export function quote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return `“${flat}”`;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `“${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…”`;
}

const MEANING_ALONE = ' — close in meaning, with no word, tag or kind of help in common';

function relevancePhrase(input: ScoreInput): string {
  const { need, offer, seeker, provider, relevance } = input;
  const by = need.neededBy ? ` by ${calendarDayWords(need.neededBy)}` : '';
  const what = offer
    ? `${provider.name} offers ${quote(offer.text)}`
    : `${provider.name}’s profile fits (${quote(input.profileSummary, 60)})`;
  // The meaning term's phrase quotes the provider's text, which `what` already does; the strongest
  // remaining terms say why (a concept answered, shared words, tags).
  const how = relevance.terms
    .filter((t) => t.contribution > 0 && t.kind !== 'meaning')
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, 3)
    .map((t) => t.phrase)
    .join('; ');
  // Meaning alone: said so, or the reason would quote two texts and leave the connector to guess what
  // joins them.
  const byMeaningAlone =
    !how && relevance.terms.some((t) => t.kind === 'meaning' && t.contribution > 0) ? MEANING_ALONE : '';
  return `${seeker.name} needs ${quote(need.text)}${by}; ${what}${how ? ` — ${how}` : byMeaningAlone}`;
}

/**
 * What the learner's terms say about each side, with names: "Lee said yes to 4 of 5 requests so far".
 * Trust and fit are left out here: the trust reason and the relevance reason say them once.
 */
function yesPhrase(input: ScoreInput): string {
  const parts: string[] = [];
  for (const [side, other] of [
    [input.provider, input.seeker],
    [input.seeker, input.provider],
  ] as const) {
    for (const t of side.yes.terms) {
      // The prior is the whole network's yes rate: the same for everyone, so it says nothing of this person.
      if (
        !(t.contribution > 0) ||
        t.phrase === '' ||
        t.kind === 'prior' ||
        t.kind === 'trust' ||
        t.kind === 'fit'
      )
        continue;
      if (t.about === 'target') parts.push(`about ${other.name}: ${t.phrase}`);
      else if (t.about === 'pair') parts.push(t.phrase);
      else parts.push(`${side.name} ${t.phrase}`);
    }
  }
  return parts.length > 0 ? parts.join('; ') : '';
}

function trustPhrase(seeker: ScoreSide, provider: ScoreSide): string {
  if (seeker.trust !== null && seeker.trust === provider.trust) return `you trust both (${seeker.trust}/5)`;
  return [seeker, provider]
    .filter((s) => s.trust !== null && trustFactor(s.trust) > 1)
    .map((s) => `you trust ${s.name} (${s.trust}/5)`)
    .join('; ');
}

/** The score of a provider document for a need, or null when nothing makes it relevant. */
export function scoreMatch(input: ScoreInput): Score | null {
  const base = clamp01(input.relevance.score) * (input.offer === null ? PROFILE_WEIGHT : 1);
  if (!(base > 0) || !(input.relevance.score >= MIN_RELEVANCE)) return null;
  const terms: ScoreTerm[] = [
    { kind: 'relevance', contribution: base, tone: 'for', phrase: relevancePhrase(input) },
  ];
  const factor = (kind: ScoreTermKind, f: number, phrase: string, tone: 'for' | 'against' = 'for') => {
    terms.push({ kind, contribution: Math.log(f), tone, phrase });
    return f;
  };
  let product = 1;
  const mutual = clamp01(input.mutual?.score ?? 0);
  if (mutual > 0) {
    const what = input.mutualNeedText
      ? `${input.provider.name} needs ${quote(input.mutualNeedText, 60)}`
      : input
          .mutual!.terms.filter((t) => t.contribution > 0)
          .map((t) => t.phrase)
          .join('; ');
    product *= factor(
      'mutual',
      1 + MUTUAL_BONUS * mutual,
      `${input.seeker.name} could help ${input.provider.name} in turn${what ? ` (${what})` : ''}`,
    );
  }
  const both = clamp01(mutualYes(input.seeker.yes, input.provider.yes));
  product *= factor('mutual_yes', (YES_FLOOR + (1 - YES_FLOOR) * both) / NEUTRAL_YES, yesPhrase(input));
  product *= factor(
    'trust',
    trustFactor(input.seeker.trust) * trustFactor(input.provider.trust),
    trustPhrase(input.seeker, input.provider),
  );
  const timing = timingFactor(input.need.neededBy, input.today);
  if (input.need.neededBy !== null) {
    const days = Math.max(0, daysUntil(input.need.neededBy, input.today));
    const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
    // The date itself is in the first reason ("… by 1 Mar 2027"); this one says how soon that is.
    product *= factor('timing', timing, `due ${when}`);
  }
  if (input.need.urgency !== 'normal') {
    product *= factor(
      'urgency',
      URGENCY_FACTOR[input.need.urgency],
      input.need.urgency === 'high' ? 'marked urgent' : 'marked low urgency',
    );
  }
  for (const side of [input.seeker, input.provider]) {
    if (side.unmetVouch.length === 0) continue;
    product *= factor(
      'vouch',
      VOUCH_UNMET_FACTOR,
      `vouch criteria not met for ${side.name}: ${side.unmetVouch.join(', ')}`,
      'against',
    );
  }
  // Squashed rather than capped, so the order of strong matches survives: strictly increasing in both.
  const score = clamp01(1 - Math.exp(-SQUASH * base * product));
  return { score, terms, reasons: reasonsOf(terms) };
}

/**
 * The most `scoreMatch(…).score` can be relative to the relevance, for a need due `neededBy` with this
 * urgency, whoever the two people are: every factor at its highest (a seeker who answers the provider's
 * need fully, both sure to say yes, both trusted 5/5), and 1 − e^(−x) ≤ x. What lets a search stop early.
 */
export function maxScoreFactor(need: { neededBy: string | null; urgency: Urgency }, today: string): number {
  const most =
    (1 + MUTUAL_BONUS) *
    (1 / NEUTRAL_YES) *
    trustFactor(5) ** 2 *
    timingFactor(need.neededBy, today) *
    Math.max(1, URGENCY_FACTOR[need.urgency]);
  return SQUASH * most;
}

/** The terms that count as reasons: those that raised the score, and the warnings that lowered it. */
export function contributed(term: ScoreTerm): boolean {
  return term.phrase !== '' && (term.tone === 'for' ? term.contribution > 0 : term.contribution < 0);
}

export function reasonsOf(terms: readonly ScoreTerm[]): string[] {
  return terms.filter(contributed).map((t) => t.phrase);
}
