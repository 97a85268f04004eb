// All SQL for interactions. Every query is scoped by account id.
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { cutPage, type NewestFirstCursor, newestFirst, olderThan } from '../db/newest-first';
import { type InteractionRow, interactions } from '../db/schema';

/** A new interaction: everything but the id and the account, which the repository sets. */
export type NewInteraction = Omit<typeof interactions.$inferInsert, 'id' | 'accountId'>;
export type InteractionChanges = Partial<Omit<NewInteraction, 'personId' | 'createdAt'>>;

/** One statement for any number of interactions, of one person or many (the demo network loads thousands). */
export async function insertInteractions(
  db: DbOrTx,
  accountId: string,
  values: NewInteraction[],
): Promise<InteractionRow[]> {
  if (values.length === 0) return [];
  return db
    .insert(interactions)
    .values(values.map((v) => ({ ...v, accountId })))
    .returning();
}

export async function findInteraction(
  db: DbOrTx,
  accountId: string,
  id: string,
): Promise<InteractionRow | undefined> {
  const [row] = await db
    .select()
    .from(interactions)
    .where(and(eq(interactions.accountId, accountId), eq(interactions.id, id)));
  return row;
}

export async function updateInteraction(
  db: DbOrTx,
  accountId: string,
  id: string,
  changes: InteractionChanges,
): Promise<InteractionRow | undefined> {
  // An empty PATCH is valid and changes nothing (interactions keep no updatedAt); SQL has no empty SET.
  if (Object.keys(changes).length === 0) return findInteraction(db, accountId, id);
  const [row] = await db
    .update(interactions)
    .set(changes)
    .where(and(eq(interactions.accountId, accountId), eq(interactions.id, id)))
    .returning();
  return row;
}

export async function deleteInteraction(
  db: DbOrTx,
  accountId: string,
  id: string,
): Promise<InteractionRow | undefined> {
  const [row] = await db
    .delete(interactions)
    .where(and(eq(interactions.accountId, accountId), eq(interactions.id, id)))
    .returning();
  return row;
}

/** Newest first (by when it happened, then id). */
export async function listInteractionsOfPerson(
  db: DbOrTx,
  accountId: string,
  personId: string,
  limit: number,
  after?: NewestFirstCursor,
): Promise<{ rows: InteractionRow[]; next?: NewestFirstCursor }> {
  const rows = await db
    .select()
    .from(interactions)
    .where(
      and(
        eq(interactions.accountId, accountId),
        eq(interactions.personId, personId),
        olderThan(interactions.occurredAt, interactions.id, after),
      ),
    )
    .orderBy(...newestFirst(interactions.occurredAt, interactions.id))
    .limit(limit + 1);
  return cutPage(rows, limit, (row) => row.occurredAt);
}
