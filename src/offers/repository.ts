// All SQL for offers. Every query is scoped by account id.
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { cutPage, type NewestFirstCursor, newestFirst, olderThan } from '../db/newest-first';
import { type OfferRow, offers } from '../db/schema';

/** A new offer: everything but the id and the account, which the repository sets. */
export type NewOffer = Omit<typeof offers.$inferInsert, 'id' | 'accountId'>;
export type OfferChanges = Partial<Omit<NewOffer, 'personId' | 'createdAt'>>;

/** One statement for any number of offers, of one person or many (the demo network loads thousands). */
export async function insertOffers(db: DbOrTx, accountId: string, values: NewOffer[]): Promise<OfferRow[]> {
  if (values.length === 0) return [];
  return db
    .insert(offers)
    .values(values.map((v) => ({ ...v, accountId })))
    .returning();
}

export async function findOffer(db: DbOrTx, accountId: string, id: string): Promise<OfferRow | undefined> {
  const [row] = await db
    .select()
    .from(offers)
    .where(and(eq(offers.accountId, accountId), eq(offers.id, id)));
  return row;
}

export async function updateOffer(
  db: DbOrTx,
  accountId: string,
  id: string,
  changes: OfferChanges,
): Promise<OfferRow | undefined> {
  const [row] = await db
    .update(offers)
    .set(changes)
    .where(and(eq(offers.accountId, accountId), eq(offers.id, id)))
    .returning();
  return row;
}

export async function deleteOffer(db: DbOrTx, accountId: string, id: string): Promise<OfferRow | undefined> {
  const [row] = await db
    .delete(offers)
    .where(and(eq(offers.accountId, accountId), eq(offers.id, id)))
    .returning();
  return row;
}

/** Newest first (by creation, then id). */
export async function listOffersOfPerson(
  db: DbOrTx,
  accountId: string,
  personId: string,
  limit: number,
  after?: NewestFirstCursor,
): Promise<{ rows: OfferRow[]; next?: NewestFirstCursor }> {
  const rows = await db
    .select()
    .from(offers)
    .where(
      and(
        eq(offers.accountId, accountId),
        eq(offers.personId, personId),
        olderThan(offers.createdAt, offers.id, after),
      ),
    )
    .orderBy(...newestFirst(offers.createdAt, offers.id))
    .limit(limit + 1);
  return cutPage(rows, limit, (row) => row.createdAt);
}
