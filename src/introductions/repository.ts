// All SQL for introductions, their logs, tokens and outcomes. Every query is scoped by account id, except
// the sweeps' search for due work (which then acts per account) and token lookup by hash (a token names
// its account).
import { and, asc, desc, eq, inArray, isNull, lt, lte, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import {
  type ConsentTokenRow,
  consentLog,
  consentTokens,
  type IntroductionRow,
  introductionEvents,
  introductionOutcomes,
  introductions,
  people,
} from '../db/schema';
import { OPEN_STATES } from '../domain/introduction/types';

export type NewIntroduction = typeof introductions.$inferInsert;
export type IntroductionChanges = Partial<Omit<NewIntroduction, 'id' | 'accountId' | 'version'>>;

export async function insertIntroduction(db: DbOrTx, values: NewIntroduction): Promise<IntroductionRow> {
  const [row] = await db.insert(introductions).values(values).returning();
  return row!;
}

export async function findIntroduction(
  db: DbOrTx,
  accountId: string,
  id: string,
): Promise<IntroductionRow | undefined> {
  const [row] = await db
    .select()
    .from(introductions)
    .where(and(eq(introductions.accountId, accountId), eq(introductions.id, id)));
  return row;
}

/** Locks the introduction until the transaction ends: concurrent changes to it apply one after another. */
export async function lockIntroduction(
  db: DbOrTx,
  accountId: string,
  id: string,
): Promise<IntroductionRow | undefined> {
  const [row] = await db
    .select()
    .from(introductions)
    .where(and(eq(introductions.accountId, accountId), eq(introductions.id, id)))
    .for('update');
  return row;
}

/** Applies changes only if nobody changed the row since `version` was read; undefined otherwise. */
export async function updateIntroduction(
  db: DbOrTx,
  accountId: string,
  id: string,
  version: number,
  changes: IntroductionChanges,
): Promise<IntroductionRow | undefined> {
  const [row] = await db
    .update(introductions)
    .set({ ...changes, version: version + 1 })
    .where(
      and(
        eq(introductions.accountId, accountId),
        eq(introductions.id, id),
        eq(introductions.version, version),
      ),
    )
    .returning();
  return row;
}

export async function findOpenBetween(
  db: DbOrTx,
  accountId: string,
  personX: string,
  personY: string,
): Promise<IntroductionRow | undefined> {
  const [row] = await db
    .select()
    .from(introductions)
    .where(
      and(
        eq(introductions.accountId, accountId),
        inArray(introductions.state, OPEN_STATES),
        or(
          and(eq(introductions.personAId, personX), eq(introductions.personBId, personY)),
          and(eq(introductions.personAId, personY), eq(introductions.personBId, personX)),
        ),
      ),
    );
  return row;
}

export interface ListQuery {
  states?: IntroductionRow['state'][];
  personId?: string;
  limit: number;
  after?: { at: Date; id: string };
}

/** Most recently changed first. */
export async function listIntroductions(
  db: DbOrTx,
  accountId: string,
  q: ListQuery,
): Promise<IntroductionRow[]> {
  const where: (SQL | undefined)[] = [eq(introductions.accountId, accountId)];
  if (q.states?.length) where.push(inArray(introductions.state, q.states));
  if (q.personId)
    where.push(or(eq(introductions.personAId, q.personId), eq(introductions.personBId, q.personId)));
  if (q.after) {
    where.push(
      or(
        lt(introductions.updatedAt, q.after.at),
        and(eq(introductions.updatedAt, q.after.at), lt(introductions.id, q.after.id)),
      ),
    );
  }
  return db
    .select()
    .from(introductions)
    .where(and(...where))
    .orderBy(desc(introductions.updatedAt), desc(introductions.id))
    .limit(q.limit + 1);
}

export async function listInStates(
  db: DbOrTx,
  accountId: string,
  states: IntroductionRow['state'][],
  limit = 500,
): Promise<IntroductionRow[]> {
  return db
    .select()
    .from(introductions)
    .where(and(eq(introductions.accountId, accountId), inArray(introductions.state, states)))
    .orderBy(asc(introductions.updatedAt))
    .limit(limit);
}

/** Introductions (of any account) with a timed event due; the sweeps then act on each in its account. */
export async function dueIntroductions(
  db: DbOrTx,
  now: Date,
  limit: number,
): Promise<{ id: string; accountId: string }[]> {
  return db
    .select({ id: introductions.id, accountId: introductions.accountId })
    .from(introductions)
    .where(lte(introductions.nextDueAt, now))
    .orderBy(asc(introductions.nextDueAt))
    .limit(limit);
}

/** Every introduction one person is in, either side, oldest first. */
export async function introductionsOfPerson(
  db: DbOrTx,
  accountId: string,
  personId: string,
): Promise<IntroductionRow[]> {
  return db
    .select()
    .from(introductions)
    .where(
      and(
        eq(introductions.accountId, accountId),
        or(eq(introductions.personAId, personId), eq(introductions.personBId, personId)),
      ),
    )
    .orderBy(asc(introductions.createdAt), asc(introductions.id));
}

/** The two people of many introductions: their names and the facts the rules look at. */
export async function partyPeople(db: DbOrTx, accountId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: people.id,
      name: people.name,
      emails: people.emails,
      introPreferences: people.introPreferences,
    })
    .from(people)
    .where(and(eq(people.accountId, accountId), inArray(people.id, [...new Set(ids)])));
}

