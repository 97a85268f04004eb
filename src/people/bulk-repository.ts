// The SQL of acting on many people at once: each statement covers them all. Scoped by account.
import { and, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { introductions, people } from '../db/schema';
import { livePeopleOf } from './repository';

/** The given people who are live in the account, locked until the transaction ends. */
export async function lockLivePeople(
  db: DbOrTx,
  accountId: string,
  ids: string[],
): Promise<{ id: string; name: string; trust: number | null; tags: string[] }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: people.id, name: people.name, trust: people.trust, tags: people.tags })
    .from(people)
    .where(and(livePeopleOf(accountId), inArray(people.id, ids)))
    .orderBy(people.id)
    .for('update');
}

/** Adds the tag to those of the people who lack it; their ids. */
export async function addTag(db: DbOrTx, accountId: string, ids: string[], tag: string, now: Date) {
  if (ids.length === 0) return [];
  const rows = await db
    .update(people)
    .set({ tags: sql`array_append(${people.tags}, ${tag}::text)`, updatedAt: now })
    .where(
      and(
        livePeopleOf(accountId),
        inArray(people.id, ids),
        sql`not (${people.tags} @> array[${tag}]::text[])`,
      ),
    )
    .returning({ id: people.id });
  return rows.map((r) => r.id);
}

/** Removes the tag from those of the people who carry it; their ids. */
export async function removeTag(db: DbOrTx, accountId: string, ids: string[], tag: string, now: Date) {
  if (ids.length === 0) return [];
  const rows = await db
    .update(people)
    .set({ tags: sql`array_remove(${people.tags}, ${tag}::text)`, updatedAt: now })
    .where(
      and(livePeopleOf(accountId), inArray(people.id, ids), sql`${people.tags} @> array[${tag}]::text[]`),
    )
    .returning({ id: people.id });
  return rows.map((r) => r.id);
}

/** Sets the trust of those of the people whose trust differs; their ids. */
export async function setTrust(
  db: DbOrTx,
  accountId: string,
  ids: string[],
  trust: number | null,
  now: Date,
) {
  if (ids.length === 0) return [];
  const rows = await db
    .update(people)
    .set({ trust, updatedAt: now })
    .where(
      and(
        livePeopleOf(accountId),
        inArray(people.id, ids),
        sql`${people.trust} is distinct from ${trust}::smallint`,
      ),
    )
    .returning({ id: people.id });
  return rows.map((r) => r.id);
}

/** Those of the people who are in any introduction, open or closed. */
export async function peopleInIntroductions(
  db: DbOrTx,
  accountId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ a: introductions.personAId, b: introductions.personBId })
    .from(introductions)
    .where(
      and(
        sql`${introductions.accountId} = ${accountId}`,
        or(inArray(introductions.personAId, ids), inArray(introductions.personBId, ids)),
      ),
    );
  const wanted = new Set(ids);
  return new Set(rows.flatMap((r) => [r.a, r.b]).filter((id) => wanted.has(id)));
}

/** Deletes people outright (cascading to their needs, offers, interactions…); how many. */
export async function deletePeople(db: DbOrTx, accountId: string, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db
    .delete(people)
    .where(and(sql`${people.accountId} = ${accountId}`, inArray(people.id, ids)))
    .returning({ id: people.id });
  return rows.length;
}
