// The calendar feed's SQL: the feed row (only the secret's hash), and the dated things the feed shows.
import { and, eq, inArray, isNotNull, max } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { accounts, calendarFeeds, introductions, needs, people, tagCadences } from '../db/schema';
import { livePeopleOf } from '../people/repository';

export async function saveFeed(db: DbOrTx, accountId: string, secretHash: string, now: Date): Promise<void> {
  await db
    .insert(calendarFeeds)
    .values({ accountId, secretHash, createdAt: now })
    .onConflictDoUpdate({ target: calendarFeeds.accountId, set: { secretHash, createdAt: now } });
}

export async function deleteFeed(db: DbOrTx, accountId: string): Promise<boolean> {
  const rows = await db
    .delete(calendarFeeds)
    .where(eq(calendarFeeds.accountId, accountId))
    .returning({ accountId: calendarFeeds.accountId });
  return rows.length > 0;
}

export async function findFeed(db: DbOrTx, accountId: string) {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.accountId, accountId));
  return row;
}

/** The account a feed secret opens, with its time zone; undefined for an unknown or revoked secret. */
export async function accountOfFeed(db: DbOrTx, secretHash: string) {
  const [row] = await db
    .select({ accountId: accounts.id, timeZone: accounts.timeZone })
    .from(calendarFeeds)
    .innerJoin(accounts, eq(accounts.id, calendarFeeds.accountId))
    .where(eq(calendarFeeds.secretHash, secretHash));
  return row;
}

/** Introductions with a date ahead: a follow-up (introduced) or a check-back (snoozed). */
export async function datedIntroductions(db: DbOrTx, accountId: string) {
  return db
    .select()
    .from(introductions)
    .where(
      and(eq(introductions.accountId, accountId), inArray(introductions.state, ['introduced', 'snoozed'])),
    );
}

/** Open needs with a needed-by date, of people not deleted, with the person's name. */
export async function datedNeeds(db: DbOrTx, accountId: string) {
  return db
    .select({
      id: needs.id,
      personId: needs.personId,
      text: needs.text,
      neededBy: needs.neededBy,
      updatedAt: needs.updatedAt,
      personName: people.name,
    })
    .from(needs)
    .innerJoin(people, eq(people.id, needs.personId))
    .where(
      and(
        eq(needs.accountId, accountId),
        eq(needs.status, 'open'),
        isNotNull(needs.neededBy),
        livePeopleOf(accountId),
      ),
    );
}

/** When each of these people last changed (their cadence, their last contact). */
export async function peopleChangedAt(db: DbOrTx, accountId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, Date>();
  const rows = await db
    .select({ id: people.id, updatedAt: people.updatedAt, lastContactAt: people.lastContactAt })
    .from(people)
    .where(and(eq(people.accountId, accountId), inArray(people.id, ids)));
  return new Map(
    rows.map((r) => [r.id, r.lastContactAt && r.lastContactAt > r.updatedAt ? r.lastContactAt : r.updatedAt]),
  );
}

/** The last change to any of the account's tag cadences (a change can move anyone's due date). */
export async function tagCadencesChangedAt(db: DbOrTx, accountId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(tagCadences.updatedAt) })
    .from(tagCadences)
    .where(eq(tagCadences.accountId, accountId));
  return row?.at ?? null;
}
