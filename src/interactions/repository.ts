// All SQL for interactions. Every query is scoped by account id. Every write here keeps
// `people.last_contact_at` (the latest interaction's time) current: an insert only moves it forward, an
// update or a delete recomputes it. Code that writes interactions another way calls `bumpLastContact`
// or `recomputeLastContact` itself.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { cutPage, type NewestFirstCursor, newestFirst, olderThan } from '../db/newest-first';
import { type InteractionRow, interactions, people } from '../db/schema';

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
  const rows = await db
    .insert(interactions)
    .values(values.map((v) => ({ ...v, accountId })))
    .returning();
  await bumpLastContact(db, accountId, rows);
  return rows;
}

/** Moves each person's last contact forward to the newest of these interactions (never back). */
export async function bumpLastContact(
  db: DbOrTx,
  accountId: string,
  rows: readonly { personId: string; occurredAt: Date }[],
): Promise<void> {
  const latest = new Map<string, Date>();
  for (const r of rows) {
    const seen = latest.get(r.personId);
    if (!seen || r.occurredAt > seen) latest.set(r.personId, r.occurredAt);
  }
  if (latest.size === 0) return;
  const pairs = JSON.stringify([...latest].map(([id, at]) => ({ id, at: at.toISOString() })));
  await db.execute(sql`update ${people} p
    set last_contact_at = greatest(p.last_contact_at, x.at)
    from jsonb_to_recordset(${pairs}::jsonb) as x(id uuid, at timestamptz)
    where p.id = x.id and p.account_id = ${accountId}
      and (p.last_contact_at is null or p.last_contact_at < x.at)`);
}

/** Sets each person's last contact to their latest interaction (null with none). */
export async function recomputeLastContact(
  db: DbOrTx,
  accountId: string,
  personIds: readonly string[] | 'all',
): Promise<void> {
  if (personIds !== 'all' && personIds.length === 0) return;
  await db
    .update(people)
    .set({
      lastContactAt: sql`(select max(i.occurred_at) from ${interactions} i
        where i.account_id = ${accountId} and i.person_id = ${people.id})`,
    })
    .where(
      personIds === 'all'
        ? eq(people.accountId, accountId)
        : and(eq(people.accountId, accountId), inArray(people.id, [...personIds])),
    );
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
  if (row && changes.occurredAt) await recomputeLastContact(db, accountId, [row.personId]);
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
  if (row) await recomputeLastContact(db, accountId, [row.personId]);
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

/** Every interaction of these people, as strength reads them: one query for a page of people. */
export async function touchesOfPeople(
  db: DbOrTx,
  accountId: string,
  personIds: readonly string[],
): Promise<Pick<InteractionRow, 'personId' | 'type' | 'direction' | 'occurredAt'>[]> {
  if (personIds.length === 0) return [];
  return db
    .select({
      personId: interactions.personId,
      type: interactions.type,
      direction: interactions.direction,
      occurredAt: interactions.occurredAt,
    })
    .from(interactions)
    .where(and(eq(interactions.accountId, accountId), inArray(interactions.personId, [...personIds])));
}
