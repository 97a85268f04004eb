// SQL for duplicates and merges. Every query is scoped by account id.
import { and, eq, or, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client';
import { rowsOf } from '../db/rows';
import { duplicateDismissals, people } from '../db/schema';
import { livePeopleOf } from '../people/repository';

/** Oldest first: a crowded name block compares its newest people (see domain/identity/name-blocks). */
export async function summaries(db: DbOrTx, accountId: string) {
  return db
    .select({
      id: people.id,
      name: people.name,
      company: people.company,
      emails: people.emails,
      phones: people.phones,
      links: people.links,
    })
    .from(people)
    .where(livePeopleOf(accountId))
    .orderBy(people.createdAt, people.id);
}

export async function dismissedPairs(db: DbOrTx, accountId: string): Promise<[string, string][]> {
  const rows = await db
    .select({ a: duplicateDismissals.personA, b: duplicateDismissals.personB })
    .from(duplicateDismissals)
    .where(eq(duplicateDismissals.accountId, accountId));
  return rows.map((r) => [r.a, r.b]);
}

export async function dismiss(db: DbOrTx, accountId: string, a: string, b: string, now: Date): Promise<void> {
  const [x, y] = a < b ? [a, b] : [b, a];
  await db
    .insert(duplicateDismissals)
    .values({ accountId, personA: x, personB: y, createdAt: now })
    .onConflictDoNothing();
}

export async function undismiss(db: DbOrTx, accountId: string, a: string, b: string): Promise<void> {
  await db
    .delete(duplicateDismissals)
    .where(
      and(
        eq(duplicateDismissals.accountId, accountId),
        or(
          and(eq(duplicateDismissals.personA, a), eq(duplicateDismissals.personB, b)),
          and(eq(duplicateDismissals.personA, b), eq(duplicateDismissals.personB, a)),
        ),
      ),
    );
}

/** Locks both people in id order (so two merges cannot deadlock) and returns them. */
export async function lockPair(db: DbOrTx, accountId: string, x: string, y: string) {
  const rows = await db
    .select()
    .from(people)
    .where(and(livePeopleOf(accountId), or(eq(people.id, x), eq(people.id, y))))
    .orderBy(people.id)
    .for('update');
  return { survivor: rows.find((r) => r.id === x), other: rows.find((r) => r.id === y) };
}

type Col = PgColumn;

/** Rows of a two-person table (an introduction) that join these two people. */
export async function countLinking(
  db: DbOrTx,
  table: PgTable,
  accountColumn: Col,
  a: Col,
  b: Col,
  accountId: string,
  x: string,
  y: string,
): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${table} where ${accountColumn} = ${accountId}
      and ((${a} = ${x} and ${b} = ${y}) or (${a} = ${y} and ${b} = ${x}))`,
  );
  return Number(row?.n ?? 0);
}

/** Rows an update or delete touched: node-postgres says `rowCount`, PGlite `affectedRows`. */
const affected = (result: object) => {
  if ('rowCount' in result && typeof result.rowCount === 'number') return result.rowCount;
  if ('affectedRows' in result && typeof result.affectedRows === 'number') return result.affectedRows;
  return 0;
};

export async function moveReferences(
  db: DbOrTx,
  table: PgTable,
  accountColumn: Col,
  column: Col,
  accountId: string,
  from: string,
  to: string,
): Promise<number> {
  const result = await db.execute(
    sql`update ${table} set ${sql.identifier(column.name)} = ${to} where ${accountColumn} = ${accountId} and ${column} = ${from}`,
  );
  return affected(result);
}

export async function deleteReferences(
  db: DbOrTx,
  table: PgTable,
  accountColumn: Col,
  column: Col,
  accountId: string,
  personId: string,
): Promise<number> {
  const result = await db.execute(
    sql`delete from ${table} where ${accountColumn} = ${accountId} and ${column} = ${personId}`,
  );
  return affected(result);
}

export async function hasReference(
  db: DbOrTx,
  table: PgTable,
  accountColumn: Col,
  column: Col,
  accountId: string,
  personId: string,
): Promise<boolean> {
  const found = await rowsOf(
    db,
    sql`select 1 from ${table} where ${accountColumn} = ${accountId} and ${column} = ${personId} limit 1`,
  );
  return found.length > 0;
}
