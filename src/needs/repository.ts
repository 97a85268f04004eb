// All SQL for needs. Every query is scoped by account id.
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { cutPage, type NewestFirstCursor, newestFirst, olderThan } from '../db/newest-first';
import { type NeedRow, needs } from '../db/schema';

/** A new need: everything but the id and the account, which the repository sets. */
export type NewNeed = Omit<typeof needs.$inferInsert, 'id' | 'accountId'>;
export type NeedChanges = Partial<Omit<NewNeed, 'personId' | 'createdAt'>>;

/** One statement for any number of needs, of one person or many (the demo network loads thousands). */
export async function insertNeeds(db: DbOrTx, accountId: string, values: NewNeed[]): Promise<NeedRow[]> {
  if (values.length === 0) return [];
  return db
    .insert(needs)
    .values(values.map((v) => ({ ...v, accountId })))
    .returning();
}

export async function findNeed(db: DbOrTx, accountId: string, id: string): Promise<NeedRow | undefined> {
  const [row] = await db
    .select()
    .from(needs)
    .where(and(eq(needs.accountId, accountId), eq(needs.id, id)));
  return row;
}

export async function updateNeed(
  db: DbOrTx,
  accountId: string,
  id: string,
  changes: NeedChanges,
): Promise<NeedRow | undefined> {
  const [row] = await db
    .update(needs)
    .set(changes)
    .where(and(eq(needs.accountId, accountId), eq(needs.id, id)))
    .returning();
  return row;
}

export async function deleteNeed(db: DbOrTx, accountId: string, id: string): Promise<NeedRow | undefined> {
  const [row] = await db
    .delete(needs)
    .where(and(eq(needs.accountId, accountId), eq(needs.id, id)))
    .returning();
  return row;
}

/** Newest first (by creation, then id). */
export async function listNeedsOfPerson(
  db: DbOrTx,
  accountId: string,
  personId: string,
  limit: number,
  after?: NewestFirstCursor,
): Promise<{ rows: NeedRow[]; next?: NewestFirstCursor }> {
  const rows = await db
    .select()
    .from(needs)
    .where(
      and(
        eq(needs.accountId, accountId),
        eq(needs.personId, personId),
        olderThan(needs.createdAt, needs.id, after),
      ),
    )
    .orderBy(...newestFirst(needs.createdAt, needs.id))
    .limit(limit + 1);
  return cutPage(rows, limit, (row) => row.createdAt);
}
