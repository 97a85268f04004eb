// The rows the insight figures are computed from. Every query is scoped by account id. Introductions,
// their requests and answers are few (hundreds) and read as rows; referrals can be thousands and are
// summed by the database per month, direction, currency and status.
import { and, eq, gte, inArray, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { consentLog, introductionEvents, introductions, needs, referrals } from '../db/schema';
import type {
  AskRecord,
  ConsentAnswerRecord,
  IntroRecord,
  ReferralAggregate,
} from '../domain/insights/types';

export { accountTimeZone } from '../keep-in-touch/repository';

/**
 * Introductions that can count in the figures: proposed before `end`, and proposed, made or followed up
 * at or after `start`.
 */
export async function introductionRecords(
  db: DbOrTx,
  accountId: string,
  start: Date,
  end: Date,
): Promise<IntroRecord[]> {
  const rows = await db
    .select({
      id: introductions.id,
      kind: introductions.kind,
      state: introductions.state,
      createdAt: introductions.createdAt,
      introducedAt: introductions.introducedAt,
      followUpSentAt: introductions.followUpSentAt,
      followUpAnswers: introductions.followUpAnswers,
      outcome: introductions.outcome,
      needTags: needs.tags,
    })
    .from(introductions)
    .leftJoin(needs, and(eq(needs.id, introductions.needId), eq(needs.accountId, accountId)))
    .where(
      and(
        eq(introductions.accountId, accountId),
        lt(introductions.createdAt, end),
        or(
          gte(introductions.createdAt, start),
          gte(introductions.introducedAt, start),
          gte(introductions.followUpSentAt, start),
        ),
      ),
    );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    state: r.state,
    createdAt: r.createdAt,
    introducedAt: r.introducedAt,
    followUpSentAt: r.followUpSentAt,
    followUpAnswers: Object.fromEntries(
      Object.entries(r.followUpAnswers).flatMap(([party, a]) => (a ? [[party, a.answer]] : [])),
    ),
    outcome: r.outcome?.kind ?? null,
    needTags: r.needTags ?? [],
  }));
}

const ASK_TYPES = ['requested', 'second_party_asked'] as const;
const isAskType = (t: string): t is AskRecord['type'] => (ASK_TYPES as readonly string[]).includes(t);

/** The first and second consent requests of these introductions sent in [start, end). */
export async function askRecords(
  db: DbOrTx,
  accountId: string,
  introductionIds: readonly string[],
  start: Date,
  end: Date,
): Promise<AskRecord[]> {
  if (introductionIds.length === 0) return [];
  const rows = await db
    .select({
      introductionId: introductionEvents.introductionId,
      type: introductionEvents.type,
      party: introductionEvents.party,
      at: introductionEvents.createdAt,
    })
    .from(introductionEvents)
    .where(
      and(
        eq(introductionEvents.accountId, accountId),
        inArray(introductionEvents.introductionId, [...introductionIds]),
        inArray(introductionEvents.type, [...ASK_TYPES]),
        gte(introductionEvents.createdAt, start),
        lt(introductionEvents.createdAt, end),
      ),
    );
  return rows.flatMap((r) =>
    isAskType(r.type) ? [{ introductionId: r.introductionId, type: r.type, party: r.party, at: r.at }] : [],
  );
}

/** Consent answers recorded from `start` on (answers to requests made before `end` may come later). */
export async function consentAnswers(
  db: DbOrTx,
  accountId: string,
  start: Date,
): Promise<ConsentAnswerRecord[]> {
  const rows = await db
    .select({
      introductionId: consentLog.introductionId,
      party: consentLog.party,
      answer: consentLog.answer,
      at: consentLog.createdAt,
    })
    .from(consentLog)
    .where(and(eq(consentLog.accountId, accountId), gte(consentLog.createdAt, start)));
  return rows.map((r) => ({ introductionId: r.introductionId, party: r.party, answer: r.answer, at: r.at }));
}

/** Referrals dated from `from` to `to` (inclusive), summed per month, direction, currency and status. */
export async function referralAggregates(
  db: DbOrTx,
  accountId: string,
  from: string,
  to: string,
): Promise<ReferralAggregate[]> {
  const month = sql<string>`to_char(${referrals.date}, 'YYYY-MM')`;
  const rows = await db
    .select({
      month,
      direction: referrals.direction,
      currency: referrals.currency,
      status: referrals.status,
      count: sql<number>`count(*)::int`,
      estimated: sql<string>`coalesce(sum(${referrals.estimatedValue}), 0)::text`,
      closed: sql<string>`coalesce(sum(${referrals.closedValue}), 0)::text`,
    })
    .from(referrals)
    .where(
      and(
        eq(referrals.accountId, accountId),
        sql`${referrals.date} >= ${from}::date`,
        sql`${referrals.date} <= ${to}::date`,
      ),
    )
    .groupBy(month, referrals.direction, referrals.currency, referrals.status);
  return rows.map((r) => ({
    month: r.month,
    direction: r.direction,
    currency: r.currency,
    status: r.status,
    count: Number(r.count),
    estimated: Number(r.estimated),
    closed: Number(r.closed),
  }));
}
