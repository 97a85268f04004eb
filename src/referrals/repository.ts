// All SQL of the referral ledger. Every query is scoped by account id.
import { and, desc, eq, gte, inArray, isNotNull, lt, lte, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { introductionOutcomes, introductions, needs, people, referrals } from '../db/schema';
import { livePeopleOf } from '../people/repository';
import { IsoDate } from '../shared/common-schema';

export type ReferralRow = typeof referrals.$inferSelect;
export type NewReferral = Omit<typeof referrals.$inferInsert, 'id' | 'accountId'>;
export type ReferralChanges = Partial<Omit<NewReferral, 'createdAt' | 'introductionId'>>;

/** Where the previous page ended: newest first by (date, id). */
export const ReferralCursor = z.object({ date: IsoDate, id: z.uuid() });
export type ReferralCursor = z.infer<typeof ReferralCursor>;

export interface ReferralFilters {
  person?: string;
  direction?: ReferralRow['direction'];
  status?: ReferralRow['status'];
  from?: string;
  to?: string;
}

export async function insertReferral(
  db: DbOrTx,
  accountId: string,
  values: NewReferral,
): Promise<ReferralRow> {
  const [row] = await db
    .insert(referrals)
    .values({ ...values, accountId })
    .returning();
  return row!;
}

/**
 * The referral an introduction closed with business done, written once: a retry or replay of the same
 * close finds the introduction's referral already there (unique index) and writes nothing.
 */
export async function insertReferralOnce(
  db: DbOrTx,
  accountId: string,
  values: NewReferral & { introductionId: string },
): Promise<ReferralRow | undefined> {
  const [row] = await db
    .insert(referrals)
    .values({ ...values, accountId })
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function findReferral(
  db: DbOrTx,
  accountId: string,
  id: string,
): Promise<ReferralRow | undefined> {
  const [row] = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.accountId, accountId), eq(referrals.id, id)));
  return row;
}

export async function findReferralOfIntroduction(
  db: DbOrTx,
  accountId: string,
  introductionId: string,
): Promise<ReferralRow | undefined> {
  const [row] = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.accountId, accountId), eq(referrals.introductionId, introductionId)));
  return row;
}

export async function updateReferral(
  db: DbOrTx,
  accountId: string,
  id: string,
  changes: ReferralChanges,
): Promise<ReferralRow | undefined> {
  const [row] = await db
    .update(referrals)
    .set(changes)
    .where(and(eq(referrals.accountId, accountId), eq(referrals.id, id)))
    .returning();
  return row;
}

export async function deleteReferral(
  db: DbOrTx,
  accountId: string,
  id: string,
): Promise<ReferralRow | undefined> {
  const [row] = await db
    .delete(referrals)
    .where(and(eq(referrals.accountId, accountId), eq(referrals.id, id)))
    .returning();
  return row;
}

const involving = (personId: string): SQL =>
  or(
    eq(referrals.referrerId, personId),
    eq(referrals.fromPersonId, personId),
    eq(referrals.toPersonId, personId),
  )!;

/** Newest first by (date, id), `limit + 1` rows so the caller knows whether a page follows. */
export async function listReferrals(
  db: DbOrTx,
  accountId: string,
  f: ReferralFilters,
  limit: number,
  after?: ReferralCursor,
): Promise<ReferralRow[]> {
  return db
    .select()
    .from(referrals)
    .where(
      and(
        eq(referrals.accountId, accountId),
        f.person ? involving(f.person) : undefined,
        f.direction ? eq(referrals.direction, f.direction) : undefined,
        f.status ? eq(referrals.status, f.status) : undefined,
        f.from ? gte(referrals.date, f.from) : undefined,
        f.to ? lte(referrals.date, f.to) : undefined,
        after
          ? or(
              lt(referrals.date, after.date),
              and(eq(referrals.date, after.date), lt(referrals.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(referrals.date), desc(referrals.id))
    .limit(limit + 1);
}

/** Names of the people referrals name (a deleted person keeps the name their tombstone carries). */
export async function namesOf(
  db: DbOrTx,
  accountId: string,
  ids: string[],
): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.accountId, accountId), inArray(people.id, ids)));
}

/** Which of `ids` are live people of the account. */
export async function livePeopleIds(db: DbOrTx, accountId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(and(livePeopleOf(accountId), inArray(people.id, ids)));
  return new Set(rows.map((r) => r.id));
}

export async function introductionExists(db: DbOrTx, accountId: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: introductions.id })
    .from(introductions)
    .where(and(eq(introductions.accountId, accountId), eq(introductions.id, id)));
  return row !== undefined;
}

/** Referrals received with a referrer, made on or after `from`. */
export async function referralsReceivedSince(db: DbOrTx, accountId: string, from: string) {
  return db
    .select({
      id: referrals.id,
      referrerId: referrals.referrerId,
      about: referrals.about,
      date: referrals.date,
    })
    .from(referrals)
    .where(
      and(
        eq(referrals.accountId, accountId),
        eq(referrals.direction, 'received'),
        isNotNull(referrals.referrerId),
        gte(referrals.date, from),
      ),
    );
}

/**
 * Introductions judged helpful since `from` (the connector's outcome, or a follow-up answer), with who
 * judged and both people, so the domain can tell who helped.
 */
export async function helpfulIntroductionsSince(db: DbOrTx, accountId: string, from: Date) {
  return db
    .select({
      introductionId: introductions.id,
      kind: introductions.kind,
      reason: introductions.reason,
      personAId: introductions.personAId,
      personBId: introductions.personBId,
      judgedBy: introductionOutcomes.personId,
      source: introductionOutcomes.source,
      at: introductionOutcomes.createdAt,
    })
    .from(introductionOutcomes)
    .innerJoin(introductions, eq(introductions.id, introductionOutcomes.introductionId))
    .where(
      and(
        eq(introductionOutcomes.accountId, accountId),
        gte(introductionOutcomes.createdAt, from),
        inArray(introductionOutcomes.outcome, ['met_helpful', 'business_done']),
      ),
    );
}

/** The open needs of these people. */
export async function openNeedsOf(db: DbOrTx, accountId: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .select({ id: needs.id, personId: needs.personId, text: needs.text })
    .from(needs)
    .where(and(eq(needs.accountId, accountId), eq(needs.status, 'open'), inArray(needs.personId, personIds)))
    .orderBy(desc(needs.createdAt), desc(needs.id));
}