export async function personNames(
  db: DbOrTx,
  accountId: string,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.accountId, accountId), inArray(people.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export const insertEvents = (db: DbOrTx, rows: (typeof introductionEvents.$inferInsert)[]) =>
  rows.length ? db.insert(introductionEvents).values(rows) : Promise.resolve();

export const insertConsentLog = (db: DbOrTx, rows: (typeof consentLog.$inferInsert)[]) =>
  rows.length ? db.insert(consentLog).values(rows) : Promise.resolve();

export const insertOutcomes = (db: DbOrTx, rows: (typeof introductionOutcomes.$inferInsert)[]) =>
  rows.length ? db.insert(introductionOutcomes).values(rows) : Promise.resolve();

export function eventsOf(db: DbOrTx, accountId: string, introductionId: string) {
  return db
    .select()
    .from(introductionEvents)
    .where(
      and(eq(introductionEvents.accountId, accountId), eq(introductionEvents.introductionId, introductionId)),
    )
    .orderBy(asc(introductionEvents.seq));
}

export function consentLogOf(db: DbOrTx, accountId: string, introductionId: string) {
  return db
    .select()
    .from(consentLog)
    .where(and(eq(consentLog.accountId, accountId), eq(consentLog.introductionId, introductionId)))
    .orderBy(asc(consentLog.seq));
}

/** The latest consent-log entry of each person in each of these introductions (their answer and its note). */
export function latestAnswers(db: DbOrTx, accountId: string, introductionIds: string[]) {
  if (introductionIds.length === 0) return Promise.resolve([]);
  return db
    .selectDistinctOn([consentLog.introductionId, consentLog.party], {
      introductionId: consentLog.introductionId,
      party: consentLog.party,
      answer: consentLog.answer,
      note: consentLog.note,
    })
    .from(consentLog)
    .where(and(eq(consentLog.accountId, accountId), inArray(consentLog.introductionId, introductionIds)))
    .orderBy(consentLog.introductionId, consentLog.party, desc(consentLog.seq));
}

export function outcomesOf(db: DbOrTx, accountId: string, introductionId: string) {
  return db
    .select()
    .from(introductionOutcomes)
    .where(
      and(
        eq(introductionOutcomes.accountId, accountId),
        eq(introductionOutcomes.introductionId, introductionId),
      ),
    )
    .orderBy(
      asc(introductionOutcomes.createdAt),
      asc(introductionOutcomes.party),
      asc(introductionOutcomes.id),
    );
}

export async function insertToken(db: DbOrTx, values: typeof consentTokens.$inferInsert): Promise<void> {
  await db.insert(consentTokens).values(values);
}

/**
 * Ends the consent links one person was sent for an introduction (their yes is being reconfirmed: only the
 * new request's link may answer the new question).
 */
export async function expireConsentTokens(
  db: DbOrTx,
  accountId: string,
  introductionId: string,
  personId: string,
  now: Date,
): Promise<void> {
  await db
    .update(consentTokens)
    .set({ expiresAt: now })
    .where(
      and(
        eq(consentTokens.accountId, accountId),
        eq(consentTokens.introductionId, introductionId),
        eq(consentTokens.personId, personId),
        eq(consentTokens.purpose, 'consent'),
      ),
    );
}

export async function findTokenByHash(db: DbOrTx, tokenHash: string): Promise<ConsentTokenRow | undefined> {
  const [row] = await db.select().from(consentTokens).where(eq(consentTokens.tokenHash, tokenHash));
  return row;
}

/** Locks a link's row so two answers through the same link apply one after the other. */
export async function lockTokenByHash(db: DbOrTx, tokenHash: string): Promise<ConsentTokenRow | undefined> {
  const [row] = await db
    .select()
    .from(consentTokens)
    .where(eq(consentTokens.tokenHash, tokenHash))
    .for('update');
  return row;
}

/** Records the answer given through a link, once: false when the link had already been used. */
export async function markTokenUsed(db: DbOrTx, id: string, answer: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(consentTokens)
    .set({ usedAt: now, usedAnswer: answer })
    .where(and(eq(consentTokens.id, id), isNull(consentTokens.usedAt)))
    .returning({ id: consentTokens.id });
  return rows.length > 0;
}
