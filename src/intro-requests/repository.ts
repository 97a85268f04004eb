// All SQL for introduction requests and the public request link. Every query is scoped by account id,
// except finding the account a link's secret opens (the secret is the credential).
import { and, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { accounts, introRequestLinks, introRequests, people } from '../db/schema';
import type { RequestForm } from './form';

type RequestStatus = (typeof introRequests.$inferSelect)['status'];
export type IntroRequestRow = typeof introRequests.$inferSelect;

export async function saveLink(db: DbOrTx, accountId: string, tokenHash: string, now: Date): Promise<void> {
  await db
    .insert(introRequestLinks)
    .values({ accountId, tokenHash, createdAt: now, revokedAt: null })
    .onConflictDoUpdate({
      target: introRequestLinks.accountId,
      set: { tokenHash, createdAt: now, revokedAt: null },
    });
}

export async function revokeLink(db: DbOrTx, accountId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(introRequestLinks)
    .set({ revokedAt: now })
    .where(and(eq(introRequestLinks.accountId, accountId), isNull(introRequestLinks.revokedAt)))
    .returning({ accountId: introRequestLinks.accountId });
  return rows.length > 0;
}

export async function activeLink(db: DbOrTx, accountId: string) {
  const [row] = await db
    .select({ createdAt: introRequestLinks.createdAt })
    .from(introRequestLinks)
    .where(and(eq(introRequestLinks.accountId, accountId), isNull(introRequestLinks.revokedAt)));
  return row;
}

/** The account a live link's secret opens, with the name it signs with; undefined when revoked or unknown. */
export async function accountOfLink(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({ accountId: accounts.id, name: accounts.name })
    .from(introRequestLinks)
    .innerJoin(accounts, eq(accounts.id, introRequestLinks.accountId))
    .where(and(eq(introRequestLinks.tokenHash, tokenHash), isNull(introRequestLinks.revokedAt)));
  return row;
}

export async function insertRequest(
  db: DbOrTx,
  accountId: string,
  form: RequestForm,
  now: Date,
): Promise<IntroRequestRow> {
  const [row] = await db
    .insert(introRequests)
    .values({
      accountId,
      requesterName: form.name,
      requesterEmail: form.email,
      wantsToMeet: form.wantsToMeet,
      why: form.why,
      aboutRequester: form.about,
      createdAt: now,
    })
    .returning();
  return row!;
}

export async function listRequests(db: DbOrTx, accountId: string, status?: RequestStatus, limit = 200) {
  const where: SQL[] = [eq(introRequests.accountId, accountId)];
  if (status) where.push(eq(introRequests.status, status));
  return db
    .select()
    .from(introRequests)
    .where(and(...where))
    .orderBy(desc(introRequests.createdAt), desc(introRequests.id))
    .limit(limit);
}

export async function findRequest(db: DbOrTx, accountId: string, id: string, lock = false) {
  const q = db
    .select()
    .from(introRequests)
    .where(and(eq(introRequests.accountId, accountId), eq(introRequests.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

type RequestDetails = Pick<
  IntroRequestRow,
  'requesterName' | 'requesterEmail' | 'wantsToMeet' | 'why' | 'aboutRequester'
>;

/** The connector's corrections to a request's details: a field left undefined stays as it is. */
export async function updateDetails(
  db: DbOrTx,
  accountId: string,
  id: string,
  values: { [K in keyof RequestDetails]?: RequestDetails[K] | undefined },
): Promise<void> {
  const { requesterName, requesterEmail, wantsToMeet, why, aboutRequester } = values;
  const set = { requesterName, requesterEmail, wantsToMeet, why, aboutRequester };
  // Drizzle leaves undefined fields out of the update, and refuses an update with none.
  if (Object.values(set).every((v) => v === undefined)) return;
  await db
    .update(introRequests)
    .set(set)
    .where(and(eq(introRequests.accountId, accountId), eq(introRequests.id, id)));
}

export async function decide(
  db: DbOrTx,
  accountId: string,
  id: string,
  values: {
    status: Exclude<RequestStatus, 'pending'>;
    requesterPersonId?: string;
    introductionId?: string;
    decidedAt: Date;
  },
): Promise<IntroRequestRow> {
  const [row] = await db
    .update(introRequests)
    .set(values)
    .where(and(eq(introRequests.accountId, accountId), eq(introRequests.id, id)))
    .returning();
  return row!;
}

const WORD = /[\p{L}\p{N}]{3,}/gu;
const MAX_WORDS = 12;

/**
 * People whose search document shares any word (as a prefix) with `text`, most matching first: suggestions
 * for whom a requester could meet. Any word, not every word: "a fintech CFO in Berlin" should find CFOs.
 */
export async function peopleMatching(
  db: DbOrTx,
  accountId: string,
  text: string,
  stop: (w: string) => boolean,
) {
  const words = [...new Set((text.toLowerCase().match(WORD) ?? []).filter((w) => !stop(w)))].slice(
    0,
    MAX_WORDS,
  );
  if (words.length === 0) return [];
  const query = sql`to_tsquery('simple', ${words.map((w) => `'${w}':*`).join(' | ')})`;
  return db
    .select({ id: people.id, name: people.name, company: people.company, title: people.title })
    .from(people)
    .where(and(eq(people.accountId, accountId), isNull(people.deletedAt), sql`${people.search} @@ ${query}`))
    .orderBy(desc(sql`ts_rank(${people.search}, ${query})`), people.name, people.id)
    .limit(8);
}
