// All SQL of keep-in-touch settings: the per-tag cadences and the account's time zone they count days in.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { rowsOf } from '../db/rows';
import { accounts, people, tagCadences } from '../db/schema';
import type { TagCadence } from '../domain/relationship/cadence';

export interface TagCadenceRow extends TagCadence {
  tag: string;
  updatedAt: Date;
}

export async function listTagCadences(db: DbOrTx, accountId: string): Promise<TagCadenceRow[]> {
  return db
    .select({
      tag: tagCadences.tag,
      idealDays: tagCadences.idealDays,
      maxDays: tagCadences.maxDays,
      updatedAt: tagCadences.updatedAt,
    })
    .from(tagCadences)
    .where(eq(tagCadences.accountId, accountId))
    .orderBy(asc(tagCadences.idealDays), asc(tagCadences.maxDays), asc(tagCadences.tag));
}

export async function tagCadenceMap(db: DbOrTx, accountId: string): Promise<Map<string, TagCadence>> {
  const rows = await listTagCadences(db, accountId);
  return new Map(rows.map((r) => [r.tag, { idealDays: r.idealDays, maxDays: r.maxDays }]));
}

export async function upsertTagCadence(
  db: DbOrTx,
  accountId: string,
  tag: string,
  cadence: TagCadence,
  now: Date,
): Promise<TagCadenceRow> {
  const [row] = await db
    .insert(tagCadences)
    .values({ accountId, tag, ...cadence, updatedAt: now })
    .onConflictDoUpdate({
      target: [tagCadences.accountId, tagCadences.tag],
      set: { ...cadence, updatedAt: now },
    })
    .returning();
  return { tag: row!.tag, idealDays: row!.idealDays, maxDays: row!.maxDays, updatedAt: row!.updatedAt };
}

export async function deleteTagCadence(db: DbOrTx, accountId: string, tag: string): Promise<boolean> {
  const rows = await db
    .delete(tagCadences)
    .where(and(eq(tagCadences.accountId, accountId), eq(tagCadences.tag, tag)))
    .returning({ tag: tagCadences.tag });
  return rows.length > 0;
}

/** The account's IANA time zone ('UTC' until set). */
export async function accountTimeZone(db: DbOrTx, accountId: string): Promise<string> {
  const [row] = await db
    .select({ timeZone: accounts.timeZone })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return row?.timeZone ?? 'UTC';
}

/** How many live people carry each tag (or just `only`). */
export async function tagPeopleCounts(
  db: DbOrTx,
  accountId: string,
  only?: string,
): Promise<Map<string, number>> {
  const rows = await rowsOf<{ tag: string; n: number }>(
    db,
    sql`select t.tag, count(*)::int as n
    from ${people} p, unnest(p.tags) as t(tag)
    where p.account_id = ${accountId} and p.deleted_at is null
      ${only === undefined ? sql`` : sql`and t.tag = ${only}`}
    group by t.tag`,
  );
  return new Map(rows.map((r) => [r.tag, Number(r.n)]));
}
