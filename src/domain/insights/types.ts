// What the insight figures are computed from (rows read by `src/insights/repository.ts`) and what they
// answer. Pure data; the API schema (`src/insights/schema.ts`) is built from the lists here.
import {
  type FollowUpAnswer,
  type IntroKind,
  type IntroState,
  OUTCOMES,
  type OutcomeKind,
  type Party,
  REQUEST_POSITIONS,
} from '../introduction/types';

/** The charts, by the name `?chart=` takes. */
export const INSIGHT_CHARTS = [
  'outcomes',
  'consent',
  'follow_ups',
  'quality',
  'referral_value',
  'help_kinds',
] as const;
export type InsightChart = (typeof INSIGHT_CHARTS)[number];

/**
 * How an introduction proposed in a month stands now: its recorded outcome, how it ended without one,
 * or `open` (not yet closed).
 */
export const OUTCOME_CATEGORIES = [...OUTCOMES, 'declined', 'expired', 'cancelled', 'open'] as const;
export type OutcomeCategory = (typeof OUTCOME_CATEGORIES)[number];

/**
 * Which side of an introduction a consent request went to: the person asked first (sequential order),
 * the person asked second once the first said yes, or both at once (parallel order). The domain's own
 * request positions, so the chart and the emails name the sides alike.
 */
export const CONSENT_SIDES = REQUEST_POSITIONS;
export type ConsentSide = (typeof CONSENT_SIDES)[number];

/** What "kind of help" a row of the help-kinds chart groups by. */
export const HELP_DIMENSIONS = ['kind', 'need_tag'] as const;
export type HelpDimension = (typeof HELP_DIMENSIONS)[number];

/** One introduction, as much as the figures read of it. */
export interface IntroRecord {
  id: string;
  kind: IntroKind;
  state: IntroState;
  createdAt: Date;
  introducedAt: Date | null;
  followUpSentAt: Date | null;
  followUpAnswers: Partial<Record<Party, FollowUpAnswer>>;
  outcome: OutcomeKind | null;
  /** The tags of the need it answered, if any. */
  needTags: string[];
}

/** A consent request going out: `party` null means both people at once (parallel order). */
export interface AskRecord {
  introductionId: string;
  /** `requested` is the first request; `second_party_asked` the second person's, after the first said yes. */
  type: 'requested' | 'second_party_asked';
  party: Party | null;
  at: Date;
}

/** One line of the consent log. */
export interface ConsentAnswerRecord {
  introductionId: string;
  party: Party;
  answer: 'yes' | 'later' | 'no' | 'withdrawn';
  at: Date;
}

/** Referrals of one month, direction, currency and status, summed by the database. */
export interface ReferralAggregate {
  /** YYYY-MM: the month of the referral's own date (a calendar date, so no zone applies). */
  month: string;
  direction: 'given' | 'received';
  currency: string | null;
  status: 'open' | 'won' | 'lost';
  count: number;
  estimated: number;
  closed: number;
}

/** The local calendar dates the figures cover, both ends included. */
export interface InsightRange {
  from: string;
  to: string;
}
